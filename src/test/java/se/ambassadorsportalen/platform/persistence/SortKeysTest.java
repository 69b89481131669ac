package se.ambassadorsportalen.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
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

    @Test
    void aTextEachLanguageReadsDifferentlyHasEachLanguagesKeyOfItsOwnReadersText() {
        SortKeys keys = SortKeys.each(language -> "en".equals(language.getLanguage()) ? "Commitments" : "Åtaganden");

        assertThat(keys.in(Languages.DEFAULT)).isEqualTo(Collation.key(Languages.DEFAULT, "Åtaganden"));
        assertThat(keys.in(Locale.ENGLISH)).isEqualTo(Collation.key(Locale.ENGLISH, "Commitments"));
        assertThat(keys.in(Languages.DANISH)).isEqualTo(Collation.key(Languages.DANISH, "Åtaganden"));
    }

    @Test
    void keysKeptUnderAnotherNameHaveTheirColumnsInTheOrderOfTheValues() {
        assertThat(SortKeys.columns("first_name_key"))
                .isEqualTo("first_name_key_sv, first_name_key_en, first_name_key_da");
        assertThat(SortKeys.COLUMNS).isEqualTo("sort_key_sv, sort_key_en, sort_key_da");
    }

    @Test
    void aHandWrittenQueryOrdersByTheReadersKeyAndSwedishForAnyOtherLanguage() {
        assertThat(SortKeys.path("p.sortKeys", Languages.DANISH)).isEqualTo("p.sortKeys.da");
        assertThat(SortKeys.path("p.sortKeys", Locale.UK)).isEqualTo("p.sortKeys.en");
        assertThat(SortKeys.path("u.sortKeys", null)).isEqualTo("u.sortKeys.sv");
        assertThat(SortKeys.path("u.sortKeys", Locale.GERMAN)).isEqualTo("u.sortKeys.sv");
    }

    @Test
    void aRowWrittenBySqlGetsEachKeysThreeValuesAfterItsOwnInTheOrderOfTheColumns() {
        SortKeys name = SortKeys.of("Berg", "Åsa");
        SortKeys town = SortKeys.of("Ängelholm");

        Object[] row = SortKeys.appended(new Object[] {7L, "Åsa"}, name, town);

        assertThat(row).hasSize(8);
        assertThat(row[0]).isEqualTo(7L);
        assertThat(row[1]).isEqualTo("Åsa");
        assertThat(Arrays.copyOfRange(row, 2, 5)).containsExactly((Object[]) name.values());
        assertThat(Arrays.copyOfRange(row, 5, 8)).containsExactly((Object[]) town.values());
    }
}
