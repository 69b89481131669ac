package se.ambassadorsportalen.news.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.platform.security.PersonalTokens;

class FeedTokensTest {

    @Test
    void aFeedTokenIsRandomUrlSafeAndNeverLooksLikeAnApiToken() {
        String one = FeedTokens.generate();
        String two = FeedTokens.generate();

        assertThat(one).isNotEqualTo(two).startsWith("nf_");
        assertThat(FeedTokens.looksLikeToken(one)).isTrue();
        assertThat(PersonalTokens.looksLikeToken(one)).isFalse();
        assertThat(FeedTokens.hash(one)).hasSize(64).isNotEqualTo(one);
    }

    @Test
    void somethingElseInTheAddressIsNotLookedUp() {
        assertThat(FeedTokens.looksLikeToken("nf_short")).isFalse();
        assertThat(FeedTokens.looksLikeToken("../../etc/passwd")).isFalse();
        assertThat(FeedTokens.looksLikeToken(null)).isFalse();
    }
}
