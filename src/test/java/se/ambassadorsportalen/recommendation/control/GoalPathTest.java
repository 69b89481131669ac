package se.ambassadorsportalen.recommendation.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GoalPathTest {

    private final GoalPath seventyToEighty =
            new GoalPath(LocalDate.of(2020, 1, 1), 0.70, LocalDate.of(2024, 1, 1), 0.80);

    @Test
    void pathRunsStraightFromBaselineToTarget() {
        assertThat(seventyToEighty.expectedAt(LocalDate.of(2019, 6, 1))).isEqualTo(0.70);
        assertThat(seventyToEighty.expectedAt(LocalDate.of(2022, 1, 1))).isCloseTo(0.75, within(0.001));
        assertThat(seventyToEighty.expectedAt(LocalDate.of(2025, 1, 1))).isEqualTo(0.80);
    }

    @Test
    void roundAtOrAboveThePathIsOnTrackAndBelowIsNot() {
        LocalDate halfway = LocalDate.of(2022, 1, 1);
        assertThat(seventyToEighty.onTrack(halfway, 0.76)).isTrue();
        assertThat(seventyToEighty.onTrack(halfway, seventyToEighty.expectedAt(halfway)))
                .isTrue();
        assertThat(seventyToEighty.onTrack(halfway, 0.73)).isFalse();
    }

    @Test
    void paceNeededSpreadsWhatIsLeftOverTheYearsLeft() {
        // 6 points left with two years to go: 3 points a year.
        assertThat(seventyToEighty.paceNeededPerYear(LocalDate.of(2022, 1, 1), 0.74))
                .isCloseTo(3.0, within(0.01));
        assertThat(seventyToEighty.plannedPacePerYear()).isCloseTo(2.5, within(0.01));
    }

    @Test
    void reachedTargetNeedsNoMorePaceAndMissedDeadlineHasNone() {
        assertThat(seventyToEighty.paceNeededPerYear(LocalDate.of(2022, 1, 1), 0.81))
                .isZero();
        assertThat(seventyToEighty.paceNeededPerYear(LocalDate.of(2024, 6, 1), 0.75))
                .isNaN();
    }

    @Test
    void deadlineBeforeBaselineIsRefused() {
        assertThatThrownBy(() -> new GoalPath(LocalDate.of(2024, 1, 1), 0.7, LocalDate.of(2023, 1, 1), 0.8))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
