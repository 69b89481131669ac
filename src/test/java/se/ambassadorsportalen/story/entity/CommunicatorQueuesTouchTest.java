package se.ambassadorsportalen.story.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.organisation.entity.Person;
import se.ambassadorsportalen.organisation.entity.Unit;
import se.ambassadorsportalen.platform.time.PortalTime;

class CommunicatorQueuesTouchTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 2, 10, 0);

    @Test
    void writingAnApprovedStoryOrAnyPlacementTellsTheCountsButADraftDoesNot() {
        Unit ward = Unit.unit("MED3", "Medicin 3", Unit.administration("HSF", "Hälso- och sjukvård"));
        Person manager = Person.employee("Magnus", "B", ward, "Enhetschef", "Älvstad");
        ward.setManager(manager);
        Person author = Person.employee("Eva", "L", ward, "Sjuksköterska", "Älvstad");
        Story story = new Story(author, "Min vardag", "BRAG", PortalTime.typed(NOW));
        story.edit(
                author,
                "Min vardag",
                "Jag arbetar på avdelningen.",
                "BRAG",
                Set.of("POTENTIAL_EMPLOYEES"),
                Set.of("CLOSE"),
                List.of("WEB"),
                null,
                true,
                PortalTime.typed(NOW));

        assertThat(CommunicatorQueuesTouch.mayChangeTheCounts(story))
                .as("a draft")
                .isFalse();
        story.submit(author, Set.of(), PortalTime.typed(NOW));
        assertThat(CommunicatorQueuesTouch.mayChangeTheCounts(story))
                .as("submitted")
                .isFalse();

        story.approve(manager, PortalTime.typed(NOW));
        assertThat(CommunicatorQueuesTouch.mayChangeTheCounts(story))
                .as("approved")
                .isTrue();

        Placement placement = story.schedule(manager, "WEB", PortalTime.typed(NOW.plusDays(1)), PortalTime.typed(NOW));
        assertThat(CommunicatorQueuesTouch.mayChangeTheCounts(placement))
                .as("a placement")
                .isTrue();
    }
}
