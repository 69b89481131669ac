package se.ambassadorsportalen.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.platform.persistence.MigratedH2;

/** The sign-in limits on a migrated database, as one node and as two nodes sharing it. */
class SignInLimitsTest {

    private static final Duration ONE_BACK = SignInLimits.WINDOW.dividedBy(SignInLimits.ATTEMPTS_PER_USERNAME);

    private JdbcDataSource db;
    private Instant now = Instant.parse("2026-12-01T20:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private SignInLimits limits;

    @BeforeEach
    void migratedDatabase() {
        db = MigratedH2.fresh("signin-limits");
        limits = node();
    }

    /** Another node: its own instance, the same database and (in step) the same clock. */
    private SignInLimits node() {
        return new SignInLimits(db, clock);
    }

    private void fail(SignInLimits on, String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(on.tryAttempt(username, address).allowed())
                    .as("attempt %d", i + 1)
                    .isTrue();
        }
    }

    @Test
    void aUsernameIsLockedAfterItsAttemptsAndToldHowLongToWait() {
        fail(limits, "eva", "10.0.0.1", SignInLimits.ATTEMPTS_PER_USERNAME);

        SignInLimits.Attempt refused = limits.tryAttempt("eva", "10.0.0.1");

        assertThat(limits.isLocked("eva")).isTrue();
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).isPositive().isLessThanOrEqualTo(ONE_BACK);
    }

    @Test
    void theRightPasswordAfterTheLockIsRefusedTooUntilTheWaitIsOver() {
        fail(limits, "eva", "10.0.0.1", SignInLimits.ATTEMPTS_PER_USERNAME);
        assertThat(limits.tryAttempt("eva", "10.0.0.2").allowed())
                .as("another address does not help")
                .isFalse();

        now = now.plus(ONE_BACK).minusMillis(1);
        assertThat(limits.tryAttempt("eva", "10.0.0.1").allowed())
                .as("a moment too early")
                .isFalse();
        now = now.plusMillis(1);

        assertThat(limits.tryAttempt("eva", "10.0.0.1").allowed()).isTrue();
        assertThat(limits.tryAttempt("eva", "10.0.0.1").allowed())
                .as("only one attempt came back")
                .isFalse();
    }

    @Test
    void aRightPasswordGivesTheAttemptsBack() {
        fail(limits, "eva", "10.0.0.1", SignInLimits.ATTEMPTS_PER_USERNAME - 1);

        limits.succeeded("eva", "10.0.0.1");

        fail(limits, "eva", "10.0.0.1", SignInLimits.ATTEMPTS_PER_USERNAME);
    }

    @Test
    void sprayingManyUsernamesFromOneAddressRunsOutOfTheAddressesAttempts() {
        for (int i = 0; i < SignInLimits.ATTEMPTS_PER_ADDRESS; i++) {
            fail(limits, "user" + i, "10.6.6.6", 1);
        }

        assertThat(limits.tryAttempt("someone-else", "10.6.6.6").allowed()).isFalse();
        assertThat(limits.tryAttempt("someone-else", "10.0.0.1").allowed())
                .as("from elsewhere")
                .isTrue();
        assertThat(limits.isLocked("someone-else"))
                .as("the refused attempt took nothing from the name")
                .isFalse();
    }

    @Test
    void namesDifferingOnlyInCaseOrSpacesShareTheirAttempts() {
        fail(limits, "Eva ", "10.0.0.1", SignInLimits.ATTEMPTS_PER_USERNAME);

        assertThat(limits.tryAttempt("eva", "10.0.0.3").allowed()).isFalse();
    }

    @Test
    void aGuesserSpreadingAttemptsOverTwoNodesGetsNoMoreTriesThanOnOne() {
        SignInLimits nodeOne = node();
        SignInLimits nodeTwo = node();
        int allowed = 0;
        for (int guess = 0; guess < 4 * SignInLimits.ATTEMPTS_PER_USERNAME; guess++) {
            SignInLimits on = guess % 2 == 0 ? nodeOne : nodeTwo;
            allowed += on.tryAttempt("eva", "10.0.0." + guess).allowed() ? 1 : 0;
        }

        assertThat(allowed).isEqualTo(SignInLimits.ATTEMPTS_PER_USERNAME);
        assertThat(nodeOne.isLocked("eva")).isTrue();
        assertThat(nodeTwo.isLocked("eva")).isTrue();
    }

    @Test
    void aRightPasswordOnOneNodeGivesTheAttemptsBackOnTheOther() {
        SignInLimits nodeOne = node();
        SignInLimits nodeTwo = node();
        fail(nodeOne, "eva", "10.0.0.1", SignInLimits.ATTEMPTS_PER_USERNAME - 1);

        nodeTwo.succeeded("eva", "10.0.0.1");

        fail(nodeOne, "eva", "10.0.0.1", SignInLimits.ATTEMPTS_PER_USERNAME);
    }

    @Test
    void parallelGuessesOnTwoNodesAreCountedLikeGuessesOneAfterAnother() throws Exception {
        List<SignInLimits> nodes = List.of(node(), node());
        ExecutorService guessers = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 5; round++) {
                String username = "eva" + round;
                CyclicBarrier together = new CyclicBarrier(8);
                List<Callable<Boolean>> guesses = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    SignInLimits on = nodes.get(i % 2);
                    String address = "10.0.0." + i;
                    guesses.add(() -> {
                        together.await();
                        return on.tryAttempt(username, address).allowed();
                    });
                }
                long allowed = 0;
                for (Future<Boolean> guess : guessers.invokeAll(guesses)) {
                    allowed += guess.get() ? 1 : 0;
                }
                assertThat(allowed)
                        .as("attempts allowed for %s", username)
                        .isEqualTo(SignInLimits.ATTEMPTS_PER_USERNAME);
            }
        } finally {
            guessers.shutdownNow();
        }
    }

    @Test
    void theDatabaseKeepsNeitherTheTypedUsernameNorTheAddress() throws Exception {
        fail(limits, "eva.andersson", "10.0.0.1", 1);

        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                ResultSet keys = s.executeQuery("select limit_key from signin_limit")) {
            List<String> stored = new ArrayList<>();
            while (keys.next()) {
                stored.add(keys.getString(1));
            }
            assertThat(stored).hasSize(2).noneMatch(key -> key.contains("eva") || key.contains("10.0.0.1"));
        }
    }

    @Test
    void allowancesThatAreWholeAgainAreForgottenAndThoseInUseKept() throws Exception {
        fail(limits, "eva", "10.0.0.1", 1);
        now = now.plus(ONE_BACK.multipliedBy(2));
        fail(limits, "olle", "10.0.0.2", 1);

        assertThat(limits.forgetWhole())
                .as("eva's name, and 10.0.0.1 whose attempt came back in 4.5 s")
                .isEqualTo(2);
        assertThat(limits.forgetWhole()).isZero();
        assertThat(limits.tryAttempt("eva", "10.0.0.1").allowed()).isTrue();
    }
}
