package se.ambassadorsportalen.recommendation.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ProportionTest {

    @Test
    void rateIsRecommendersOverAnswers() {
        assertThat(new Proportion(200, 150).rate()).isEqualTo(0.75);
    }

    @Test
    void rateOfNobodyIsNotANumber() {
        assertThat(new Proportion(0, 0).rate()).isNaN();
        assertThat(new Proportion(0, 0).wilson95().low()).isNaN();
    }

    @Test
    void wilsonIntervalMatchesThePublishedExample() {
        // 81 of 263 (Wilson 1927 / Newcombe 1998 example 1): 0.2553 to 0.3662.
        Proportion.Interval interval = new Proportion(263, 81).wilson95();
        assertThat(interval.low()).isCloseTo(0.2553, within(0.0005));
        assertThat(interval.high()).isCloseTo(0.3662, within(0.0005));
    }

    @Test
    void wilsonIntervalStaysInsideZeroAndOneAtTheExtremes() {
        Proportion.Interval all = new Proportion(10, 10).wilson95();
        Proportion.Interval none = new Proportion(10, 0).wilson95();
        assertThat(all.high()).isCloseTo(1.0, within(1e-12));
        assertThat(all.low()).isCloseTo(0.7225, within(0.0005));
        assertThat(none.low()).isEqualTo(0.0);
        assertThat(none.high()).isCloseTo(0.2775, within(0.0005));
    }

    @Test
    void intervalNarrowsWithMoreAnswers() {
        Proportion.Interval small = new Proportion(20, 15).wilson95();
        Proportion.Interval large = new Proportion(2000, 1500).wilson95();
        assertThat(large.high() - large.low()).isLessThan(small.high() - small.low());
        assertThat(large.low()).isLessThan(0.75);
        assertThat(large.high()).isGreaterThan(0.75);
    }

    @Test
    void moreRecommendersThanAnswersIsRefused() {
        assertThatThrownBy(() -> new Proportion(3, 4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void enpsIsPromotersMinusDetractorsInPercent() {
        assertThat(Enps.score(200, 80, 30)).isEqualTo(25.0);
        assertThat(Enps.score(10, 0, 10)).isEqualTo(-100.0);
        assertThat(Enps.score(0, 0, 0)).isNaN();
        assertThatThrownBy(() -> Enps.score(10, 6, 6)).isInstanceOf(IllegalArgumentException.class);
    }
}
