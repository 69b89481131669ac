package se.ambassadorsportalen.platform.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CountedTasksTest {

    private static final Instant AT = Instant.parse("2026-12-01T08:00:00Z");

    @Test
    void tasksWithNothingWaitingAreLeftOut() {
        CountedTasks counted = new CountedTasks(
                List.of(
                        new PendingTask("a", "k.a", 0, "/a.xhtml", "nav-a"),
                        new PendingTask("b", "k.b", 2, "/b.xhtml", "nav-b")),
                AT);

        assertThat(counted.tasks()).extracting(PendingTask::id).containsExactly("b");
        assertThat(counted.total()).isEqualTo(2);
    }

    @Test
    void aNavigationEntrysBadgeAddsUpEveryTaskItLeadsTo() {
        CountedTasks counted = new CountedTasks(
                List.of(
                        new PendingTask("take-down", "k.t", 1, "/story/calendar.xhtml#takeDownForm", "nav-calendar"),
                        new PendingTask("schedule", "k.s", 4, "/story/calendar.xhtml#toScheduleForm", "nav-calendar"),
                        new PendingTask("consents", "k.c", 3, "/story/consents.xhtml", "nav-consents")),
                AT);

        assertThat(counted.countFor("nav-calendar")).isEqualTo(5);
        assertThat(counted.countFor("nav-consents")).isEqualTo(3);
        assertThat(counted.countFor("nav-policies")).isZero();
    }

    @Test
    void countsAreReusedForAMinuteAndNeverFromTheFuture() {
        CountedTasks counted = new CountedTasks(List.of(), AT);

        assertThat(counted.isFreshAt(AT)).isTrue();
        assertThat(counted.isFreshAt(AT.plusSeconds(59))).isTrue();
        assertThat(counted.isFreshAt(AT.plusSeconds(60))).isFalse();
        assertThat(counted.isFreshAt(AT.minusSeconds(1))).as("a clock set back").isFalse();
    }

    @Test
    void aNegativeCountIsABugNotATask() {
        assertThatThrownBy(() -> new PendingTask("a", "k", -1, "/a.xhtml", null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
