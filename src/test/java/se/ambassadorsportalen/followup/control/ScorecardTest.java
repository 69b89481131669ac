package se.ambassadorsportalen.followup.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScorecardTest {

    @Test
    void aFigureAtOrAboveItsTargetMeetsIt() {
        assertThat(Scorecard.atLeast(150, 150)).isEqualTo(Scorecard.Status.MET);
        assertThat(Scorecard.atLeast(171, 150)).isEqualTo(Scorecard.Status.MET);
        assertThat(Scorecard.atLeast(149, 150)).isEqualTo(Scorecard.Status.MISSED);
        assertThat(Scorecard.atLeast(6.99, 7.0)).isEqualTo(Scorecard.Status.MISSED);
    }

    @Test
    void aMissingFigureIsAGapAndAMissingTargetIsNoTarget() {
        assertThat(Scorecard.atLeast(null, 150)).isEqualTo(Scorecard.Status.NO_FIGURE);
        assertThat(Scorecard.atLeast(120, null)).isEqualTo(Scorecard.Status.NO_TARGET);
    }

    @Test
    void postsAWeekBecomeFourWeeksOfPostsAPeriod() {
        assertThat(Scorecard.postsPerPeriod(5)).isEqualTo(20);
        assertThat(Scorecard.postsPerPeriod(null)).isNull();
    }
}
