package se.ambassadorsportalen.policy.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.platform.PortalException;

class SearchWordsTest {

    @Test
    void wordsAreLowerCaseWithoutPunctuationAndIncludeSwedishLetters() {
        assertThat(SearchWords.of("  Sociala medier, ÅTERKOPPLING!"))
                .containsExactly("sociala", "medier", "återkoppling");
    }

    @Test
    void onlyPunctuationIsRefusedWithAMessageForTheSearchField() {
        assertThatThrownBy(() -> SearchWords.of("?!… --")).isInstanceOfSatisfying(PortalException.class, e -> {
            assertThat(e.key()).isEqualTo("policy.search.noWords");
            assertThat(e.field()).isEqualTo("query");
        });
    }

    @Test
    void emptyQueryIsRefused() {
        assertThatThrownBy(() -> SearchWords.of("   "))
                .isInstanceOf(PortalException.class)
                .hasMessageContaining("policy.search.empty");
    }

    @Test
    void repeatedWordsCountOnceAndTheListIsCapped() {
        assertThat(SearchWords.of("a a b")).containsExactly("a", "b");
        assertThat(SearchWords.of("1 2 3 4 5 6 7 8 9 10")).hasSize(SearchWords.MAX_WORDS);
    }
}
