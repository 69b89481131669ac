package se.ambassadorsportalen.ambassador.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.ambassador.boundary.Trainings.CompletionRow;

/** The training overview shows the day a module was completed on Stockholm's calendar, in summer and winter time. */
class TrainingsCompletionRowTest {

    private static CompletionRow completedAt(String instant) {
        return new CompletionRow(1L, "Eva Lind", "Grunder", Instant.parse(instant));
    }

    @Test
    void aModuleCompletedJustAfterMidnightInSummerTimeCountsForTheNewDay() {
        // 00:30 on 1 July in Stockholm (+02:00), still 30 June in UTC
        assertThat(completedAt("2026-06-30T22:30:00Z").completedOn()).isEqualTo(LocalDate.of(2026, 7, 1));
        // 23:30 on 30 June in Stockholm
        assertThat(completedAt("2026-06-30T21:30:00Z").completedOn()).isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    void aModuleCompletedJustAfterMidnightInWinterTimeCountsForTheNewDay() {
        // 00:30 on New Year's Day in Stockholm (+01:00), still New Year's Eve in UTC
        assertThat(completedAt("2026-12-31T23:30:00Z").completedOn()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(completedAt("2026-12-31T22:30:00Z").completedOn()).isEqualTo(LocalDate.of(2026, 12, 31));
    }
}
