package se.ambassadorsportalen.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ambassadorsportalen.platform.persistence.TimesAsInstantsMigrationTest.instant;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * A database written before the API tokens, the mail outbox, the job leases, the HR import log and
 * the demo seeds kept instants (at V97_2, wall-clock times in Europe/Stockholm) is migrated on:
 * every row keeps its moment by PortalTime's rule, the job leases and demo seeds found by their
 * own keys (PostgreSQL: {@code InstantColumnsPostgresIT} checks the same there).
 */
class PlatformTimesAsInstantsMigrationTest {

    /** The newest version before these tables' migrations. */
    static final String BEFORE = "97.2";

    @Test
    void tokenOutboxLeaseImportAndSeedTimesWrittenAsStockholmWallClockAreKeptAsTheirInstants() throws Exception {
        JdbcDataSource db = MigratedDatabases.migratedOn(
                "platform-instants", BEFORE, PlatformTimesAsInstantsMigrationTest::writeRows);

        try (Connection connection = db.getConnection()) {
            assertMoments(connection);
        }
    }

    /** One row of each table as the portal wrote them before V98_5: Stockholm wall clock. */
    static void writeRows(Statement statement) throws SQLException {
        statement.execute("insert into app_user (id, username, password_hash) values (1, 'eva', 'x')");
        statement.execute("insert into api_token (id, user_id, name, token_hash, token_hint, created_at, expires_at,"
                + " last_used_at, revoked_at) values (10, 1, 'Rapporter', 'hash', 'ap_abc',"
                + " timestamp '2026-03-29 01:59:00', timestamp '2026-10-25 02:30:00', timestamp '2026-10-25 03:00:00',"
                + " null)");
        statement.execute("insert into mail_outbox (id, recipient, subject, body, created_at, status, attempts,"
                + " next_attempt_at, sent_at, claim_token, claimed_until) values (20, 'eva@fjallmark.example',"
                + " 'Natten', 'Hej!', timestamp '2026-10-25 02:30:00', 'SENDING', 1, timestamp '2026-10-25 02:30:00',"
                + " null, 'node-a', timestamp '2026-10-25 02:35:00')");
        // two periods of one job: the key is the pair, not the job
        statement.execute(
                "insert into job_lease (job_name, period_key, owner, lease_until, started_at, finished_at)"
                        + " values ('press.reminders', '2026-10-25T02', 'node-a', timestamp '2026-10-25 02:45:00',"
                        + " timestamp '2026-10-25 02:30:00', null), ('press.reminders', '2026-03-29T01', 'node-a',"
                        + " timestamp '2026-03-29 02:30:00', timestamp '2026-03-29 01:59:00', timestamp '2026-07-01 14:30:00')");
        statement.execute("insert into hr_import (id, imported_at, imported_by, sha256, rows_read, units_new,"
                + " units_changed, units_moved, units_merged, people_new, people_changed, people_moved, people_leaving,"
                + " managers_changed, approvals_handed_over, approvals_flagged) values (30,"
                + " timestamp '2026-07-01 14:30:00', 'admin', '" + "0".repeat(64) + "', 1, 0, 0, 0, 0, 0, 0, 0, 0, 0,"
                + " 0, 0)");
        statement.execute("insert into demo_seed (module, seeded_at) values ('instant-check',"
                + " timestamp '2026-12-01 14:30:00')");
    }

    /** The rows of {@link #writeRows}, migrated: each the moment its Stockholm wall clock names. */
    static void assertMoments(Connection connection) throws SQLException {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("select created_at from api_token where id = 10", "2026-03-29T00:59:00Z");
        // the repeated October hour: the first pass, in summer time (+02:00)
        expected.put("select expires_at from api_token where id = 10", "2026-10-25T00:30:00Z");
        expected.put("select last_used_at from api_token where id = 10", "2026-10-25T02:00:00Z");
        expected.put("select revoked_at from api_token where id = 10", null);
        expected.put("select created_at from mail_outbox where id = 20", "2026-10-25T00:30:00Z");
        expected.put("select next_attempt_at from mail_outbox where id = 20", "2026-10-25T00:30:00Z");
        expected.put("select sent_at from mail_outbox where id = 20", null);
        expected.put("select claimed_until from mail_outbox where id = 20", "2026-10-25T00:35:00Z");
        expected.put("select lease_until from job_lease where period_key = '2026-10-25T02'", "2026-10-25T00:45:00Z");
        expected.put("select started_at from job_lease where period_key = '2026-10-25T02'", "2026-10-25T00:30:00Z");
        // the skipped March hour: moved forward by the gap, 03:30 summer time
        expected.put("select lease_until from job_lease where period_key = '2026-03-29T01'", "2026-03-29T01:30:00Z");
        expected.put("select started_at from job_lease where period_key = '2026-03-29T01'", "2026-03-29T00:59:00Z");
        expected.put("select finished_at from job_lease where period_key = '2026-03-29T01'", "2026-07-01T12:30:00Z");
        expected.put("select imported_at from hr_import where id = 30", "2026-07-01T12:30:00Z");
        expected.put("select seeded_at from demo_seed where module = 'instant-check'", "2026-12-01T13:30:00Z");
        for (var moment : expected.entrySet()) {
            assertThat(instant(connection, moment.getKey()))
                    .as(moment.getKey())
                    .isEqualTo(moment.getValue() == null ? null : Instant.parse(moment.getValue()));
        }
    }
}
