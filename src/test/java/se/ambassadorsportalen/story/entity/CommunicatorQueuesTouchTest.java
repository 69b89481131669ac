package se.ambassadorsportalen.story.entity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.organisation.entity.Person;
import se.ambassadorsportalen.organisation.entity.Unit;
import se.ambassadorsportalen.platform.time.PortalTime;

class CommunicatorQueuesTouchTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 2, 10, 0);

    private final AtomicInteger fired = new AtomicInteger();
    private final CommunicatorQueuesTouch touch = new CommunicatorQueuesTouch();

    {
        touch.changed = new Counting();
    }

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

        touch.touched(story);
        story.submit(author, Set.of(), PortalTime.typed(NOW));
        touch.touched(story);
        assertThat(fired).as("a draft and a submitted story").hasValue(0);

        story.approve(manager, PortalTime.typed(NOW));
        touch.touched(story);
        assertThat(fired).as("approved").hasValue(1);

        Placement placement = story.schedule(manager, "WEB", PortalTime.typed(NOW.plusDays(1)), PortalTime.typed(NOW));
        touch.touched(placement);
        assertThat(fired).as("a placement").hasValue(2);
    }

    /** Counts what is fired; nothing here selects or fires asynchronously. */
    private final class Counting implements Event<CommunicatorQueuesTouch.Changed> {

        @Override
        public void fire(CommunicatorQueuesTouch.Changed event) {
            fired.incrementAndGet();
        }

        @Override
        public <U extends CommunicatorQueuesTouch.Changed> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends CommunicatorQueuesTouch.Changed> CompletionStage<U> fireAsync(
                U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<CommunicatorQueuesTouch.Changed> select(Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends CommunicatorQueuesTouch.Changed> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends CommunicatorQueuesTouch.Changed> Event<U> select(
                TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }
}
