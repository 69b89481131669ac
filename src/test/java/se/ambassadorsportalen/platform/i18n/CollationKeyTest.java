package se.ambassadorsportalen.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The sort keys that lists paged in the database order by: compared byte by byte, unsigned (as
 * PostgreSQL's bytea and H2's varbinary compare), they give each language's alphabet.
 */
class CollationKeyTest {

    /** The texts in the order their keys sort, as a database's ORDER BY on the key column gives them. */
    private static List<String> byKey(Locale locale, String... texts) {
        return Stream.of(texts)
                .sorted(Comparator.comparing(text -> Collation.key(locale, text), Arrays::compareUnsigned))
                .toList();
    }

    @Test
    void swedishKeysPutAaAeOeAfterZInThatOrder() {
        assertThat(byKey(Languages.DEFAULT, "Östra", "Ängby", "Åby", "Zon", "akuten", "Örby", "Åsa"))
                .containsExactly("akuten", "Zon", "Åby", "Åsa", "Ängby", "Örby", "Östra");
    }

    @Test
    void danishKeysPutAeOeAaAfterZAndSortDoubleAAsAaRing() {
        assertThat(byKey(Languages.DANISH, "Århus", "Ølstykke", "Æbelø", "Zealand", "brande", "Aabenraa", "Aalborg"))
                .containsExactly("brande", "Zealand", "Æbelø", "Ølstykke", "Aabenraa", "Aalborg", "Århus");
    }

    @Test
    void englishKeysSortTheNordicLettersWithAAndO() {
        assertThat(byKey(Locale.ENGLISH, "Östra", "Zon", "Åby", "Oslo", "Bergen", "Ängby", "Apple"))
                .containsExactly("Åby", "Ängby", "Apple", "Bergen", "Oslo", "Östra", "Zon");
    }

    @Test
    void keysAgreeWithTheComparatorOnEveryPair() {
        List<String> names = List.of(
                "Åberg", "Aberg", "åberg", "Öman", "Olsson", "Ødegaard", "Ærø", "Aaberg", "Berg", "Bergman", "", "Ek");
        for (Locale locale : Languages.SUPPORTED) {
            Comparator<String> alphabet = Collation.of(locale);
            for (String a : names) {
                for (String b : names) {
                    assertThat(Integer.signum(
                                    Arrays.compareUnsigned(Collation.key(locale, a), Collation.key(locale, b))))
                            .as("%s: %s vs %s", locale, a, b)
                            .isEqualTo(Integer.signum(alphabet.compare(a, b)));
                }
            }
        }
    }

    @Test
    void aLastNameDecidesBeforeTheFirstNameEvenWhenOneNameBeginsTheOther() {
        Locale swedish = Languages.DEFAULT;
        byte[] bergZoe = Collation.key(swedish, "Berg", "Zoe");
        byte[] bergmanAnna = Collation.key(swedish, "Bergman", "Anna");
        byte[] bergAnna = Collation.key(swedish, "Berg", "Anna");

        assertThat(Arrays.compareUnsigned(bergAnna, bergZoe)).isNegative();
        assertThat(Arrays.compareUnsigned(bergZoe, bergmanAnna))
                .as("Berg, Zoe before Bergman, Anna")
                .isNegative();
    }

    @Test
    void caseDoesNotChangeTheKeyAndNullCountsAsEmpty() {
        assertThat(Collation.key(Languages.DEFAULT, "ÅSA")).isEqualTo(Collation.key(Languages.DEFAULT, "åsa"));
        assertThat(Collation.key(Languages.DANISH, (String) null)).isEqualTo(Collation.key(Languages.DANISH, ""));
    }

    @Test
    void aVeryLongTextKeepsAKeyOfAtMostTheColumnsLengthThatStillOrdersByItsBeginning() {
        String longA = "A".repeat(500);
        String longB = "B".repeat(500);

        assertThat(Collation.key(Locale.ENGLISH, longA)).hasSize(Collation.KEY_BYTES);
        assertThat(Arrays.compareUnsigned(Collation.key(Locale.ENGLISH, longA), Collation.key(Locale.ENGLISH, longB)))
                .isNegative();
    }
}
