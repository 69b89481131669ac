package se.ambassadorsportalen.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.platform.i18n.Collation;
import se.ambassadorsportalen.platform.i18n.Languages;

class SortKeysTest {

    @Test
    void eachLanguagesColumnHoldsThatLanguagesKeyOfTheTextsInTurn() {
        SortKeys keys = SortKeys.of("Ørsted", "Ole");

        assertThat(keys.in(Languages.DEFAULT)).isEqualTo(Collation.key(Languages.DEFAULT, "Ørsted", "Ole"));
        assertThat(keys.in(Locale.ENGLISH)).isEqualTo(Collation.key(Locale.ENGLISH, "Ørsted", "Ole"));
        assertThat(keys.in(Languages.DANISH)).isEqualTo(Collation.key(Languages.DANISH, "Ørsted", "Ole"));
        assertThat(keys.values())
                .isDeepEqualTo(
                        new byte[][] {keys.in(Languages.DEFAULT), keys.in(Locale.ENGLISH), keys.in(Languages.DANISH)});
    }

    @Test
    void aReaderWithoutALanguageOrWithOneThePortalDoesNotSpeakSortsInSwedish() {
        assertThat(SortKeys.attribute(null)).isEqualTo("sv");
        assertThat(SortKeys.attribute(Locale.FRENCH)).isEqualTo("sv");
        assertThat(SortKeys.attribute(Locale.forLanguageTag("da-DK"))).isEqualTo("da");
        assertThat(SortKeys.attribute(Locale.UK)).isEqualTo("en");
    }
}
