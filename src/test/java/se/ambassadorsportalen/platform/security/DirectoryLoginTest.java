package se.ambassadorsportalen.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The directory login against a real LDAP server (UnboundID's in-memory directory, on a free
 * loopback port): the password is checked by binding as the user, the person's key and groups are
 * read from the entry, and a wrong or empty password, an unknown name, a name that tries to widen
 * the filter and an unreachable directory all keep the user out.
 */
class DirectoryLoginTest {

    private static InMemoryDirectoryServer directory;
    private static DirectoryLogin login;

    @BeforeAll
    static void startDirectory() throws Exception {
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig("dc=region,dc=example");
        config.addAdditionalBindCredentials("cn=portal,dc=region,dc=example", "service-secret");
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", 0));
        config.setSchema(null); // memberOf and employeeNumber on plain entries, as AD has them
        directory = new InMemoryDirectoryServer(config);
        directory.add("dn: dc=region,dc=example", "objectClass: top", "objectClass: domain", "dc: region");
        directory.add("dn: ou=people,dc=region,dc=example", "objectClass: organizationalUnit", "ou: people");
        directory.add("dn: ou=groups,dc=region,dc=example", "objectClass: organizationalUnit", "ou: groups");
        directory.add(
                "dn: uid=elin,ou=people,dc=region,dc=example",
                "objectClass: inetOrgPerson",
                "uid: elin",
                "cn: Elin Ek",
                "sn: Ek",
                "userPassword: elins-password",
                "employeeNumber: 70001",
                "mail: Elin.Ek@Region.example",
                "memberOf: cn=portal-staff,ou=groups,dc=region,dc=example",
                "memberOf: cn=Kommunikatorer,ou=groups,dc=region,dc=example");
        directory.add(
                "dn: uid=nokey,ou=people,dc=region,dc=example",
                "objectClass: inetOrgPerson",
                "uid: nokey",
                "cn: No Key",
                "sn: Key",
                "userPassword: nokeys-password");
        directory.startListening();
        login = new DirectoryLogin();
        login.use(settings("ldap://127.0.0.1:" + directory.getListenPort()));
    }

    @AfterAll
    static void stopDirectory() {
        directory.shutDown(true);
    }

    private static DirectorySettings settings(String url) {
        Map<String, String> values = Map.of(
                "portal.ldap.url", url,
                "portal.ldap.bind.dn", "cn=portal,dc=region,dc=example",
                "portal.ldap.bind.password", "service-secret",
                "portal.ldap.user.base", "ou=people,dc=region,dc=example",
                "portal.ldap.key.attribute", "employeeNumber",
                "portal.ldap.key.kind", "employee-number",
                "portal.ldap.roles.employee", "portal-staff",
                "portal.ldap.roles.communicator", "cn=kommunikatorer,ou=groups,dc=region,dc=example");
        return DirectorySettings.read(name -> Optional.ofNullable(values.get(name)));
    }

    @Test
    void theRightPasswordGivesThePersonsKeyAndTheRolesTheirGroupsMapTo() {
        ProviderIdentity elin = login.authenticate("elin", "elins-password").orElseThrow();

        assertThat(elin.key()).isEqualTo("70001");
        assertThat(elin.keyKind()).isEqualTo(ProviderSettings.KeyKind.EMPLOYEE_NUMBER);
        assertThat(elin.roles())
                .as("by group name and by the group's whole DN, without regard to case")
                .containsExactlyInAnyOrder(Role.EMPLOYEE, Role.COMMUNICATOR);
        assertThat(elin.ownedRoles()).containsExactlyInAnyOrder(Role.EMPLOYEE, Role.COMMUNICATOR);
        assertThat(elin.managerFromUnits()).isTrue();
    }

    @Test
    void aWrongOrEmptyPasswordOrAnUnknownNameKeepsTheUserOut() {
        assertThat(login.authenticate("elin", "wrong")).isEmpty();
        assertThat(login.authenticate("elin", "")).as("never an anonymous bind").isEmpty();
        assertThat(login.authenticate("nobody", "elins-password")).isEmpty();
    }

    @Test
    void aTypedNameCannotWidenTheSearchFilter() {
        assertThat(login.authenticate("*", "elins-password")).isEmpty();
        assertThat(login.authenticate("elin)(uid=*", "elins-password")).isEmpty();
    }

    @Test
    void anEntryWithoutTheKeyAttributeIsNotLetIn() {
        assertThat(login.authenticate("nokey", "nokeys-password")).isEmpty();
    }

    @Test
    void anUnreachableDirectoryIsReportedNotTakenForAWrongPassword() {
        DirectoryLogin unreachable = new DirectoryLogin();
        unreachable.use(settings("ldap://127.0.0.1:1"));

        assertThatThrownBy(() -> unreachable.authenticate("elin", "elins-password"))
                .isInstanceOf(DirectoryLogin.Unavailable.class);
    }

    @Test
    void theDirectoryLoginIsOffWithoutAUrlAndRefusesAFilterWithoutTheTypedName() {
        assertThat(DirectorySettings.read(name -> Optional.empty()).enabled()).isFalse();
        assertThatThrownBy(() -> DirectorySettings.read(name -> Optional.ofNullable(Map.of(
                                "portal.ldap.url",
                                "ldap://x",
                                "portal.ldap.user.base",
                                "dc=x",
                                "portal.ldap.user.filter",
                                "(uid=eva)")
                        .get(name))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("{0}");
    }
}
