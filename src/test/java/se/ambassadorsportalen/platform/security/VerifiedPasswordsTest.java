package se.ambassadorsportalen.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.platform.security.VerifiedPasswords.Check;

class VerifiedPasswordsTest {

    private final VerifiedPasswords verified = new VerifiedPasswords(Duration.ofMinutes(5));
    private final AtomicInteger slowChecks = new AtomicInteger();

    private Supplier<Check> counted(Check outcome) {
        return () -> {
            slowChecks.incrementAndGet();
            return outcome;
        };
    }

    @Test
    void aPassedCheckIsRecalledUnderTheSameStampWithoutCheckingAgain() {
        verified.check("eva", "rätt lösenord", 3, counted(Check.valid(3)));

        Check again = verified.check("eva", "rätt lösenord", 3, counted(Check.valid(3)));

        assertThat(again.valid()).isTrue();
        assertThat(slowChecks).hasValue(1);
    }

    @Test
    void anotherPasswordOrUsernameIsCheckedOnItsOwn() {
        verified.check("eva", "rätt lösenord", 3, counted(Check.valid(3)));

        assertThat(verified.check("eva", "fel lösenord", 3, counted(Check.invalid())).valid()).isFalse();
        assertThat(verified.check("eva", "", 3, counted(Check.invalid())).valid()).isFalse();
        assertThat(verified.check("magnus", "rätt lösenord", 3, counted(Check.invalid())).valid()).isFalse();
        assertThat(slowChecks).hasValue(4);
    }

    @Test
    void aChangedStampMakesTheRememberedCheckWorthless() {
        verified.check("eva", "rätt lösenord", 3, counted(Check.valid(3)));

        Check afterPasswordChange = verified.check("eva", "rätt lösenord", 4, counted(Check.invalid()));

        assertThat(afterPasswordChange.valid()).isFalse();
        assertThat(slowChecks).hasValue(2);
    }

    @Test
    void theSameWrongPasswordSentAgainLaterIsCheckedAndCountedAgain() {
        for (int i = 0; i < 3; i++) {
            verified.check("eva", "fel lösenord", 3, counted(Check.invalid()));
        }
        verified.check("eva", "fel lösenord", 3, counted(Check.refused(Duration.ofMinutes(3))));

        assertThat(slowChecks).hasValue(4);
    }

    @Test
    void aCheckIsNotRememberedPastItsTime() {
        VerifiedPasswords forgetful = new VerifiedPasswords(Duration.ZERO);
        forgetful.check("eva", "rätt lösenord", 3, counted(Check.valid(3)));

        forgetful.check("eva", "rätt lösenord", 3, counted(Check.valid(3)));

        assertThat(slowChecks).hasValue(2);
    }

    @Test
    void fiftyIdenticalChecksArrivingTogetherRunTheSlowCheckOnceAndAllPass() throws Exception {
        List<Check> outcomes = inParallel(50, i -> "rätt lösenord", Check.valid(3));

        assertThat(outcomes).allMatch(Check::valid);
        assertThat(slowChecks).hasValue(1);
    }

    @Test
    void differentPasswordsArrivingTogetherAreEachCheckedSoEveryGuessCounts() throws Exception {
        List<Check> outcomes = inParallel(20, i -> "gissning " + i, Check.invalid());

        assertThat(outcomes).noneMatch(Check::valid);
        assertThat(slowChecks).hasValue(20);
    }

    /** Starts {@code callers} checks of eva at once; the slow check holds until all have arrived or a second passed. */
    private List<Check> inParallel(int callers, java.util.function.IntFunction<String> password, Check outcome)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        CountDownLatch arrived = new CountDownLatch(callers);
        try {
            List<Callable<Check>> calls = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                String guess = password.apply(i);
                calls.add(() -> {
                    arrived.countDown();
                    return verified.check("eva", guess, 3, () -> {
                        slowChecks.incrementAndGet();
                        try {
                            arrived.await(1, TimeUnit.SECONDS);
                            Thread.sleep(100); // as PBKDF2 would: the others arrive while it runs
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return outcome;
                    });
                });
            }
            List<Check> outcomes = new ArrayList<>();
            for (Future<Check> result : pool.invokeAll(calls)) {
                outcomes.add(result.get());
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
