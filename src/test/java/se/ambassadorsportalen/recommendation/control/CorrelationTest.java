package se.ambassadorsportalen.recommendation.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class CorrelationTest {

    @Test
    void unitsThatRiseTogetherCorrelatePerfectly() {
        assertThat(Correlation.pearson(List.of(0.01, 0.02, 0.03, 0.04), List.of(0.70, 0.72, 0.74, 0.76))
                        .getAsDouble())
                .isCloseTo(1.0, within(1e-9));
    }

    @Test
    void oppositeMovementIsANegativeCorrelation() {
        assertThat(Correlation.pearson(List.of(1.0, 2.0, 3.0, 4.0), List.of(8.0, 6.0, 4.0, 2.0))
                        .getAsDouble())
                .isCloseTo(-1.0, within(1e-9));
    }

    @Test
    void aHandComputedExample() {
        // x: 1,2,3,4  y: 2,1,4,3 → means 2.5, 2.5; cov = (-1.5*-0.5)+(-0.5*-1.5)+(0.5*1.5)+(1.5*0.5) = 3.0
        // varX = varY = 5.0 → r = 3 / 5 = 0.6
        assertThat(Correlation.pearson(List.of(1.0, 2.0, 3.0, 4.0), List.of(2.0, 1.0, 4.0, 3.0))
                        .getAsDouble())
                .isCloseTo(0.6, within(1e-9));
    }

    @Test
    void tooFewUnitsOrNoSpreadGiveNoFigure() {
        assertThat(Correlation.pearson(List.of(1.0, 2.0, 3.0), List.of(1.0, 2.0, 3.0)))
                .isEmpty();
        assertThat(Correlation.pearson(List.of(1.0, 1.0, 1.0, 1.0), List.of(1.0, 2.0, 3.0, 4.0)))
                .isEmpty();
    }
}
