package se.ambassadorsportalen.recommendation.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimeAxisTest {

    @Test
    void datesArePlacedInProportionToTime() {
        assertThat(TimeAxis.position(LocalDate.of(2025, 1, 1))).isEqualTo(2025.0);
        assertThat(TimeAxis.position(LocalDate.of(2025, 7, 2))).isCloseTo(2025.5, within(0.002));
        assertThat(TimeAxis.position(LocalDate.of(2024, 12, 31))).isCloseTo(2024.997, within(0.001));
    }

    @Test
    void aDeadlineBeforeTheLastRoundIsPlacedBeforeIt() {
        double deadline2024 = TimeAxis.position(LocalDate.of(2024, 12, 31));
        double round2026 = TimeAxis.position(LocalDate.of(2026, 3, 15));

        assertThat(deadline2024).isLessThan(round2026);
        assertThat(round2026 - deadline2024)
                .as("more than a year apart on the axis too")
                .isGreaterThan(1.1);
    }

    @Test
    void theAxisRunsFromTheFirstWholeYearToTheYearAfterTheLast() {
        assertThat(TimeAxis.firstYear(LocalDate.of(2023, 9, 1))).isEqualTo(2023);
        assertThat(TimeAxis.lastYear(LocalDate.of(2026, 3, 15))).isEqualTo(2027);
        assertThat(TimeAxis.lastYear(LocalDate.of(2027, 1, 1))).isEqualTo(2027);
    }
}
