package se.ambassadorsportalen.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PersonalTokensTest {

    @Test
    void everyGeneratedTokenIsNewAndRecognisable() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            String token = PersonalTokens.generate();
            assertThat(PersonalTokens.looksLikeToken(token)).isTrue();
            assertThat(seen.add(token)).isTrue();
        }
    }

    @Test
    void theStoredHashIsTheSameForTheSameTokenAndNeverTheTokenItself() {
        String token = PersonalTokens.generate();

        assertThat(PersonalTokens.hash(token))
                .isEqualTo(PersonalTokens.hash(token))
                .hasSize(64)
                .doesNotContain(token.substring(PersonalTokens.PREFIX.length()));
        assertThat(PersonalTokens.hash(PersonalTokens.generate())).isNotEqualTo(PersonalTokens.hash(token));
    }

    @Test
    void theHintIsTheStartOfTheTokenAndTooShortToUse() {
        String token = PersonalTokens.generate();

        assertThat(token).startsWith(PersonalTokens.hint(token));
        assertThat(PersonalTokens.looksLikeToken(PersonalTokens.hint(token))).isFalse();
    }

    @Test
    void aPasswordOrAnythingElseIsNotTakenForAToken() {
        assertThat(PersonalTokens.looksLikeToken("demo")).isFalse();
        assertThat(PersonalTokens.looksLikeToken(null)).isFalse();
        assertThat(PersonalTokens.looksLikeToken("ap_" + "x".repeat(200))).isFalse();
    }
}
