package se.ambassadorsportalen.platform.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
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
        // the night it ends: 03:00 CEST falls back to 02:00 CET, so 02:30 comes twice (the second
        // pass is shown as it is, but stored by the rule: see the tests of the October overlap)
        "2026-10-25T00:30:00Z, 2026-10-25T02:30",
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
        // the second pass of the repeated hour is stored as its end (the storage rule)
        "2026-10-25T02:30:00+01:00, 2026-10-25T03:00",
        "2026-10-25T10:00, 2026-10-25T10:00",
        // a wall-clock time in the hour skipped in March is moved forward by the gap
        "2026-03-29T02:30, 2026-03-29T03:30"
    })
    void timesFromClientsAreReadIntoThePortalsZone(String sent, String local) {
        assertThat(PortalTime.parse(sent)).isEqualTo(LocalDateTime.parse(local));
    }

    @ParameterizedTest(name = "\"{0}\" is refused as unreadable")
    @CsvSource({
        "+999999999-12-31T23:59:59Z",
        "+999999999-12-31T23:59",
        "-999999999-01-01T00:00:00+18:00",
        "0000-01-01T00:00",
        "0001-01-01T00:00:00Z",
        "1899-12-31T23:59",
        "+10000-01-01T00:00",
    })
    void timesOutsideThePortalsYearsAreRefusedAsUnreadableNeverOverflowing(String sent) {
        assertThatThrownBy(() -> PortalTime.parse(sent)).isInstanceOf(DateTimeParseException.class);
    }

    @ParameterizedTest(name = "\"{0}\" is refused as unreadable")
    @CsvSource({"+999999999-12-31", "-999999999-01-01", "0000-01-01", "1899-12-31", "+10000-01-01", "2026-13-01", "' '"
    })
    void datesOutsideThePortalsYearsAreRefusedAsUnreadable(String sent) {
        assertThatThrownBy(() -> PortalTime.parseDate(sent)).isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void datesAndTimesAtTheEdgesOfThePortalsYearsAreRead() {
        assertThat(PortalTime.parseDate(" 1900-01-01 ")).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(PortalTime.parseDate("9999-12-31").plusWeeks(8))
                .as("weeks can still be added")
                .isEqualTo(LocalDate.of(10000, 2, 25));
        assertThat(PortalTime.parseDate(null)).isNull();
        assertThat(PortalTime.parse("9999-12-31T23:30:00Z")).isEqualTo(LocalDateTime.parse("+10000-01-01T00:30"));
        assertThat(PortalTime.parse("1900-01-01T00:00")).isEqualTo(LocalDateTime.parse("1900-01-01T00:00"));
    }

    @Test
    void theSecondPassOfTheRepeatedOctoberHourIsShownAsItIsButStoredAsTheEndOfThatHour() {
        Instant secondPass = Instant.parse("2026-10-25T01:30:00Z"); // 02:30 CET, after the clocks went back
        PortalTime.use(Clock.fixed(secondPass, ZoneOffset.UTC), null);

        assertThat(PortalTime.local(secondPass)).isEqualTo(LocalDateTime.parse("2026-10-25T02:30"));
        assertThat(PortalTime.now()).isEqualTo(LocalDateTime.parse("2026-10-25T03:00"));
        assertThat(PortalTime.instant(PortalTime.now())).isEqualTo(Instant.parse("2026-10-25T02:00:00Z"));
        assertThat(PortalTime.now(Clock.fixed(secondPass, ZoneId.of("Europe/Stockholm"))))
                .as("code with a clock of its own (job leases, the mail outbox) keeps the same rule")
                .isEqualTo(LocalDateTime.parse("2026-10-25T03:00"));
    }

    /**
     * Every minute from 23:00 UTC the evening before to 03:00 UTC of the day, in order, with the
     * wall-clock time the portal records for it as "now".
     */
    private static Map<Instant, LocalDateTime> recordedAround(String day) {
        Map<Instant, LocalDateTime> recorded = new LinkedHashMap<>();
        Stream.iterate(Instant.parse(day + "T23:00:00Z").minus(Duration.ofDays(1)), m -> m.plus(Duration.ofMinutes(1)))
                .limit(4 * 60 + 1)
                .forEach(moment -> {
                    PortalTime.use(Clock.fixed(moment, ZoneOffset.UTC), null);
                    recorded.put(moment, PortalTime.now());
                });
        return recorded;
    }

    @Test
    void octoberOverlapEveryRecordedTimeNamesOneInstantNeverBeforeTheMomentAndAtMostAnHourAfter() {
        var recorded = recordedAround("2026-10-25");

        assertThat(List.copyOf(recorded.values())).as("recorded in order").isSorted();
        recorded.forEach((moment, time) -> {
            Instant meant = PortalTime.instant(time);
            assertThat(meant).as(moment + " recorded as " + time).isAfterOrEqualTo(moment);
            assertThat(Duration.between(moment, meant))
                    .as(moment + " recorded as " + time)
                    .isLessThanOrEqualTo(Duration.ofHours(1));
            assertThat(PortalTime.stored(meant))
                    .as("the stored time and its instant name each other: " + time)
                    .isEqualTo(time);
        });
    }

    @Test
    void octoberOverlapTheFirstPassIsStoredExactlyAndTheSecondHoldsAtThree() {
        PortalTime.use(Clock.fixed(Instant.parse("2026-10-25T00:59:00Z"), ZoneOffset.UTC), null);
        assertThat(PortalTime.now()).as("02:59 summer time").isEqualTo(LocalDateTime.parse("2026-10-25T02:59"));
        assertThat(PortalTime.instant(PortalTime.now())).isEqualTo(Instant.parse("2026-10-25T00:59:00Z"));

        PortalTime.use(Clock.fixed(Instant.parse("2026-10-25T01:00:00Z"), ZoneOffset.UTC), null);
        assertThat(PortalTime.now())
                .as("02:00 standard time, the hour again")
                .isEqualTo(LocalDateTime.parse("2026-10-25T03:00"));

        PortalTime.use(Clock.fixed(Instant.parse("2026-10-25T02:00:00Z"), ZoneOffset.UTC), null);
        assertThat(PortalTime.now()).as("03:00 standard time").isEqualTo(LocalDateTime.parse("2026-10-25T03:00"));

        PortalTime.use(Clock.fixed(Instant.parse("2026-10-25T02:01:00Z"), ZoneOffset.UTC), null);
        assertThat(PortalTime.now()).isEqualTo(LocalDateTime.parse("2026-10-25T03:01"));
    }

    @Test
    void marchGapNoRecordedTimeFallsInTheSkippedHourAndEachNamesItsMomentExactly() {
        var recorded = recordedAround("2026-03-29");

        assertThat(List.copyOf(recorded.values()))
                .as("recorded in order, none twice")
                .isSorted()
                .doesNotHaveDuplicates();
        assertThat(List.copyOf(recorded.values()))
                .as("nothing between 02:00 and 03:00 on the day summer time starts")
                .noneMatch(time -> time.toLocalDate().equals(LocalDate.of(2026, 3, 29)) && time.getHour() == 2);
        recorded.forEach((moment, time) -> assertThat(PortalTime.instant(time))
                .as(moment + " recorded as " + time)
                .isEqualTo(moment));
    }

    @ParameterizedTest(name = "typed {0} is stored as {1}")
    @CsvSource({
        "2026-03-29T01:59, 2026-03-29T01:59",
        "2026-03-29T02:00, 2026-03-29T03:00",
        "2026-03-29T02:30, 2026-03-29T03:30",
        "2026-03-29T03:00, 2026-03-29T03:00",
        // a typed time in the repeated hour stays as typed and means its first pass
        "2026-10-25T02:30, 2026-10-25T02:30"
    })
    void marchGapATypedTimeThatDoesNotExistIsMovedForwardByTheGap(String typed, String stored) {
        LocalDateTime wallClock = PortalTime.wallClock(LocalDateTime.parse(typed));

        assertThat(wallClock).isEqualTo(LocalDateTime.parse(stored));
        assertThat(PortalTime.local(PortalTime.instant(wallClock)))
                .as("the stored time is one the clocks showed")
                .isEqualTo(wallClock);
        assertThat(PortalTime.wallClock(null)).isNull();
    }

    @Test
    void octoberOverlapATypedTimeInTheRepeatedHourMeansTheFirstPassInSummerTime() {
        assertThat(PortalTime.instant(LocalDateTime.parse("2026-10-25T02:30")))
                .isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
        assertThat(PortalTime.withOffset(LocalDateTime.parse("2026-10-25T02:30"))
                        .getOffset())
                .isEqualTo(ZoneOffset.ofHours(2));
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

    // ----- instants: the columns that record a moment keep it without a rule ----------------------

    @Test
    void bothPassesOfTheRepeatedOctoberHourAreRecordedAsTheMomentsTheyAreAndShownWithTheirOwnOffsets() {
        Instant firstPass = Instant.parse("2026-10-25T00:30:00Z");
        Instant secondPass = Instant.parse("2026-10-25T01:30:00Z");
        PortalTime.use(Clock.fixed(secondPass, ZoneOffset.UTC), null);

        assertThat(PortalTime.moment()).isEqualTo(secondPass);
        assertThat(PortalTime.local(firstPass)).isEqualTo(LocalDateTime.parse("2026-10-25T02:30"));
        assertThat(PortalTime.local(secondPass)).isEqualTo(LocalDateTime.parse("2026-10-25T02:30"));
        assertThat(PortalTime.iso(firstPass)).isEqualTo("2026-10-25T02:30:00+02:00");
        assertThat(PortalTime.iso(secondPass)).isEqualTo("2026-10-25T02:30:00+01:00");
        assertThat(PortalTime.parseInstant(PortalTime.iso(secondPass))).isEqualTo(secondPass);
    }

    @Test
    void everyMomentOfBothNightsGoesOutWithItsOffsetAndComesBackAsTheSameMoment() {
        for (Instant night :
                new Instant[] {Instant.parse("2026-03-28T23:00:00Z"), Instant.parse("2026-10-24T22:00:00Z")}) {
            for (int minute = 0; minute < 6 * 60; minute++) {
                Instant moment = night.plusSeconds(60L * minute);
                String sent = PortalTime.iso(moment);
                assertThat(PortalTime.parseInstant(sent)).as(sent).isEqualTo(moment);
                assertThat(PortalTime.withOffset(moment).getOffset())
                        .as(sent)
                        .isEqualTo(ZoneId.of("Europe/Stockholm").getRules().getOffset(moment));
            }
        }
    }

    @ParameterizedTest
    @CsvSource({
        "2026-03-29T02:30, 2026-03-29T01:30:00Z", // the skipped hour: moved forward by the gap, 03:30 summer time
        "2026-03-29T03:00, 2026-03-29T01:00:00Z",
        "2026-10-25T02:30, 2026-10-25T00:30:00Z", // the repeated hour: the first pass, summer time
        "2026-10-25T03:00, 2026-10-25T02:00:00Z",
        "2026-12-01T14:30, 2026-12-01T13:30:00Z"
    })
    void aTypedWallClockTimeBecomesTheInstantOfTheStorageRule(String typed, String instant) {
        assertThat(PortalTime.typed(LocalDateTime.parse(typed))).isEqualTo(Instant.parse(instant));
        assertThat(PortalTime.parseInstant(typed)).isEqualTo(Instant.parse(instant));
        assertThat(PortalTime.parseInstant(" " + instant + " ")).isEqualTo(Instant.parse(instant));
    }

    @Test
    void instantsFromClientsOutsideThePortalsYearsAreRefusedAndBlankIsNone() {
        assertThatThrownBy(() -> PortalTime.parseInstant("0000-01-01T00:00:00Z"))
                .isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> PortalTime.parseInstant("+999999999-12-31T23:59"))
                .isInstanceOf(DateTimeParseException.class);
        assertThat(PortalTime.parseInstant(" ")).isNull();
        assertThat(PortalTime.typed(null)).isNull();
        assertThat(PortalTime.local(null)).isNull();
        assertThat(PortalTime.iso(null)).isNull();
    }
}
