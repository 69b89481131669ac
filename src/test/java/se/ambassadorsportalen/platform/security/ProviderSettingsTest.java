package se.ambassadorsportalen.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProviderSettingsTest {

    private static ProviderSettings read(Map<String, String> values) {
        return ProviderSettings.read(name -> Optional.ofNullable(values.get(name)));
    }

    private static final Map<String, String> ENTRA = Map.of(
            "portal.oidc.issuer", "https://login.microsoftonline.com/tenant/v2.0",
            "portal.oidc.client.id", "portal-client",
            "portal.oidc.client.secret", "s3cret",
            "portal.oidc.roles.employee", "*",
            "portal.oidc.roles.communicator", "grp-communicators, grp-web",
            "portal.oidc.roles.press-officer", "grp-press",
            "portal.oidc.roles.admin", "grp-portal-admins");

    @Test
    void singleSignOnIsOffUntilAnIssuerIsConfigured() {
        ProviderSettings none = read(Map.of());

        assertThat(none.enabled()).isFalse();
        assertThat(read(Map.of("portal.oidc.issuer", " ")).enabled()).isFalse();
    }

    @Test
    void defaultsAskForTheUsualScopesFindPeopleByEmailAndReadTheGroupsClaim() {
        ProviderSettings settings = read(ENTRA);

        assertThat(settings.enabled()).isTrue();
        assertThat(settings.scopes()).containsExactly("openid", "profile", "email");
        assertThat(settings.keyClaim()).isEqualTo("email");
        assertThat(settings.keyKind()).isEqualTo(ProviderSettings.KeyKind.EMAIL);
        assertThat(settings.groupsClaim()).isEqualTo("groups");
        assertThat(settings.audience()).as("the client id, unless configured").isEqualTo("portal-client");
        assertThat(settings.managerFromUnits()).isTrue();
    }

    @Test
    void groupsMapToRolesAndAStarGrantsARoleToEveryoneTheProviderSignsIn() {
        ProviderSettings settings = read(ENTRA);

        assertThat(settings.rolesFor(List.of("grp-web", "grp-unrelated")))
                .containsExactlyInAnyOrder(Role.EMPLOYEE, Role.COMMUNICATOR);
        assertThat(settings.rolesFor(List.of())).containsExactly(Role.EMPLOYEE);
        assertThat(settings.rolesFor(List.of("grp-portal-admins", "grp-press")))
                .containsExactlyInAnyOrder(Role.EMPLOYEE, Role.ADMIN, Role.PRESS_OFFICER);
    }

    @Test
    void onlyMappedRolesAreDecidedByTheProvider() {
        ProviderSettings settings = read(ENTRA);

        assertThat(settings.groupOwnedRoles())
                .containsExactlyInAnyOrder(Role.EMPLOYEE, Role.COMMUNICATOR, Role.PRESS_OFFICER, Role.ADMIN)
                .doesNotContain(Role.HR, Role.MANAGER, Role.HR_IMPORT);
    }

    @Test
    void anEmployeeNumberKeyIsKeptAsGivenWhileAnEmailIsComparedWithoutCase() {
        assertThat(ProviderSettings.KeyKind.EMPLOYEE_NUMBER.normalise(" AB-1234 "))
                .isEqualTo("AB-1234");
        assertThat(ProviderSettings.KeyKind.EMAIL.normalise(" Eva.Lind@Region.SE"))
                .isEqualTo("eva.lind@region.se");
        assertThat(read(Map.of("portal.oidc.key.kind", "employee-number")).keyKind())
                .isEqualTo(ProviderSettings.KeyKind.EMPLOYEE_NUMBER);
    }

    @Test
    void anUnknownKeyKindOrAnIssuerWithoutClientIsRefusedAtStart() {
        assertThatThrownBy(() -> read(Map.of("portal.oidc.key.kind", "social-security-number")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("employee-number or email");
        assertThatThrownBy(() -> read(Map.of("portal.oidc.issuer", "https://idp.example")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("client.id");
    }

    @Test
    void theClientSecretNeverShowsWhenTheSettingsAreLogged() {
        assertThat(read(ENTRA).toString()).contains("portal-client").doesNotContain("s3cret");
    }
}
