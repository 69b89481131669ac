package se.ambassadorsportalen.followup.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CycleTest {

    private final Cycle cycle = new Cycle(LocalDate.of(2024, 1, 1));

    @Test
    void everyDayBelongsToTheFourWeekPeriodThatHoldsIt() {
        assertThat(cycle.periodOf(LocalDate.of(2024, 1, 1)))
                .isEqualTo(new Cycle.Period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 28)));
        assertThat(cycle.periodOf(LocalDate.of(2024, 1, 28)).start()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(cycle.periodOf(LocalDate.of(2024, 1, 29)).start()).isEqualTo(LocalDate.of(2024, 1, 29));
    }

    @Test
    void daysBeforeTheFirstPeriodFallInEarlierPeriodsOfTheSameGrid() {
        assertThat(cycle.periodOf(LocalDate.of(2023, 12, 31)).start()).isEqualTo(LocalDate.of(2023, 12, 4));
    }

    @Test
    void periodsAlwaysStartOnTheSameWeekday() {
        for (int day = 0; day < 800; day += 13) {
            assertThat(cycle.periodOf(LocalDate.of(2025, 1, 1).plusDays(day))
                            .start()
                            .getDayOfWeek())
                    .isEqualTo(java.time.DayOfWeek.MONDAY);
        }
    }

    @Test
    void theLastClosedPeriodIsTheOneBeforeTodaysPeriod() {
        assertThat(cycle.lastClosed(LocalDate.of(2024, 2, 5)).start()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(cycle.lastClosed(LocalDate.of(2024, 1, 29)).end()).isEqualTo(LocalDate.of(2024, 1, 28));
    }

    @Test
    void thirteenPeriodsEndWithTheGivenOneOldestFirst() {
        List<Cycle.Period> periods = cycle.upTo(cycle.periodOf(LocalDate.of(2025, 6, 1)), 13);
        assertThat(periods).hasSize(13);
        assertThat(periods.get(12)).isEqualTo(cycle.periodOf(LocalDate.of(2025, 6, 1)));
        assertThat(periods.get(0).start()).isEqualTo(periods.get(12).start().minusDays(12 * 28));
    }
}
