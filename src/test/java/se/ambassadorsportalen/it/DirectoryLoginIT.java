package se.ambassadorsportalen.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import java.net.InetAddress;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Staff sign in with their directory password (LDAP / Active Directory) on the portal's own login
 * form and through HTTP Basic, against a real LDAP server the test starts (UnboundID's in-memory
 * directory) on the port the test server is told ({@code it.ldap.port}): the directory checks the
 * password, the person is found by the employee number on their entry, and their groups give the
 * roles, read again at the next sign-in.
 */
@ExtendWith(ArquillianExtension.class)
class DirectoryLoginIT {

    private static final String ELIN = "uid=elin,ou=people,dc=region,dc=example";
    private static final String PRESS_GROUP = "cn=presstjanst,ou=groups,dc=region,dc=example";
    private static InMemoryDirectoryServer directory;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.modules();
    }

    @ArquillianResource
    URL base;

    @BeforeAll
    static void startTheDirectory() throws Exception {
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig("dc=region,dc=example");
        config.addAdditionalBindCredentials("cn=portal,dc=region,dc=example", "portal-ldap-it");
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig(
                "ldap", InetAddress.getLoopbackAddress(), Integer.getInteger("it.ldap.port", 9389), null));
        config.setSchema(null);
        directory = new InMemoryDirectoryServer(config);
        directory.add("dn: dc=region,dc=example", "objectClass: domain", "dc: region");
        directory.add("dn: ou=people,dc=region,dc=example", "objectClass: organizationalUnit", "ou: people");
        directory.add(
                "dn: " + ELIN,
                "objectClass: inetOrgPerson",
                "uid: elin",
                "cn: Elin Ek",
                "sn: Ek",
                "userPassword: elins-directory-password",
                "employeeNumber: " + TestProvider.DIRECTORY_USER,
                "memberOf: cn=personal,ou=groups,dc=region,dc=example",
                "memberOf: " + PRESS_GROUP);
        directory.startListening();
    }

    @AfterAll
    static void stopTheDirectory() {
        directory.shutDown(true);
    }

    @BeforeEach
    void thePeopleComeFromTheHrSystem() {
        TestProvider.importPeople(base);
    }

    @Test
    void staffSignInWithTheirDirectoryPasswordAndGetTheRolesTheirGroupsMapTo() throws Exception {
        try (Browser browser = Browser.open(base)) {
            browser.login("elin", "elins-directory-password");

            assertThat(browser.driver().findElements(By.id("mainNav"))).hasSize(1);
            Api.Reply me = Api.as(base, "elin", "elins-directory-password").get("/api/v1/me");
            assertThat(me.status()).as(me.body()).isEqualTo(200);
            assertThat(me.json().getString("displayName")).isEqualTo("Elin Ek");
            assertThat(me.json().getJsonArray("roles").toString()).contains("EMPLOYEE", "PRESS_OFFICER");
        }
    }

    @Test
    void aWrongDirectoryPasswordIsRefusedLikeAnyWrongPassword() {
        Api.Reply refused = Api.as(base, "elin", "not-elins-password").get("/api/v1/me");

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.contentType()).startsWith("application/problem+json");
    }

    @Test
    void someoneTakenOutOfADirectoryGroupLosesTheRoleAtTheirNextSignIn() throws Exception {
        try (Browser browser = Browser.open(base)) {
            browser.login("elin", "elins-directory-password");
            assertThat(roles()).contains("PRESS_OFFICER");
            browser.logout();

            directory.modify(ELIN, new Modification(ModificationType.DELETE, "memberOf", PRESS_GROUP));
            try {
                browser.login("elin", "elins-directory-password");
                assertThat(browser.driver().findElements(By.id("mainNav"))).hasSize(1);
                assertThat(roles()).doesNotContain("PRESS_OFFICER").contains("EMPLOYEE");
            } finally {
                directory.modify(ELIN, new Modification(ModificationType.ADD, "memberOf", PRESS_GROUP));
            }
        }
    }

    /** The roles the portal gives Elin now (HTTP Basic rides on the pass her last sign-in proved). */
    private String roles() {
        Api.Reply me = Api.as(base, "elin", "elins-directory-password").get("/api/v1/me");
        assertThat(me.status()).as(me.body()).isEqualTo(200);
        return me.json().getJsonArray("roles").toString();
    }
}
