package se.ambassadorsportalen.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.TimeMeter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class SignInLimitsTest {

    private long nanos;
    private final TimeMeter clock = new TimeMeter() {
        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    };
    private final SignInLimits limits = new SignInLimits(clock);

    private void fail(String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(limits.tryAttempt(username, address).allowed()).isTrue();
        }
    }

    @Test
    void aUsernameIsLockedAfterItsAttemptsAndToldHowLongToWait() {
        fail("eva", "10.0.0.1", SignInLimits.ATTEMPTS_PER_USERNAME);

        SignInLimits.Attempt refused = limits.tryAttempt("eva", "10.0.0.1");

        assertThat(limits.isLocked("eva")).isTrue();
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).isPositive()
                .isLessThanOrEqualTo(SignInLimits.WINDOW.dividedBy(SignInLimits.ATTEMPTS_PER_USERNAME));
    }

    @Test
    void theRightPasswordAfterTheLockIsRefusedTooUntilTheWaitIsOver() {
        fail("eva", "10.0.0.1", SignInLimits.ATTEMPTS_PER_USERNAME);
        assertThat(limits.tryAttempt("eva", "10.0.0.2").allowed()).as("another address does not help").isFalse();

        nanos += SignInLimits.WINDOW.dividedBy(SignInLimits.ATTEMPTS_PER_USERNAME).toNanos();

        assertThat(limits.tryAttempt("eva", "10.0.0.1").allowed()).isTrue();
    }

    @Test
    void aRightPasswordGivesTheAttemptsBack() {
        fail("eva", "10.0.0.1", SignInLimits.ATTEMPTS_PER_USERNAME - 1);

        limits.succeeded("eva", "10.0.0.1");

        fail("eva", "10.0.0.1", SignInLimits.ATTEMPTS_PER_USERNAME);
    }

    @Test
    void sprayingManyUsernamesFromOneAddressRunsOutOfTheAddressesAttempts() {
        for (int i = 0; i < SignInLimits.ATTEMPTS_PER_ADDRESS; i++) {
            fail("user" + i, "10.6.6.6", 1);
        }

        assertThat(limits.tryAttempt("someone-else", "10.6.6.6").allowed()).isFalse();
        assertThat(limits.tryAttempt("someone-else", "10.0.0.1").allowed()).as("from elsewhere").isTrue();
        assertThat(limits.isLocked("someone-else")).as("the refused attempt took nothing from the name").isFalse();
    }

    @Test
    void namesDifferingOnlyInCaseOrSpacesShareTheirAttempts() {
        fail("Eva ", "10.0.0.1", SignInLimits.ATTEMPTS_PER_USERNAME);

        assertThat(limits.tryAttempt("eva", "10.0.0.3").allowed()).isFalse();
    }

    @Test
    void parallelGuessesAreCountedLikeGuessesOneAfterAnother() throws Exception {
        ExecutorService guessers = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> guesses = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                guesses.add(() -> limits.tryAttempt("eva", "10.0.0." + (guesses.size() % 8)).allowed());
            }
            long allowed = 0;
            for (Future<Boolean> guess : guessers.invokeAll(guesses)) {
                allowed += guess.get() ? 1 : 0;
            }
            assertThat(allowed).isEqualTo(SignInLimits.ATTEMPTS_PER_USERNAME);
        } finally {
            guessers.shutdownNow();
        }
    }
}
