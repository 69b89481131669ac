package se.ambassadorsportalen.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.platform.persistence.MigratedH2;

/** Claims of scheduled runs on a migrated database: one node per period, a dead node's run taken over. */
class JobLeasesTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2026, 12, 1, 3, 15);
    private static final Duration LEASE = Duration.ofMinutes(15);

    private JdbcDataSource db;

    @BeforeEach
    void migratedDatabase() {
        db = MigratedH2.fresh("leases");
    }

    private JobLeases at(LocalDateTime time) {
        return new JobLeases(db, Clock.fixed(time.atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault()));
    }

    /**
     * A node at a moment given with Stockholm's offset then, whose clock is in Tokyo's zone and
     * whose database sessions are in New York's: neither may play a part.
     */
    private JobLeases nodeAt(String stockholmTime) {
        DataSource sessions = MigratedH2.inSessionZone(db, ZoneId.of("America/New_York"));
        return new JobLeases(
                sessions, Clock.fixed(OffsetDateTime.parse(stockholmTime).toInstant(), ZoneId.of("Asia/Tokyo")));
    }

    @Test
    void aLeaseLastsItsFifteenMinutesThroughTheNightSummerTimeEnds() throws Exception {
        String job = "press.deadline-reminders";
        assertThat(nodeAt("2026-10-25T02:55+02:00").claim(job, "2026-10-25T02", "node-a", LEASE))
                .isTrue();

        // the clocks went back at 03:00: ten minutes later they read 02:05
        assertThat(nodeAt("2026-10-25T02:05+01:00").claim(job, "2026-10-25T02", "node-b", LEASE))
                .as("ten minutes into node-a's lease")
                .isFalse();
        assertThat(nodeAt("2026-10-25T02:11+01:00").claim(job, "2026-10-25T02", "node-b", LEASE))
                .as("sixteen minutes after node-a's claim, not an hour more")
                .isTrue();
    }

    @Test
    void aLeaseLastsItsFifteenMinutesThroughTheNightSummerTimeBegins() throws Exception {
        String job = "press.deadline-reminders";
        assertThat(nodeAt("2026-03-29T01:55+01:00").claim(job, "2026-03-29T01", "node-a", LEASE))
                .isTrue();
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                ResultSet row = s.executeQuery("select started_at, lease_until from job_lease")) {
            row.next();
            assertThat(row.getObject(1, OffsetDateTime.class).toInstant()).isEqualTo("2026-03-29T00:55:00Z");
            assertThat(row.getObject(2, OffsetDateTime.class).toInstant()).isEqualTo("2026-03-29T01:10:00Z");
        }

        // the clocks went forward at 02:00: ten minutes later they read 03:05
        assertThat(nodeAt("2026-03-29T03:05+02:00").claim(job, "2026-03-29T01", "node-b", LEASE))
                .as("ten minutes into node-a's lease, though the wall clock moved on by seventy")
                .isFalse();
        assertThat(nodeAt("2026-03-29T03:11+02:00").claim(job, "2026-03-29T01", "node-b", LEASE))
                .isTrue();
    }

    @Test
    void twoNodesRacingForTheSamePeriodGetExactlyOneRunEveryTime() throws Exception {
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 50; round++) {
                String period = "2026-12-01T09:" + round;
                CyclicBarrier together = new CyclicBarrier(2);
                List<Callable<Boolean>> claimers = new ArrayList<>();
                for (String node : List.of("node-a", "node-b")) {
                    claimers.add(() -> {
                        together.await();
                        return at(T0).claim("press.deadline-reminders", period, node, LEASE);
                    });
                }
                int runs = 0;
                for (Future<Boolean> claimed : nodes.invokeAll(claimers)) {
                    runs += claimed.get() ? 1 : 0;
                }
                assertThat(runs).as("runs of period %s", period).isEqualTo(1);
            }
        } finally {
            nodes.shutdownNow();
        }
    }

    @Test
    void finishedRunIsNeverClaimedAgainNotEvenAfterItsLease() throws Exception {
        assertThat(at(T0).claim("press.anonymise-expired", "2026-12-01", "node-a", LEASE))
                .isTrue();
        at(T0.plusMinutes(2)).finished("press.anonymise-expired", "2026-12-01", "node-a");

        assertThat(at(T0.plusMinutes(3)).claim("press.anonymise-expired", "2026-12-01", "node-b", LEASE))
                .isFalse();
        assertThat(at(T0.plusDays(1).minusMinutes(1)).claim("press.anonymise-expired", "2026-12-01", "node-b", LEASE))
                .isFalse();
        assertThat(at(T0.plusDays(1)).claim("press.anonymise-expired", "2026-12-02", "node-b", LEASE))
                .as("the next period is a new run")
                .isTrue();
    }

    @Test
    void runOfANodeThatDiedIsTakenOverByAnotherOnceItsLeaseRunsOutButNotBefore() throws Exception {
        assertThat(at(T0).claim("ambassador.relay-reminders", "2026-12-01", "node-a", LEASE))
                .isTrue();

        assertThat(at(T0.plusMinutes(10)).claim("ambassador.relay-reminders", "2026-12-01", "node-b", LEASE))
                .as("node-a may still be running")
                .isFalse();
        assertThat(at(T0.plusMinutes(16)).claim("ambassador.relay-reminders", "2026-12-01", "node-b", LEASE))
                .isTrue();
        assertThat(at(T0.plusMinutes(17)).claim("ambassador.relay-reminders", "2026-12-01", "node-c", LEASE))
                .isFalse();
    }

    @Test
    void failedRunIsTriedAgainAfterAPauseAndClosedWithItsErrorAfterTheLastAttempt() throws Exception {
        LocalDateTime now = T0;
        for (int attempt = 1; attempt <= JobLeases.MAX_ATTEMPTS; attempt++) {
            assertThat(at(now).claim("press.anonymise-expired", "2026-12-01", "node-a", LEASE))
                    .as("attempt %d", attempt)
                    .isTrue();
            at(now).failed("press.anonymise-expired", "2026-12-01", "node-a", "database went away");
            assertThat(at(now.plusMinutes(1)).claim("press.anonymise-expired", "2026-12-01", "node-b", LEASE))
                    .as("pause after attempt %d", attempt)
                    .isFalse();
            now = now.plus(JobLeases.RETRY_AFTER).plusSeconds(1);
        }

        assertThat(at(now.plusHours(1)).claim("press.anonymise-expired", "2026-12-01", "node-b", LEASE))
                .isFalse();
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                ResultSet row = s.executeQuery("select error, finished_at from job_lease")) {
            row.next();
            assertThat(row.getString(1)).isEqualTo("database went away");
            assertThat(row.getTimestamp(2)).isNotNull();
        }
    }

    @Test
    void finishedRunsAreForgottenAfterTheKeepingTimeAndUnfinishedOnesAreKept() throws Exception {
        at(T0).claim("a", "1", "node-a", LEASE);
        at(T0).finished("a", "1", "node-a");
        at(T0).claim("b", "1", "node-a", LEASE);

        assertThat(at(T0.plusDays(29)).forgetFinishedBefore(LeaseCleanupJob.KEEP))
                .isZero();
        assertThat(at(T0.plusDays(31)).forgetFinishedBefore(LeaseCleanupJob.KEEP))
                .isEqualTo(1);
        assertThat(at(T0.plusDays(31)).claim("b", "1", "node-b", LEASE))
                .as("the unfinished run is still known")
                .isTrue();
    }
}
