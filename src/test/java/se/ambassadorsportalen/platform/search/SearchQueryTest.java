package se.ambassadorsportalen.platform.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.platform.PortalException;

class SearchQueryTest {

    @Test
    void wordsAreLowerCaseLettersAndDigitsInAnyLanguage() {
        SearchQuery query = SearchQuery.of("  Sjuksköterska på AKUTEN, 2026!  ");

        assertThat(query.words()).containsExactly("sjuksköterska", "på", "akuten", "2026");
        assertThat(query.text()).isEqualTo("Sjuksköterska på AKUTEN, 2026!");
        assertThat(query.longestWord()).isEqualTo("sjuksköterska");
    }

    @Test
    void aQueryWithoutAWordOfTwoCharactersIsRefusedAtTheField() {
        for (String typed : new String[] {null, "", "   ", "a", "% _ *", "a b c"}) {
            assertThatThrownBy(() -> SearchQuery.of(typed))
                    .as(String.valueOf(typed))
                    .isInstanceOfSatisfying(PortalException.class, e -> {
                        assertThat(e.key()).isEqualTo("platform.search.tooShort");
                        assertThat(e.field()).isEqualTo("q");
                    });
        }
    }

    @Test
    void likeWildcardsAndLongTextNeverReachAModule() {
        SearchQuery query = SearchQuery.of("50%_rabatt " + "x".repeat(500));

        assertThat(query.text()).hasSize(SearchQuery.MAX_LENGTH);
        assertThat(query.words()).allMatch(word -> word.matches("[\\p{L}\\p{N}]+"));
        assertThat(SearchQuery.of("ett två tre fyra fem sex sju åtta").words()).hasSize(SearchQuery.MAX_WORDS);
    }
}
