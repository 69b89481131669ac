package se.ambassadorsportalen.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private Instant now = Instant.parse("2026-11-23T08:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void firstFewWrongPasswordsCostNothing() {
        for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS - 1; i++) {
            throttle.failed("eva");
        }
        assertThat(throttle.delayBeforeAttempt("eva")).isZero();
    }

    @Test
    void eachFurtherFailureDoublesTheWaitUpToTheMaximum() {
        for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS; i++) {
            throttle.failed("eva");
        }
        assertThat(throttle.delayBeforeAttempt("eva")).isEqualTo(Duration.ofMillis(500));
        throttle.failed("eva");
        assertThat(throttle.delayBeforeAttempt("eva")).isEqualTo(Duration.ofMillis(1000));
        for (int i = 0; i < 20; i++) {
            throttle.failed("eva");
        }
        assertThat(throttle.delayBeforeAttempt("eva")).isEqualTo(LoginThrottle.MAX_DELAY);
    }

    @Test
    void unknownAndKnownUsernamesAreSlowedAlikeSoTheDelayRevealsNothing() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("eva");
            throttle.failed("no-such-user");
        }
        assertThat(throttle.delayBeforeAttempt("no-such-user")).isEqualTo(throttle.delayBeforeAttempt("eva"));
    }

    @Test
    void usernamesAreMatchedRegardlessOfCaseAndSpaces() {
        for (int i = 0; i < 5; i++) {
            throttle.failed(" EVA ");
        }
        assertThat(throttle.delayBeforeAttempt("eva")).isPositive();
    }

    @Test
    void successfulLoginClearsTheCount() {
        for (int i = 0; i < 6; i++) {
            throttle.failed("eva");
        }
        throttle.succeeded("eva");
        assertThat(throttle.delayBeforeAttempt("eva")).isZero();
    }

    @Test
    void aQuietQuarterOfAnHourForgetsEarlierFailures() {
        for (int i = 0; i < 6; i++) {
            throttle.failed("eva");
        }
        now = now.plus(LoginThrottle.FORGET_AFTER).plusSeconds(1);
        assertThat(throttle.delayBeforeAttempt("eva")).isZero();
        throttle.failed("eva");
        assertThat(throttle.delayBeforeAttempt("eva")).isZero();
    }

    @Test
    void otherUsersAreNotSlowedBySomeoneElsesFailures() {
        for (int i = 0; i < 6; i++) {
            throttle.failed("eva");
        }
        assertThat(throttle.delayBeforeAttempt("magnus")).isZero();
    }
}
