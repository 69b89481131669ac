package se.ambassadorsportalen.recommendation.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A duplicate upload names when the file was first imported, on Stockholm's wall clock in summer and winter time. */
class SurveyRoundsImportedWhenTest {

    @Test
    void aFileImportedInSummerTimeIsNamedWithStockholmsSummerWallClock() {
        assertThat(SurveyRounds.importedWhen(Instant.parse("2026-07-01T12:30:00Z")))
                .isEqualTo("2026-07-01 14:30");
        // just after midnight in Stockholm is already the next day
        assertThat(SurveyRounds.importedWhen(Instant.parse("2026-06-30T22:15:00Z")))
                .isEqualTo("2026-07-01 00:15");
    }

    @Test
    void aFileImportedInWinterTimeIsNamedWithStockholmsWinterWallClock() {
        assertThat(SurveyRounds.importedWhen(Instant.parse("2026-12-01T13:30:00Z")))
                .isEqualTo("2026-12-01 14:30");
    }

    @Test
    void theNightsTheClocksChangeNameTheTimeTheWallClockShowed() {
        // 29 March: 01:59 winter time is followed by 03:00 summer time
        assertThat(SurveyRounds.importedWhen(Instant.parse("2026-03-29T00:59:00Z")))
                .isEqualTo("2026-03-29 01:59");
        assertThat(SurveyRounds.importedWhen(Instant.parse("2026-03-29T01:00:00Z")))
                .isEqualTo("2026-03-29 03:00");
        // 25 October: 02:30 happens twice, an hour apart
        assertThat(SurveyRounds.importedWhen(Instant.parse("2026-10-25T00:30:00Z")))
                .isEqualTo("2026-10-25 02:30");
        assertThat(SurveyRounds.importedWhen(Instant.parse("2026-10-25T01:30:00Z")))
                .isEqualTo("2026-10-25 02:30");
    }
}
