package se.ambassadorsportalen.policy.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.platform.i18n.Languages;

class LocalNamesTest {

    private final LocalNames web = new LocalNames(Map.of("sv", "Webbplatsen", "en", "Website", "da", "Hjemmesiden"));

    @Test
    void aReaderGetsTheNameInTheirOwnLanguage() {
        assertThat(web.in(Languages.DANISH)).isEqualTo("Hjemmesiden");
        assertThat(web.in(Locale.ENGLISH)).isEqualTo("Website");
        assertThat(web.in(Languages.DEFAULT)).isEqualTo("Webbplatsen");
        assertThat(web.in(Locale.forLanguageTag("da-DK"))).isEqualTo("Hjemmesiden");
    }

    @Test
    void aMissingLanguageFallsBackToSwedishThenEnglishThenDanish() {
        assertThat(new LocalNames(Map.of("sv", "Poddavsnitt", "en", "Podcast")).in(Languages.DANISH))
                .isEqualTo("Poddavsnitt");
        assertThat(new LocalNames(Map.of("en", "Podcast", "da", "Podcast-afsnit")).in(Languages.DEFAULT))
                .isEqualTo("Podcast");
        assertThat(new LocalNames(Map.of("da", "Jobmesse")).in(Locale.ENGLISH)).isEqualTo("Jobmesse");
        assertThat(new LocalNames(Map.of()).in(Locale.ENGLISH)).isEmpty();
    }
}
