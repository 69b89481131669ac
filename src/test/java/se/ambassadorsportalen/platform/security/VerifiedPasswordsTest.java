package se.ambassadorsportalen.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.platform.security.VerifiedPasswords.Check;

class VerifiedPasswordsTest {

    /** Long enough for a loaded machine to start fifty threads; a broken single flight fails after it. */
    private static final Duration WAIT = Duration.ofSeconds(10);

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

        assertThat(verified.check("eva", "fel lösenord", 3, counted(Check.invalid()))
                        .valid())
                .isFalse();
        assertThat(verified.check("eva", "", 3, counted(Check.invalid())).valid())
                .isFalse();
        assertThat(verified.check("magnus", "rätt lösenord", 3, counted(Check.invalid()))
                        .valid())
                .isFalse();
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
        List<Check> outcomes = inParallel(50, i -> "rätt lösenord", Check.valid(3), this::untilTheOthersWaitForIt);

        assertThat(outcomes).allMatch(Check::valid);
        assertThat(slowChecks).hasValue(1);
    }

    @Test
    void differentPasswordsArrivingTogetherAreEachCheckedSoEveryGuessCounts() throws Exception {
        List<Check> outcomes = inParallel(20, i -> "gissning " + i, Check.invalid(), this::untilEveryCheckRuns);

        assertThat(outcomes).noneMatch(Check::valid);
        assertThat(slowChecks).hasValue(20);
    }

    /** The callers that have started, so a slow check can see what each of the others is doing. */
    private final Set<Thread> started = ConcurrentHashMap.newKeySet();

    private CountDownLatch running;

    /**
     * Holds a slow check until every other caller is parked inside the single flight, waiting for
     * this check's outcome, as they would arrive while PBKDF2 runs. A caller that ran a slow check
     * of its own instead would never park there, so the wait fails instead of passing by luck of timing.
     */
    private void untilTheOthersWaitForIt(int callers) {
        Thread self = Thread.currentThread();
        await("every other caller waiting for the running check")
                .atMost(WAIT)
                .pollInSameThread()
                .pollInterval(Duration.ofMillis(5))
                .until(() -> started.size() == callers
                        && started.stream()
                                .filter(caller -> caller != self)
                                .allMatch(VerifiedPasswordsTest::waitsForTheSharedCheck));
    }

    /** Holds every slow check until all of them run at once: none may wait for another's outcome. */
    private void untilEveryCheckRuns(int callers) {
        running.countDown();
        await("every caller running a check of its own")
                .atMost(WAIT)
                .pollInSameThread()
                .pollInterval(Duration.ofMillis(5))
                .until(() -> running.getCount() == 0);
    }

    private static boolean waitsForTheSharedCheck(Thread caller) {
        return caller.getState() == Thread.State.WAITING
                && Arrays.stream(caller.getStackTrace())
                        .anyMatch(frame -> frame.getClassName().equals(VerifiedPasswords.class.getName())
                                && frame.getMethodName().equals("await"));
    }

    /** Starts {@code callers} checks of eva at once; each slow check holds as {@code hold} says. */
    private List<Check> inParallel(int callers, IntFunction<String> password, Check outcome, IntConsumer hold)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        running = new CountDownLatch(callers);
        try {
            List<Callable<Check>> calls = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                String guess = password.apply(i);
                calls.add(() -> {
                    started.add(Thread.currentThread());
                    return verified.check("eva", guess, 3, () -> {
                        slowChecks.incrementAndGet();
                        hold.accept(callers);
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
