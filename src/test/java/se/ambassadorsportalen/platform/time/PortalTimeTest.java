package se.ambassadorsportalen.platform.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PortalTimeTest {

    @AfterEach
    void realClockAgain() {
        PortalTime.use(null, null);
    }

    @ParameterizedTest(name = "{0} is {1} in Stockholm")
    @CsvSource({
        // the night summer time starts: 02:00 CET jumps to 03:00 CEST
        "2026-03-29T00:59:00Z, 2026-03-29T01:59",
        "2026-03-29T01:00:00Z, 2026-03-29T03:00",
        "2026-03-29T12:00:00Z, 2026-03-29T14:00",
        // the night it ends: 03:00 CEST falls back to 02:00 CET, so 02:30 comes twice
        "2026-10-25T00:30:00Z, 2026-10-25T02:30",
        "2026-10-25T01:30:00Z, 2026-10-25T02:30",
        "2026-10-25T12:00:00Z, 2026-10-25T13:00",
        "2026-12-01T13:20:00Z, 2026-12-01T14:20"
    })
    void theServersUtcClockIsShownInStockholmTimeAcrossTheSummerTimeChanges(String utc, String stockholm) {
        PortalTime.use(Clock.fixed(Instant.parse(utc), ZoneOffset.UTC), null);

        assertThat(PortalTime.now()).isEqualTo(LocalDateTime.parse(stockholm));
        assertThat(PortalTime.local(Instant.parse(utc))).isEqualTo(LocalDateTime.parse(stockholm));
    }

    @ParameterizedTest(name = "{0} in Stockholm carries the offset {1}")
    @CsvSource({
        "2026-03-29T01:59, +01:00",
        "2026-03-29T03:00, +02:00",
        "2026-10-25T01:59, +02:00",
        "2026-10-25T03:00, +01:00"
    })
    void timesLeaveThePortalWithTheOffsetInForceThen(String local, String offset) {
        assertThat(PortalTime.withOffset(LocalDateTime.parse(local)).getOffset())
                .isEqualTo(ZoneOffset.of(offset));
        assertThat(PortalTime.local(PortalTime.instant(LocalDateTime.parse(local))))
                .isEqualTo(LocalDateTime.parse(local));
    }

    @ParameterizedTest(name = "a client''s \"{0}\" is {1} in the portal")
    @CsvSource({
        "2026-03-29T01:30:00Z, 2026-03-29T03:30",
        "2026-10-25T00:30:00Z, 2026-10-25T02:30",
        "2026-10-25T02:30:00+01:00, 2026-10-25T02:30",
        "2026-10-25T10:00, 2026-10-25T10:00"
    })
    void timesFromClientsAreReadIntoThePortalsZone(String sent, String local) {
        assertThat(PortalTime.parse(sent)).isEqualTo(LocalDateTime.parse(local));
    }

    @Test
    void todayChangesAtStockholmsMidnightNotUtcs() {
        PortalTime.use(Clock.fixed(Instant.parse("2026-10-24T22:30:00Z"), ZoneOffset.UTC), null);

        assertThat(PortalTime.today()).isEqualTo(LocalDate.of(2026, 10, 25));
    }

    @Test
    void aConfiguredZoneIsUsedAndAnUnknownOneFallsBackToStockholm() {
        assertThat(PortalTime.zoneOf("Europe/Helsinki")).isEqualTo(ZoneId.of("Europe/Helsinki"));
        assertThat(PortalTime.zoneOf("Mars/Olympus")).isEqualTo(ZoneId.of("Europe/Stockholm"));
        assertThat(PortalTime.zoneOf(" ")).isEqualTo(ZoneId.of("Europe/Stockholm"));
        assertThat(PortalTime.zone()).as("outside a server, without JNDI").isEqualTo(ZoneId.of("Europe/Stockholm"));
    }
}
