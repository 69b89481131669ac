package se.ambassadorsportalen.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class VerifiedPasswordsTest {

    private final VerifiedPasswords verified = new VerifiedPasswords(Duration.ofMinutes(5));

    @Test
    void aVerifiedPasswordIsRecalledUnderTheSameStamp() {
        verified.remember("eva", "rätt lösenord", 3);

        assertThat(verified.recall("eva", "rätt lösenord", 3)).isTrue();
    }

    @Test
    void anotherPasswordIsNeverRecalled() {
        verified.remember("eva", "rätt lösenord", 3);

        assertThat(verified.recall("eva", "fel lösenord", 3)).isFalse();
        assertThat(verified.recall("eva", "", 3)).isFalse();
    }

    @Test
    void aChangedStampMakesTheRememberedCheckWorthless() {
        verified.remember("eva", "rätt lösenord", 3);

        assertThat(verified.recall("eva", "rätt lösenord", 4)).isFalse();
    }

    @Test
    void anotherUsernameWithTheSamePasswordIsNotRecalled() {
        verified.remember("eva", "rätt lösenord", 3);

        assertThat(verified.recall("magnus", "rätt lösenord", 3)).isFalse();
    }

    @Test
    void aFailedAttemptForgetsTheRememberedCheck() {
        verified.remember("eva", "rätt lösenord", 3);

        verified.forget("eva");

        assertThat(verified.recall("eva", "rätt lösenord", 3)).isFalse();
    }

    @Test
    void aCheckIsNotRememberedPastItsTime() {
        VerifiedPasswords forgetful = new VerifiedPasswords(Duration.ZERO);
        forgetful.remember("eva", "rätt lösenord", 3);

        assertThat(forgetful.recall("eva", "rätt lösenord", 3)).isFalse();
    }
}
