package se.ambassadorsportalen.press.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.press.control.InquiryFigures.Timing;

class InquiryFiguresTest {

    static final LocalDateTime T = LocalDateTime.of(2026, 11, 2, 9, 0);

    @Test
    void shareInTimeCountsEveryInquiryOfThePeriodAndTheMedianOnlyTheAnswered() {
        InquiryFigures figures = InquiryFigures.of(List.of(
                new Timing(T, T.plusHours(4), T.plusHours(1)),
                new Timing(T, T.plusHours(4), T.plusHours(3)),
                new Timing(T, T.plusHours(2), T.plusHours(5)),
                new Timing(T, T.plusHours(2), null)));

        assertThat(figures.inquiries()).isEqualTo(4);
        assertThat(figures.answered()).isEqualTo(3);
        assertThat(figures.shareInTimePercent()).isEqualTo(50);
        assertThat(figures.medianTimeToAnswer()).isEqualTo(Duration.ofHours(3));
    }

    @Test
    void evenNumberOfAnswersTakesTheMeanOfTheMiddleTwo() {
        InquiryFigures figures = InquiryFigures.of(
                List.of(new Timing(T, T.plusHours(4), T.plusHours(1)), new Timing(T, T.plusHours(4), T.plusHours(2))));

        assertThat(figures.medianMinutes()).isEqualTo(90);
    }

    @Test
    void emptyPeriodHasNoShareAndNoMedian() {
        InquiryFigures figures = InquiryFigures.of(List.of());

        assertThat(figures.shareInTimePercent()).isNull();
        assertThat(figures.medianTimeToAnswer()).isNull();
    }
}
