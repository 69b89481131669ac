package se.ambassadorsportalen.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ambassadorsportalen.platform.persistence.InstantColumnsCheck.STOCKHOLM;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.api.migration.JavaMigration;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.platform.time.PortalTime;

/** The migration of wall-clock columns to instants, on H2 (PostgreSQL: {@code InstantColumnsPostgresIT}). */
class InstantColumnsTest {

    private static final int EXTRA = InstantColumns.BATCH * 2 + 17;

    private static Connection h2() throws SQLException {
        return DriverManager.getConnection(
                "jdbc:h2:mem:instants-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    @Test
    void wallClockTimesAroundBothSummerTimeChangesBecomeTheInstantsPortalTimeNamesOnH2() throws SQLException {
        try (Connection connection = h2()) {
            InstantColumnsCheck.createTable(connection);
            InstantColumnsCheck.writeRows(connection, EXTRA);

            InstantColumnsCheck.migration(ZoneId.of("Europe/Stockholm")).convert(connection);

            InstantColumnsCheck.assertStockholmRows(connection);
            InstantColumnsCheck.assertExtraRows(connection, EXTRA, ZoneId.of("Europe/Stockholm"));
            assertThat(InstantColumnsCheck.column(connection, "public", "seen_at"))
                    .isEqualTo("timestamp with time zone NO");
            assertThat(InstantColumnsCheck.column(connection, "public", "maybe_at"))
                    .isEqualTo("timestamp with time zone YES");
        }
    }

    @Test
    void theConfiguredZoneDecidesNotTheJvmsOnH2() throws SQLException {
        ZoneId newYork = ZoneId.of("America/New_York");
        try (Connection connection = h2()) {
            InstantColumnsCheck.createTable(connection);
            InstantColumnsCheck.writeRows(connection, 50);

            InstantColumnsCheck.migration(newYork).convert(connection);

            // on 29 March New York is already on daylight time (-04:00); Stockholm would say +02:00
            assertThat(InstantColumnsCheck.row(connection, 1)[0])
                    .isEqualTo(LocalDateTime.parse("2026-03-29T01:59")
                            .atOffset(ZoneOffset.ofHours(-4))
                            .toInstant());
            InstantColumnsCheck.assertExtraRows(connection, 50, newYork);
        }
    }

    @Test
    void programmeFollowUpAndRecommendationTimesWrittenAsStockholmWallClockBecomeTheirInstants() throws SQLException {
        JdbcDataSource db =
                MigratedDatabases.migratedOn("programme-instants", "93.1", InstantColumnsTest::writeProgrammeRows);

        try (Connection connection = db.getConnection()) {
            assertProgrammeMoments(connection);
        }
    }

    /**
     * A row in each table of the ambassador programme, the channel follow-up and the recommendation
     * imports as the portal wrote them before V98: Stockholm wall clock, in summer and winter time and
     * in both nights the clocks change (also written on PostgreSQL by {@code InstantColumnsPostgresIT}).
     */
    static void writeProgrammeRows(Statement statement) throws SQLException {
        statement.execute("insert into person (id, kind, first_name, last_name) values (101, 'EMPLOYEE', 'Omar', 'H')");
        // applied in summer time, decided in the repeated October hour, left in the skipped March hour
        statement.execute("insert into ambassador (id, person_id, status, applied_at, decided_at, endorsed_at,"
                + " left_at) values (102, 101, 'ACTIVE', timestamp '2026-07-01 14:30:00',"
                + " timestamp '2026-10-25 02:30:00', null, timestamp '2026-03-29 02:30:00')");
        statement.execute("insert into ambassador_invitation (id, ambassador_id, invitee_id, sent_at)"
                + " values (103, 102, 101, timestamp '2026-10-25 01:59:00')");
        statement.execute("insert into training_module (id, title, content, purposes)"
                + " values (104, 'Grunder', 'Text', 'AMBASSADOR')");
        statement.execute("insert into training_completion (id, ambassador_id, module_id, completed_at)"
                + " values (105, 102, 104, timestamp '2026-12-01 14:30:00')");
        statement.execute("insert into relay_week (id, iso_week, starts_on, confirmed_id, confirmed_at)"
                + " values (106, '2026-W27', date '2026-06-29', 102, timestamp '2026-06-29 00:30:00')");
        statement.execute("insert into relay_request (id, week_id, ambassador_id, status, requested_at)"
                + " values (107, 106, 102, 'CONFIRMED', timestamp '2026-06-01 09:00:00')");
        statement.execute("insert into fup_channel_period (id, channel_code, period_start, source, updated_by,"
                + " updated_at) values (108, 'LINKEDIN', date '2026-06-01', 'FORM', 'klara',"
                + " timestamp '2026-07-01 14:30:00')");
        statement.execute("insert into fup_reminder (id, channel_code, period_start, recipient, sent_at)"
                + " values (109, 'LINKEDIN', date '2026-06-01', 'agare@example.se', timestamp '2026-12-01 07:00:00')");
        statement.execute("insert into rec_survey_round (id, name, held_on, scale, recommends_from)"
                + " values (110, 'Våren', date '2026-05-01', 'YES_NO', 1)");
        statement.execute("insert into rec_survey_import (id, round_id, file_name, sha256, row_count,"
                + " answer_count, recommender_count, imported_at, imported_by)"
                + " values (111, 110, 'svar.csv', 'abc', 1, 1, 1, timestamp '2026-10-25 03:00:00', 'hanna')");
        statement.execute("insert into rec_brand_measurement (id, goal_number, target_group, subject,"
                + " measured_on, share, respondents, file_name, imported_by, imported_at) values (112, 1,"
                + " 'STUDENTS', 'CLOSE', date '2026-06-01', 0.5, 100, 'matning.csv', 'hanna',"
                + " timestamp '2026-03-29 01:59:00')");
    }

    /** The rows of {@link #writeProgrammeRows}, migrated: each the moment its Stockholm wall clock names. */
    static void assertProgrammeMoments(Connection connection) throws SQLException {
        assertThat(moments(connection, "select applied_at, decided_at, endorsed_at, left_at from ambassador"))
                .containsExactly(
                        Instant.parse("2026-07-01T12:30:00Z"),
                        Instant.parse("2026-10-25T00:30:00Z"),
                        null,
                        Instant.parse("2026-03-29T01:30:00Z"));
        assertThat(moments(connection, "select sent_at from ambassador_invitation"))
                .containsExactly(Instant.parse("2026-10-24T23:59:00Z"));
        assertThat(moments(connection, "select completed_at from training_completion"))
                .containsExactly(Instant.parse("2026-12-01T13:30:00Z"));
        assertThat(moments(connection, "select confirmed_at, guideline_confirmed_at, handed_over_at from relay_week"))
                .containsExactly(Instant.parse("2026-06-28T22:30:00Z"), null, null);
        assertThat(moments(connection, "select requested_at from relay_request"))
                .containsExactly(Instant.parse("2026-06-01T07:00:00Z"));
        assertThat(moments(connection, "select updated_at from fup_channel_period"))
                .containsExactly(Instant.parse("2026-07-01T12:30:00Z"));
        assertThat(moments(connection, "select sent_at from fup_reminder"))
                .containsExactly(Instant.parse("2026-12-01T06:00:00Z"));
        assertThat(moments(connection, "select imported_at from rec_survey_import"))
                .containsExactly(Instant.parse("2026-10-25T02:00:00Z"));
        assertThat(moments(connection, "select imported_at from rec_brand_measurement"))
                .containsExactly(Instant.parse("2026-03-29T00:59:00Z"));
        for (String table : List.of(
                "ambassador",
                "ambassador_invitation",
                "training_completion",
                "relay_week",
                "relay_request",
                "fup_channel_period",
                "fup_reminder",
                "rec_survey_import",
                "rec_brand_measurement")) {
            assertThat(wallClockColumns(connection, table)).as(table).isEmpty();
        }
    }

    /** The table's columns that still keep a wall-clock TIMESTAMP without a zone; the table must be there. */
    private static List<String> wallClockColumns(Connection connection, String table) throws SQLException {
        List<String> wallClock = new ArrayList<>();
        int instants = 0;
        try (PreparedStatement select = connection.prepareStatement("select column_name, lower(data_type) from"
                + " information_schema.columns where lower(table_schema) = lower(current_schema)"
                + " and lower(table_name) = ?")) {
            select.setString(1, table);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    String type = row.getString(2);
                    if (type.equals("timestamp") || type.equals("timestamp without time zone")) {
                        wallClock.add(row.getString(1));
                    } else if (type.equals("timestamp with time zone")) {
                        instants++;
                    }
                }
            }
        }
        assertThat(instants).as(table + " keeps its moments as instants").isPositive();
        return wallClock;
    }

    @Test
    void everyWallClockMinuteOfBothNightsMapsToTheInstantPortalTimeTakesForIt() {
        ZoneId stockholm = ZoneId.of("Europe/Stockholm");
        for (LocalDateTime night :
                new LocalDateTime[] {LocalDateTime.parse("2026-03-29T00:00"), LocalDateTime.parse("2026-10-25T00:00")
                }) {
            for (int minute = 0; minute < 6 * 60; minute++) {
                LocalDateTime wallClock = night.plusMinutes(minute);
                Instant migrated =
                        InstantColumns.instantOf(wallClock, stockholm).toInstant();
                assertThat(migrated).as(wallClock.toString()).isEqualTo(PortalTime.instant(wallClock));
                assertThat(PortalTime.local(migrated))
                        .as("shown again as typed, but for the skipped hour: " + wallClock)
                        .isEqualTo(PortalTime.wallClock(wallClock));
            }
        }
        STOCKHOLM.forEach((wallClock, instant) -> assertThat(
                        InstantColumns.instantOf(wallClock, stockholm).toInstant())
                .isEqualTo(instant));
    }

    @Test
    void tablesKeyedByOtherColumnsThanIdAreRewrittenRowByRowByTheirKey() throws SQLException {
        ZoneId stockholm = ZoneId.of("Europe/Stockholm");
        List<LocalDateTime> times = new ArrayList<>(STOCKHOLM.keySet());
        try (Connection connection = h2()) {
            try (Statement statement = connection.createStatement()) {
                // as job_lease (job and period) and demo_seed (module)
                statement.execute("create table lease_check (job varchar(40) not null, period varchar(40) not null,"
                        + " until_at timestamp not null, done_at timestamp, primary key (job, period))");
                statement.execute(
                        "create table seed_check (module varchar(40) primary key, seeded_at timestamp not null)");
            }
            try (PreparedStatement lease = connection.prepareStatement("insert into lease_check values (?, ?, ?, ?)");
                    PreparedStatement seed = connection.prepareStatement("insert into seed_check values (?, ?)")) {
                for (int i = 0; i < times.size(); i++) {
                    // each job in several periods and each period of several jobs: only the pair is a row
                    lease.setString(1, "job-" + i % 3);
                    lease.setString(2, "period-" + i / 3);
                    lease.setObject(3, times.get(i));
                    lease.setObject(4, i % 2 == 0 ? null : times.get(i));
                    lease.addBatch();
                    seed.setString(1, "module-" + i);
                    seed.setObject(2, times.get(i));
                    seed.addBatch();
                }
                lease.executeBatch();
                seed.executeBatch();
            }
            Map<String, List<String>> columns = new LinkedHashMap<>();
            columns.put("lease_check", List.of("until_at", "done_at"));
            columns.put("seed_check", List.of("seeded_at"));

            new InstantColumns(
                            "1",
                            "keys check",
                            columns,
                            Map.of("lease_check", List.of("job", "period"), "seed_check", List.of("module")),
                            stockholm)
                    .convert(connection);

            for (int i = 0; i < times.size(); i++) {
                Instant expected = STOCKHOLM.get(times.get(i));
                assertThat(moments(
                                connection,
                                "select until_at, done_at from lease_check where job = 'job-" + i % 3
                                        + "' and period = 'period-" + i / 3 + "'"))
                        .as(times.get(i).toString())
                        .containsExactly(expected, i % 2 == 0 ? null : expected);
                assertThat(moments(connection, "select seeded_at from seed_check where module = 'module-" + i + "'"))
                        .as(times.get(i).toString())
                        .containsExactly(expected);
            }
        }
    }

    @Test
    void theMigrationsOfTablesKeyedByIdKeepTheChecksumsFlywayRecordedBeforeKeysCouldBeNamed() {
        JavaMigration[] all = InstantColumns.all(ZoneId.of("Europe/Stockholm"));

        // as Flyway recorded V95_1..V95_5 in every database migrated before: a change fails its validation
        assertThat(Arrays.stream(all).limit(5).map(JavaMigration::getChecksum))
                .containsExactly(-1345490202, 377828197, -1507501357, -839487616, 1944636942);
    }

    /** The row's moments as instants (null for none). */
    private static Instant[] moments(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            assertThat(row.next()).as(sql).isTrue();
            Instant[] moments = new Instant[row.getMetaData().getColumnCount()];
            for (int i = 0; i < moments.length; i++) {
                OffsetDateTime value = row.getObject(i + 1, OffsetDateTime.class);
                moments[i] = value == null ? null : value.toInstant();
            }
            return moments;
        }
    }
}
