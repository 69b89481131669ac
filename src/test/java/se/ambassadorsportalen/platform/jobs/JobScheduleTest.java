package se.ambassadorsportalen.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class JobScheduleTest {

    private static final JobSchedule NIGHTLY = JobSchedule.daily(LocalTime.of(3, 15));
    private static final JobSchedule FIVE_MINUTES = JobSchedule.every(Duration.ofMinutes(5));

    @Test
    void dailyJobIsDueForTodayFromItsTimeOn() {
        LocalDateTime at = LocalDateTime.of(2026, 12, 1, 3, 15);

        assertThat(NIGHTLY.periodKey(at)).isEqualTo("2026-12-01");
        assertThat(NIGHTLY.lastDue(at.plusHours(10))).isEqualTo(at);
    }

    @Test
    void beforeItsTimeADailyJobIsStillDueForYesterdaySoANightEveryNodeMissedIsMadeUp() {
        LocalDateTime earlyMorning = LocalDateTime.of(2026, 12, 1, 2, 0);

        assertThat(NIGHTLY.periodKey(earlyMorning)).isEqualTo("2026-11-30");
        assertThat(NIGHTLY.lastDue(earlyMorning)).isEqualTo(LocalDateTime.of(2026, 11, 30, 3, 15));
    }

    @Test
    void repeatingJobHasOnePeriodPerSlotWhicheverMinuteOfTheSlotANodeLooks() {
        LocalDateTime slot = LocalDateTime.of(2026, 12, 1, 9, 5);

        assertThat(FIVE_MINUTES.periodKey(slot)).isEqualTo("2026-12-01T09:05");
        assertThat(FIVE_MINUTES.periodKey(slot.plusMinutes(4).plusSeconds(59))).isEqualTo("2026-12-01T09:05");
        assertThat(FIVE_MINUTES.periodKey(slot.plusMinutes(5))).isEqualTo("2026-12-01T09:10");
    }

    @Test
    void intervalsShorterThanTheRunnersMinuteAreRefused() {
        assertThatThrownBy(() -> JobSchedule.every(Duration.ofSeconds(30)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
