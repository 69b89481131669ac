package se.ambassadorsportalen.story.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.organisation.demo.DemoRegion;
import se.ambassadorsportalen.organisation.entity.Person;
import se.ambassadorsportalen.organisation.entity.Unit;
import se.ambassadorsportalen.platform.demo.DemoOrganisation;
import se.ambassadorsportalen.story.entity.StoryStatus;

/**
 * The Danish demo organisation's stories reach their stages through the story's own rules, with
 * the people of its organisation rows: each approver is the author's manager. A row that broke a
 * rule would only fail when someone started that demo, and its story would be missing.
 */
class StoryDemoRowsTest {

    @Test
    void everyDanishStoryReachesItsStageWithThePeopleOfTheDanishOrganisation() {
        Map<String, Person> people = peopleOf(DemoRegion.of(DemoOrganisation.FJORDLAND));
        LocalDateTime now = LocalDateTime.of(2026, 12, 1, 12, 0);

        assertThat(StoryDemo.FJORDLAND).allSatisfy(row -> {
            var story = StoryDemo.build(row, people::get, now, (written, author) -> {});
            assertThat(story.getStatus())
                    .as(row.title())
                    .isEqualTo(StoryStatus.valueOf(row.stage().name()));
        });
        assertThat(StoryDemo.FJORDLAND)
                .filteredOn(row ->
                        row.stage() == StoryDemo.Stage.PUBLISHED && row.type().equals("STAFF_PORTRAIT"))
                .hasSize(2);
    }

    /** The organisation's people in memory, with their units and managers, as the organisation's demo loads them. */
    private static Map<String, Person> peopleOf(DemoRegion region) {
        Map<String, Unit> units = new HashMap<>();
        for (String[] row : region.units()) {
            units.put(
                    row[0],
                    row[2].isEmpty()
                            ? Unit.administration(row[0], row[1])
                            : Unit.unit(row[0], row[1], units.get(row[2])));
        }
        Map<String, Person> people = new HashMap<>();
        for (String[] row : region.people()) {
            Person person = Person.employee(row[1], row[2], units.get(row[3]), row[4], row[5]);
            if (!row[8].isEmpty()) {
                units.get(row[8]).setManager(person);
            }
            people.put(row[0], person);
        }
        return people;
    }
}
