package se.ambassadorsportalen.followup.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.followup.entity.ChannelPeriod;

/** The API says when a period's figures were last changed as ISO-8601 with the offset Stockholm had then. */
class FiguresJsonTest {

    private static String updatedAt(String instant) {
        ChannelPeriod period = new ChannelPeriod("LINKEDIN", LocalDate.of(2026, 6, 1));
        period.enter(6700, 150, 5.0, 20, ChannelPeriod.Source.FORM, "klara", Instant.parse(instant));
        return FollowupResource.FiguresJson.of(period).updatedAt();
    }

    @Test
    void figuresEnteredInSummerTimeShowStockholmsWallClockWithPlusTwo() {
        String sent = updatedAt("2026-07-01T12:30:00Z");
        assertThat(sent).isEqualTo("2026-07-01T14:30:00+02:00");
        assertThat(OffsetDateTime.parse(sent).toInstant()).isEqualTo(Instant.parse("2026-07-01T12:30:00Z"));
    }

    @Test
    void figuresEnteredInWinterTimeShowStockholmsWallClockWithPlusOne() {
        assertThat(updatedAt("2026-12-01T13:30:00Z")).isEqualTo("2026-12-01T14:30:00+01:00");
    }

    @Test
    void figuresEnteredInTheSecondPassOfOctobersRepeatedHourKeepTheirOwnOffset() {
        // 02:30 comes twice on 25 October: first at +02:00 (00:30 UTC), then at +01:00 (01:30 UTC)
        assertThat(updatedAt("2026-10-25T00:30:00Z")).isEqualTo("2026-10-25T02:30:00+02:00");
        assertThat(updatedAt("2026-10-25T01:30:00Z")).isEqualTo("2026-10-25T02:30:00+01:00");
    }
}
