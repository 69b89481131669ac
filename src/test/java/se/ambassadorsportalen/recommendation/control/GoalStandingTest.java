package se.ambassadorsportalen.recommendation.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GoalStandingTest {

    /** The seed plan's goal 3: 70 % at the start of 2021 to 80 % by 2022-12-31. */
    private final GoalPath plan = new GoalPath(LocalDate.of(2021, 1, 1), 0.70, LocalDate.of(2022, 12, 31), 0.80);

    @Test
    void aMeasurementOnOrAboveThePathIsOnTrackAndBelowItIsBehind() {
        LocalDate midway = LocalDate.of(2022, 1, 1);
        assertThat(GoalStanding.of(plan, 0.76, midway, 400, 5, midway)).isEqualTo(GoalStanding.ON_TRACK);
        assertThat(GoalStanding.of(plan, 0.72, midway, 400, 5, midway)).isEqualTo(GoalStanding.OFF_TRACK);
    }

    @Test
    void theTargetReachedCountsWhateverTheDate() {
        assertThat(GoalStanding.of(plan, 0.81, LocalDate.of(2022, 3, 1), 400, 5, LocalDate.of(2026, 12, 1)))
                .isEqualTo(GoalStanding.REACHED);
    }

    @Test
    void afterTheDeadlineShortOfTheTargetIsMissed() {
        assertThat(GoalStanding.of(plan, 0.775, LocalDate.of(2023, 3, 15), 400, 5, LocalDate.of(2026, 12, 1)))
                .isEqualTo(GoalStanding.MISSED);
    }

    @Test
    void fewerRespondentsThanTheFloorAreNeverReadAsAFigure() {
        assertThat(GoalStanding.of(plan, 0.95, LocalDate.of(2022, 3, 1), 4, 5, LocalDate.of(2022, 3, 1)))
                .isEqualTo(GoalStanding.TOO_FEW);
        assertThat(GoalStanding.of(plan, null, null, 0, 5, LocalDate.of(2022, 3, 1)))
                .isEqualTo(GoalStanding.NOT_MEASURED);
    }
}
