package se.ambassadorsportalen.news.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AudienceTest {

    private record Node(long id, Node parent) {}

    @Test
    void aReadersAudienceIsTheirUnitAndEveryUnitAboveIt() {
        Node region = new Node(1, null);
        Node healthcare = new Node(10, region);
        Node ward = new Node(31, healthcare);

        assertThat(Audience.unitAndAncestors(ward, Node::id, Node::parent)).containsExactly(31L, 10L, 1L);
    }

    @Test
    void aReaderWithoutAUnitMatchesNoUnitButStillAValidInList() {
        assertThat(Audience.unitAndAncestors(null, Node::id, Node::parent)).containsExactly(Audience.NO_UNIT);
    }

    @Test
    void aCycleInTheTreeEndsTheWalkInsteadOfLooping() {
        Map<Long, Long> parents = Map.of(1L, 2L, 2L, 1L);
        assertThat(Audience.unitAndAncestors(1L, id -> id, parents::get)).containsExactly(1L, 2L);
    }
}
