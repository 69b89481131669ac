package se.ambassadorsportalen.recommendation.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.platform.demo.DemoVolume;

class SurveyGeneratorTest {

    static List<SurveyGenerator.Unit> units(int n) {
        return LongStream.rangeClosed(1, n)
                .mapToObj(id -> new SurveyGenerator.Unit(id, 8 + (int) (id % 25)))
                .toList();
    }

    @Test
    void scaledDownSurveyHasExactlyTheRequestedAnswersOverFiveHalfYearlyRounds() {
        DemoVolume volume = DemoVolume.scaled(0.01);
        List<SurveyGenerator.Round> rounds =
                SurveyGenerator.generate(units(20), volume.answers(), volume.rounds(), 2026, 1);

        assertThat(rounds).hasSize(5);
        assertThat(rounds.stream().mapToLong(SurveyGenerator.Round::answers).sum())
                .isEqualTo(10_000);
        assertThat(rounds)
                .extracting(SurveyGenerator.Round::heldOn)
                .containsExactly(
                        LocalDate.of(2024, 3, 15),
                        LocalDate.of(2024, 10, 15),
                        LocalDate.of(2025, 3, 15),
                        LocalDate.of(2025, 10, 15),
                        LocalDate.of(2026, 3, 15));
    }

    @Test
    void regionRecommendsAtAboutSeventyPercentWhileUnitsSpreadAroundIt() {
        List<SurveyGenerator.Round> rounds = SurveyGenerator.generate(units(400), 1_000_000, 5, 2026, 2);

        for (SurveyGenerator.Round round : rounds) {
            assertThat((double) round.recommenders() / round.answers()).isBetween(0.65, 0.76);
            Map<Long, double[]> byUnit = round.counts().entrySet().stream()
                    .collect(Collectors.groupingBy(
                            e -> e.getKey().unitId(),
                            Collectors.reducing(
                                    new double[2],
                                    e -> new double[] {
                                        e.getValue().answers(), e.getValue().recommenders()
                                    },
                                    (a, b) -> new double[] {a[0] + b[0], a[1] + b[1]})));
            assertThat(byUnit).hasSize(400);
            assertThat(byUnit.values().stream().filter(s -> s[1] / s[0] < 0.62)).isNotEmpty();
            assertThat(byUnit.values().stream().filter(s -> s[1] / s[0] > 0.78)).isNotEmpty();
        }
    }

    @Test
    void answersFollowHeadcount() {
        long[] shares =
                SurveyGenerator.share(100, List.of(new SurveyGenerator.Unit(1, 1), new SurveyGenerator.Unit(2, 3)), 4);

        assertThat(shares).containsExactly(25, 75);
    }
}
