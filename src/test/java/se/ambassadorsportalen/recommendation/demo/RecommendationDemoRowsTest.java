package se.ambassadorsportalen.recommendation.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.ambassadorsportalen.organisation.demo.DemoRegion;
import se.ambassadorsportalen.platform.demo.DemoOrganisation;

/**
 * Each demo organisation's survey answers are counted for its own units, one count per round, and
 * a few units stay under the anonymity floor in some round.
 */
class RecommendationDemoRowsTest {

    @ParameterizedTest
    @EnumSource(DemoOrganisation.class)
    void everyRoundCountsTheOrganisationsOwnUnits(DemoOrganisation organisation) {
        RecommendationDemo.Rows rows = RecommendationDemo.Rows.of(organisation);
        List<String> units = Arrays.stream(DemoRegion.of(organisation).units())
                .map(row -> row[0])
                .toList();

        assertThat(Arrays.asList(rows.rounds())).hasSize(3);
        assertThat(Arrays.asList(rows.units())).allSatisfy(unit -> {
            assertThat(units).contains((String) unit[0]);
            assertThat(unit).hasSize(rows.rounds().length + 2);
        });
        assertThat(Arrays.stream(rows.units()).flatMap(unit -> Arrays.stream(unit, 1, 4)))
                .as("some unit under the anonymity floor")
                .anyMatch(answers -> (Integer) answers < 5);
        assertThat(Arrays.asList(DemoRegion.of(organisation).people()))
                .extracting(row -> row[0])
                .contains(rows.importer());
    }
}
