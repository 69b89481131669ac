package se.ambassadorsportalen.organisation.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.platform.PortalException;

class OrganisationProfileTest {

    private static OrganisationProfile.Details details(String header, String headerText, String accent) {
        return new OrganisationProfile.Details(
                "Region Fjällmark",
                header,
                headerText,
                accent,
                "kontakt@fjallmark.se",
                null,
                null,
                "https://jobb.fjallmark.se",
                List.of("sv", "en"),
                "sv");
    }

    private static PortalException refusal(ThrowingCallable change) {
        return (PortalException) org.assertj.core.api.Assertions.catchThrowable(change);
    }

    @Test
    void readableColoursAreStoredInLowerCase() {
        OrganisationProfile profile = OrganisationProfile.initial("Regionen");

        profile.change(details("#1A4D2E", "#FFFFFF", "#2e6b3f"));

        assertThat(profile.getHeaderColour()).isEqualTo("#1a4d2e");
        assertThat(profile.getHeaderTextColour()).isEqualTo("#ffffff");
        assertThat(profile.getName()).isEqualTo("Region Fjällmark");
    }

    @Test
    void headerTextBelowFourAndAHalfToOneIsRefusedAtItsFieldWithTheRatio() {
        OrganisationProfile profile = OrganisationProfile.initial("Regionen");

        PortalException refused = refusal(() -> profile.change(details("#0b3d91", "#3060b0", "#0b5cad")));

        assertThat(refused.field()).isEqualTo("headerTextColour");
        assertThat(refused.key()).isEqualTo("organisation.profile.contrast.tooLow");
        assertThat(refused.arguments()).containsExactly("1.6", "4.5");
    }

    @Test
    void aLightHeaderIsRefusedBecauseTheMenuLinksTakeItsColourOnThePage() {
        PortalException refused =
                refusal(() -> OrganisationProfile.initial("R").change(details("#ffd54f", "#000000", "#0b5cad")));

        assertThat(refused.field()).isEqualTo("headerColour");
    }

    @Test
    void anAccentTooLightForWhiteButtonTextIsRefused() {
        PortalException refused =
                refusal(() -> OrganisationProfile.initial("R").change(details("#0b3d91", "#ffffff", "#66aaff")));

        assertThat(refused.field()).isEqualTo("accentColour");
        assertThat(refused.key()).isEqualTo("organisation.profile.contrast.tooLow");
    }

    @Test
    void aColourThatIsNotSixDigitHexIsRefusedBeforeAnyContrastIsReckoned() {
        PortalException refused =
                refusal(() -> OrganisationProfile.initial("R").change(details("navy", "#ffffff", "#0b5cad")));

        assertThat(refused.field()).isEqualTo("headerColour");
        assertThat(refused.key()).isEqualTo("organisation.profile.colour.invalid");
    }

    @Test
    void aRefusedChangeLeavesEveryFieldAsItWas() {
        OrganisationProfile profile = OrganisationProfile.initial("Regionen");

        assertThatThrownBy(() -> profile.change(new OrganisationProfile.Details(
                        "Nytt namn",
                        "#0b3d91",
                        "#ffffff",
                        "#0b5cad",
                        "not-an-address",
                        null,
                        null,
                        null,
                        List.of("sv"),
                        "sv")))
                .isInstanceOf(PortalException.class);

        assertThat(profile.getName()).isEqualTo("Regionen");
        assertThat(profile.getLanguages()).containsExactly("sv", "en");
    }

    @Test
    void theCareersSiteMustBeAnHttpAddressWithAHost() {
        for (String bad : List.of(
                "javascript:alert(1)", "jobb.fjallmark.se", "ftp://jobb.fjallmark.se", "https://user@evil.example/")) {
            PortalException refused = refusal(() -> OrganisationProfile.initial("R")
                    .change(new OrganisationProfile.Details(
                            "R", "#0b3d91", "#ffffff", "#0b5cad", null, null, null, bad, List.of("sv"), "sv")));
            assertThat(refused.field()).as(bad).isEqualTo("careersUrl");
        }
    }

    @Test
    void theDefaultLanguageMustBeOneOfThoseOfferedAndThoseMustBeSpokenByThePortal() {
        PortalException notOffered = refusal(() -> OrganisationProfile.initial("R")
                .change(new OrganisationProfile.Details(
                        "R", "#0b3d91", "#ffffff", "#0b5cad", null, null, null, null, List.of("sv"), "en")));
        PortalException unknown = refusal(() -> OrganisationProfile.initial("R")
                .change(new OrganisationProfile.Details(
                        "R", "#0b3d91", "#ffffff", "#0b5cad", null, null, null, null, List.of("sv", "xx"), "sv")));
        PortalException none = refusal(() -> OrganisationProfile.initial("R")
                .change(new OrganisationProfile.Details(
                        "R", "#0b3d91", "#ffffff", "#0b5cad", null, null, null, null, List.of(), "sv")));

        assertThat(notOffered.field()).isEqualTo("defaultLanguage");
        assertThat(unknown.field()).isEqualTo("languages");
        assertThat(none.key()).isEqualTo("organisation.profile.languages.none");
    }

    @Test
    void theNameIsRequired() {
        PortalException refused = refusal(() -> OrganisationProfile.initial("R")
                .change(new OrganisationProfile.Details(
                        "  ", "#0b3d91", "#ffffff", "#0b5cad", null, null, null, null, List.of("sv"), "sv")));

        assertThat(refused.field()).isEqualTo("name");
    }
}
