package se.ambassadorsportalen.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The same check of {@link InstantColumns} on H2 ({@code InstantColumnsTest}) and PostgreSQL
 * ({@code InstantColumnsPostgresIT}): a table of wall-clock times around both changes of summer
 * time, and more rows than one JDBC batch, converted to instants in a zone that is not the JVM's
 * nor the session's.
 */
final class InstantColumnsCheck {

    /** Wall-clock times in the portal's zone and the instants they must become there. */
    static final Map<LocalDateTime, Instant> STOCKHOLM = new LinkedHashMap<>();

    static {
        // March: 02:00-03:00 is skipped; a time in it moves forward by the gap (02:30 is 03:30 summer time)
        STOCKHOLM.put(LocalDateTime.parse("2026-03-29T01:59"), Instant.parse("2026-03-29T00:59:00Z"));
        STOCKHOLM.put(LocalDateTime.parse("2026-03-29T02:30"), Instant.parse("2026-03-29T01:30:00Z"));
        STOCKHOLM.put(LocalDateTime.parse("2026-03-29T03:00"), Instant.parse("2026-03-29T01:00:00Z"));
        // October: 02:00-03:00 comes twice; a stored time in it is the first pass, in summer time
        STOCKHOLM.put(LocalDateTime.parse("2026-10-25T01:59"), Instant.parse("2026-10-24T23:59:00Z"));
        STOCKHOLM.put(LocalDateTime.parse("2026-10-25T02:00"), Instant.parse("2026-10-25T00:00:00Z"));
        STOCKHOLM.put(LocalDateTime.parse("2026-10-25T02:30"), Instant.parse("2026-10-25T00:30:00Z"));
        STOCKHOLM.put(LocalDateTime.parse("2026-10-25T03:00"), Instant.parse("2026-10-25T02:00:00Z"));
        STOCKHOLM.put(LocalDateTime.parse("2026-12-01T14:30"), Instant.parse("2026-12-01T13:30:00Z"));
        STOCKHOLM.put(LocalDateTime.parse("2026-07-01T14:30"), Instant.parse("2026-07-01T12:30:00Z"));
    }

    private InstantColumnsCheck() {}

    /** Makes the table in the connection's current schema: {@code seen_at} not null and indexed, {@code maybe_at} nullable. */
    static void createTable(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("create table instant_check (id bigint primary key, seen_at timestamp not null,"
                    + " maybe_at timestamp)");
            statement.execute("create index instant_check_seen on instant_check (seen_at)");
        }
    }

    /** Writes the wall-clock times, each with a null and a set {@code maybe_at}, then {@code extra} more rows. */
    static void writeRows(Connection connection, int extra) throws SQLException {
        try (PreparedStatement insert =
                connection.prepareStatement("insert into instant_check (id, seen_at, maybe_at) values (?, ?, ?)")) {
            long id = 1;
            for (LocalDateTime wallClock : STOCKHOLM.keySet()) {
                insert.setLong(1, id++);
                insert.setObject(2, wallClock);
                insert.setObject(3, null);
                insert.addBatch();
                insert.setLong(1, id++);
                insert.setObject(2, wallClock);
                insert.setObject(3, wallClock);
                insert.addBatch();
            }
            LocalDateTime start = LocalDateTime.parse("2025-01-01T08:00");
            for (int i = 0; i < extra; i++) {
                insert.setLong(1, 1000 + i);
                insert.setObject(2, start.plusHours(7L * i));
                insert.setObject(3, start.plusHours(7L * i));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    static InstantColumns migration(ZoneId zone) {
        return new InstantColumns("1", "instant check", Map.of("instant_check", List.of("seen_at", "maybe_at")), zone);
    }

    /** Every known row became its instant; a null stayed null. */
    static void assertStockholmRows(Connection connection) throws SQLException {
        List<String> wrong = new ArrayList<>();
        long id = 1;
        for (var expected : STOCKHOLM.entrySet()) {
            Instant[] first = row(connection, id++);
            Instant[] second = row(connection, id++);
            if (!expected.getValue().equals(first[0]) || first[1] != null) {
                wrong.add(expected.getKey() + " became " + first[0] + ", " + first[1]);
            }
            if (!expected.getValue().equals(second[0]) || !expected.getValue().equals(second[1])) {
                wrong.add(expected.getKey() + " became " + second[0] + ", " + second[1]);
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** The extra rows: each the instant of its wall-clock time in the zone. */
    static void assertExtraRows(Connection connection, int extra, ZoneId zone) throws SQLException {
        LocalDateTime start = LocalDateTime.parse("2025-01-01T08:00");
        int checked = 0;
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(
                        "select id, seen_at, maybe_at from instant_check where id >= 1000 order by id")) {
            while (row.next()) {
                LocalDateTime wallClock = start.plusHours(7L * (row.getLong(1) - 1000));
                Instant expected = wallClock.atZone(zone).toInstant();
                assertThat(row.getObject(2, OffsetDateTime.class).toInstant())
                        .as(wallClock.toString())
                        .isEqualTo(expected);
                assertThat(row.getObject(3, OffsetDateTime.class).toInstant())
                        .as(wallClock.toString())
                        .isEqualTo(expected);
                checked++;
            }
        }
        assertThat(checked).isEqualTo(extra);
    }

    static Instant[] row(Connection connection, long id) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("select seen_at, maybe_at from instant_check where id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                OffsetDateTime seen = row.getObject(1, OffsetDateTime.class);
                OffsetDateTime maybe = row.getObject(2, OffsetDateTime.class);
                return new Instant[] {seen.toInstant(), maybe == null ? null : maybe.toInstant()};
            }
        }
    }

    /** The column's type and nullability as the information schema names them, e.g. "timestamp with time zone NO". */
    static String column(Connection connection, String schema, String column) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select data_type, is_nullable from information_schema.columns where lower(table_schema) = ?"
                        + " and lower(table_name) = 'instant_check' and lower(column_name) = ?")) {
            select.setString(1, schema.toLowerCase());
            select.setString(2, column);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getString(1).toLowerCase() + " " + row.getString(2);
            }
        }
    }
}
