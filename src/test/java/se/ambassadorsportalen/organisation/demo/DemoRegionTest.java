package se.ambassadorsportalen.organisation.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.ambassadorsportalen.organisation.entity.OrganisationProfile;
import se.ambassadorsportalen.organisation.entity.UserAccount;
import se.ambassadorsportalen.platform.demo.DemoOrganisation;
import se.ambassadorsportalen.platform.security.Role;

/**
 * The rows {@link OrganisationDemo} loads for each demo organisation hold together: the profile
 * passes the entity's own rules (WCAG contrast, offered languages), every person's unit and every
 * managed unit exists, usernames are valid and unique, and the README's named users are there with
 * their roles. A broken row would otherwise show only when someone starts that demo.
 */
class DemoRegionTest {

    @ParameterizedTest
    @EnumSource(DemoOrganisation.class)
    void theProfilePassesTheRulesAnAdminsChangeMust(DemoOrganisation organisation) {
        DemoRegion region = DemoRegion.of(organisation);
        OrganisationProfile profile = OrganisationProfile.initial("placeholder");

        profile.change(region.profile());

        assertThat(profile.getName()).isEqualTo(region.name());
        assertThat(profile.getLanguages()).contains(profile.getDefaultLanguage());
    }

    @ParameterizedTest
    @EnumSource(DemoOrganisation.class)
    void everyPersonWorksInAUnitOfTheRowsAndEveryManagedUnitExists(DemoOrganisation organisation) {
        DemoRegion region = DemoRegion.of(organisation);
        Set<String> units = Arrays.stream(region.units()).map(row -> row[0]).collect(Collectors.toSet());
        Set<String> administrations = Arrays.stream(region.units())
                .filter(row -> row[2].isEmpty())
                .map(row -> row[0])
                .collect(Collectors.toSet());

        assertThat(Arrays.stream(region.units()).filter(row -> !row[2].isEmpty()))
                .allSatisfy(row -> assertThat(units).contains(row[2]));
        assertThat(Arrays.asList(region.people())).allSatisfy(row -> {
            assertThat(row).hasSize(9);
            assertThat(units).as(row[0] + "'s unit").contains(row[3]);
            if (!row[8].isEmpty()) {
                assertThat(units).as(row[0] + " manages").contains(row[8]);
                assertThat(row[7])
                        .as(row[0] + " manages, so holds the manager role")
                        .contains("MANAGER");
            }
            for (String role : row[7].split(",")) {
                if (!role.isBlank()) {
                    assertThat(Role.valueOf(role.trim())).isNotNull();
                }
            }
        });
        Set<String> managed = Arrays.stream(region.people())
                .map(row -> row[8])
                .filter(code -> !code.isEmpty())
                .collect(Collectors.toSet());
        assertThat(managed).as("every administration has a manager").containsAll(administrations);
    }

    @ParameterizedTest
    @EnumSource(DemoOrganisation.class)
    void usernamesAreValidAndUnique(DemoOrganisation organisation) {
        List<String> usernames = Arrays.stream(DemoRegion.of(organisation).people())
                .map(row -> row[0])
                .toList();

        assertThat(usernames).allMatch(name -> name.matches(UserAccount.USERNAME_PATTERN));
        assertThat(new HashSet<>(usernames)).hasSameSizeAs(usernames);
    }

    @Test
    void theDanishRegionSpeaksDanishFirstWithEnglishBeside() {
        OrganisationProfile.Details profile = DemoRegion.FJORDLAND.profile();

        assertThat(profile.defaultLanguage()).isEqualTo("da");
        assertThat(profile.languages()).containsExactly("da", "en");
        assertThat(DemoRegion.of(DemoOrganisation.FJALLMARK).profile().defaultLanguage())
                .isEqualTo("sv");
    }

    @Test
    void theDanishRegionHasTheReadmesNamedUsersWithTheirRoles() {
        Map<String, String> roles =
                Arrays.stream(DemoRegion.FJORDLAND.people()).collect(Collectors.toMap(row -> row[0], row -> row[7]));

        assertThat(roles)
                .containsEntry("mette", "")
                .containsEntry("henrik", "MANAGER")
                .containsEntry("louise", "PRESS_OFFICER")
                .containsEntry("camilla", "HR")
                .containsEntry("anne", "COMMUNICATOR")
                .containsEntry("admin", "ADMIN");
    }

    @Test
    void anUnknownOrganisationNameGivesTheDefaultRegion() {
        assertThat(DemoOrganisation.of("fjordland")).isEqualTo(DemoOrganisation.FJORDLAND);
        assertThat(DemoOrganisation.of(" FJORDLAND ")).isEqualTo(DemoOrganisation.FJORDLAND);
        assertThat(DemoOrganisation.of("atlantis")).isEqualTo(DemoOrganisation.FJALLMARK);
        assertThat(DemoOrganisation.of(null)).isEqualTo(DemoOrganisation.FJALLMARK);
    }
}
