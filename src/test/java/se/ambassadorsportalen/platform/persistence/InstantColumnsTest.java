package se.ambassadorsportalen.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ambassadorsportalen.platform.persistence.InstantColumnsCheck.STOCKHOLM;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
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
}
