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
