package se.ambassadorsportalen.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void swedishIsTheDefaultForAnythingTheyDoNotSpeak() {
        assertThat(Languages.closest(null)).isEqualTo(Languages.DEFAULT);
        assertThat(Languages.closest("de-DE")).isEqualTo(Languages.DEFAULT);
        assertThat(Languages.fromAcceptLanguage(List.of(Locale.GERMAN, Locale.FRENCH)))
                .isEqualTo(Languages.DEFAULT);
    }

    @Test
    void englishVariantsGetEnglish() {
        assertThat(Languages.closest("en-GB")).isEqualTo(Locale.ENGLISH);
        assertThat(Languages.fromAcceptLanguage(List.of(Locale.GERMAN, Locale.US)))
                .isEqualTo(Locale.ENGLISH);
    }

    @Test
    void theOrganisationsDefaultServesAVisitorWhoseLanguagesItDoesNotOffer() {
        assertThat(Languages.fromAcceptLanguage(List.of(Locale.GERMAN), List.of("sv", "en"), "en"))
                .isEqualTo(Locale.ENGLISH);
        assertThat(Languages.fromAcceptLanguage(List.of(Locale.ENGLISH), List.of("sv"), "sv"))
                .isEqualTo(Languages.DEFAULT);
        assertThat(Languages.fromAcceptLanguage(List.of(Locale.GERMAN, Locale.US), List.of("sv", "en"), "sv"))
                .isEqualTo(Locale.ENGLISH);
    }

    @Test
    void danishIsSpokenAndDanishBrowsersGetItWhereTheOrganisationOffersIt() {
        assertThat(Languages.closest("da-DK")).isEqualTo(Languages.DANISH);
        assertThat(Languages.fromAcceptLanguage(List.of(Locale.forLanguageTag("da-DK")), List.of("da", "en"), "da"))
                .isEqualTo(Languages.DANISH);
        assertThat(Languages.fromAcceptLanguage(List.of(Locale.forLanguageTag("da")), List.of("sv", "en"), "sv"))
                .isEqualTo(Languages.DEFAULT);
    }

    @Test
    void aChosenLanguageTheOrganisationDoesNotOfferFallsBackToItsDefault() {
        assertThat(Languages.offeredOrDefault("da", List.of("sv", "en"), "sv")).isEqualTo(Languages.DEFAULT);
        assertThat(Languages.offeredOrDefault("sv", List.of("da", "en"), "da")).isEqualTo(Languages.DANISH);
        assertThat(Languages.offeredOrDefault("de", List.of("da", "en"), "en")).isEqualTo(Locale.ENGLISH);
        assertThat(Languages.offeredOrDefault(null, List.of("da", "en"), "da")).isEqualTo(Languages.DANISH);
        assertThat(Languages.isOffered("da", List.of("sv", "en"))).isFalse();
    }

    @Test
    void aChosenLanguageTheOrganisationOffersIsTaken() {
        assertThat(Languages.offeredOrDefault("en-GB", List.of("sv", "en"), "sv"))
                .isEqualTo(Locale.ENGLISH);
        assertThat(Languages.offeredOrDefault("da", List.of("sv", "en", "da"), "sv"))
                .isEqualTo(Languages.DANISH);
        assertThat(Languages.isOffered("da", List.of("sv", "da"))).isTrue();
    }

    @Test
    void messagesAreLookedUpInEveryModulesBundleAndFormatted() {
        assertThat(Messages.text(Locale.ENGLISH, "organisation.user.password.tooShort", 10))
                .isEqualTo("The password must have at least 10 characters.");
        assertThat(Messages.text(Languages.DEFAULT, "platform.nav.home")).isEqualTo("Start");
        assertThat(Messages.text(Languages.DANISH, "platform.nav.home")).isEqualTo("Forside");
        assertThat(Messages.text(Languages.DEFAULT, "no.such.key")).isEqualTo("no.such.key");
    }
}
