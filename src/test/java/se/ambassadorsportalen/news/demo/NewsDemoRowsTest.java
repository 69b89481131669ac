package se.ambassadorsportalen.news.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.ambassadorsportalen.news.entity.NewsTopic;
import se.ambassadorsportalen.organisation.demo.DemoRegion;
import se.ambassadorsportalen.platform.demo.DemoOrganisation;

/**
 * Each demo organisation's news holds together with its organisation's rows: written by its
 * people, aimed at its units, tagged with topics and the brand associations every database has.
 */
class NewsDemoRowsTest {

    @ParameterizedTest
    @EnumSource(DemoOrganisation.class)
    void theNewsIsWrittenForTheOrganisationsOwnUnitsAndPeople(DemoOrganisation organisation) {
        NewsDemo.Rows rows = NewsDemo.Rows.of(organisation);
        DemoRegion region = DemoRegion.of(organisation);
        List<String> people = Arrays.stream(region.people()).map(row -> row[0]).toList();
        List<String> units = Arrays.stream(region.units()).map(row -> row[0]).toList();

        assertThat(people).contains(rows.author(), rows.reader()[0]);
        assertThat(Arrays.asList(rows.items())).hasSizeGreaterThanOrEqualTo(4).allSatisfy(item -> {
            assertThat(Integer.parseInt(item[0])).isPositive();
            assertThat(NewsTopic.valueOf(item[3])).isNotNull();
            assertThat(item[4]).isIn("", "MAKE_A_DIFFERENCE", "CLOSE", "DEVELOPING");
            assertThat(item[5].isEmpty() || units.contains(item[5])).as(item[5]).isTrue();
        });
        assertThat(Arrays.stream(rows.items()).map(item -> item[5]))
                .as("one item for a unit only")
                .anyMatch(u -> !u.isEmpty());
        assertThat(NewsTopic.valueOf(rows.draft()[2])).isNotNull();
        assertThat(NewsTopic.valueOf(rows.reader()[1])).isNotNull();
    }
}
