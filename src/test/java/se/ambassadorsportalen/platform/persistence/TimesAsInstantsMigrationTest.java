package se.ambassadorsportalen.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * A database written before the times became instants (at V93_1, wall-clock times in
 * Europe/Stockholm) is migrated on: a story and a press inquiry recorded in the repeated hour of
 * October and in the skipped hour of March keep their moments, by PortalTime's rule, in the real
 * tables (PostgreSQL: {@code InstantColumnsPostgresIT} checks the same conversion there).
 */
class TimesAsInstantsMigrationTest {

    @Test
    void storyAndPressTimesWrittenAsStockholmWallClockAreKeptAsTheirInstants() throws Exception {
        JdbcDataSource db = MigratedDatabases.migratedOn("instants", "93.1", TimesAsInstantsMigrationTest::writeRows);

        try (Connection connection = db.getConnection()) {
            assertMoments(connection);
        }
    }

    /** A story, its first event and two inquiries as the portal wrote them before V95: Stockholm wall clock. */
    static void writeRows(Statement statement) throws SQLException {
        statement.execute("insert into person (id, kind, first_name, last_name) values (1, 'EMPLOYEE', 'Eva', 'L')");
        statement.execute("insert into story (id, author_id, title, material_type, status, created_at, updated_at,"
                + " submitted_at) values (1, 1, 'Natten', 'STAFF_PORTRAIT', 'SUBMITTED',"
                + " timestamp '2026-10-25 02:30:00', timestamp '2026-10-25 03:00:00', null)");
        statement.execute("insert into story_event (id, story_id, actor_id, action, happened_at)"
                + " values (2, 1, 1, 'CREATED', timestamp '2026-10-25 02:30:00')");
        statement.execute("insert into press_inquiry (id, journalist, channel, question, deadline, received_at,"
                + " status) values (3, 'Tid Testsson', 'PHONE', 'Hur dags?', timestamp '2026-03-29 02:30:00',"
                + " timestamp '2026-03-29 01:59:00', 'NEW'), (4, 'Sommar', 'EMAIL', 'Och nu?',"
                + " timestamp '2026-07-01 14:30:00', timestamp '2026-07-01 12:00:00', 'NEW')");
    }

    /** The rows of {@link #writeRows}, migrated: each the moment its Stockholm wall clock names. */
    static void assertMoments(Connection connection) throws SQLException {
        // the repeated October hour: the first pass, in summer time (+02:00)
        assertThat(instant(connection, "select created_at from story where id = 1"))
                .isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
        assertThat(instant(connection, "select updated_at from story where id = 1"))
                .isEqualTo(Instant.parse("2026-10-25T02:00:00Z"));
        assertThat(instant(connection, "select submitted_at from story where id = 1"))
                .isNull();
        assertThat(instant(connection, "select happened_at from story_event where id = 2"))
                .isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
        // the skipped March hour: moved forward by the gap, 03:30 summer time
        assertThat(instant(connection, "select deadline from press_inquiry where id = 3"))
                .isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
        assertThat(instant(connection, "select received_at from press_inquiry where id = 3"))
                .isEqualTo(Instant.parse("2026-03-29T00:59:00Z"));
        assertThat(instant(connection, "select received_at from press_inquiry where id = 4"))
                .isEqualTo(Instant.parse("2026-07-01T10:00:00Z"));
    }

    static Instant instant(Connection connection, String sql) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql);
                ResultSet row = select.executeQuery()) {
            row.next();
            OffsetDateTime value = row.getObject(1, OffsetDateTime.class);
            return value == null ? null : value.toInstant();
        }
    }
}
