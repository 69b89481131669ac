package se.ambassadorsportalen.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CollationTest {

    @Test
    void danishSortsAeOeAaAfterZInThatOrder() {
        List<String> towns = new ArrayList<>(List.of("Århus", "Ølstykke", "Æbelø", "Zealand", "brande"));

        towns.sort(Collation.of(Languages.DANISH));

        assertThat(towns).containsExactly("brande", "Zealand", "Æbelø", "Ølstykke", "Århus");
    }

    @Test
    void swedishSortsAaAeOeAfterZInThatOrder() {
        List<String> units = new ArrayList<>(List.of("Östra", "Ängby", "Åby", "Zon", "akuten"));

        units.sort(Collation.of(Languages.DEFAULT));

        assertThat(units).containsExactly("akuten", "Zon", "Åby", "Ängby", "Östra");
    }

    @Test
    void caseDoesNotDecideTheOrder() {
        List<String> names = new ArrayList<>(List.of("beta", "Alfa", "alfa2", "Beta2"));

        names.sort(Collation.of(Locale.ENGLISH));

        assertThat(names).containsExactly("Alfa", "alfa2", "beta", "Beta2");
    }

    @Test
    void aTextsKeyIsKeptForTheNextSortInTheSameLanguage() {
        Locale finnish = Locale.forLanguageTag("fi");
        List<String> units = new ArrayList<>(List.of("Öljy", "Åbo", "Ähtäri", "Oulu"));

        units.sort(Collation.of(finnish));
        long keptAfterTheFirstSort = Collation.keysKept(finnish);
        units.sort(Collation.of(finnish));

        assertThat(keptAfterTheFirstSort).isEqualTo(4);
        assertThat(Collation.keysKept(finnish)).isEqualTo(4);
        assertThat(units).containsExactly("Oulu", "Åbo", "Ähtäri", "Öljy");
    }

    @Test
    void theKeptKeysOfALanguageStayWithinTheirLimitAndTheOrderStaysRight() {
        Locale norwegian = Locale.forLanguageTag("nb");
        List<String> names = new ArrayList<>();
        for (int i = Collation.KEYS_KEPT_PER_LANGUAGE + 100; i > 0; i--) {
            names.add("namn " + String.format("%05d", i));
        }

        names.sort(Collation.of(norwegian));

        assertThat(Collation.keysKept(norwegian)).isBetween(1L, (long) Collation.KEYS_KEPT_PER_LANGUAGE);
        assertThat(names).isSorted();
    }
}
