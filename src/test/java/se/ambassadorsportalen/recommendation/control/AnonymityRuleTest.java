package se.ambassadorsportalen.recommendation.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.recommendation.control.AnonymityRule.Cell;

class AnonymityRuleTest {

    private final AnonymityRule rule = new AnonymityRule(5);

    @Test
    void groupBelowTheFloorIsHiddenAndTheSmallestSiblingWithIt() {
        // org(0) = A(1) + B(2); A = a1 20 + a2 3 + a3 9; B = b1 30.
        List<Cell> cells = List.of(
                new Cell(0, null, 0),
                new Cell(1, 0L, 0),
                new Cell(2, 0L, 0),
                new Cell(11, 1L, 20),
                new Cell(12, 1L, 3),
                new Cell(13, 1L, 9),
                new Cell(21, 2L, 30));

        Set<Long> hidden = rule.hidden(cells);

        assertThat(hidden).containsExactlyInAnyOrder(12L, 13L);
    }

    @Test
    void groupsWithEnoughAnswersAreAllShown() {
        List<Cell> cells = List.of(new Cell(0, null, 0), new Cell(1, 0L, 0), new Cell(11, 1L, 5), new Cell(12, 1L, 7));

        assertThat(rule.hidden(cells)).isEmpty();
    }

    @Test
    void unitWithoutAnswersIsShownAsEmptyAndProtectsNobody() {
        // a2 has no answers: hiding it would protect nothing, so the next smallest is hidden.
        List<Cell> cells = List.of(
                new Cell(1, null, 0),
                new Cell(11, 1L, 2),
                new Cell(12, 1L, 0),
                new Cell(13, 1L, 8),
                new Cell(14, 1L, 40));

        assertThat(rule.hidden(cells)).containsExactlyInAnyOrder(11L, 13L);
    }

    @Test
    void twoHiddenSiblingsWhoseSumIsBelowTheFloorAreProtectedByAThird() {
        // 1 + 2 = 3 could be computed from the parent minus the shown sibling: hide that sibling too.
        List<Cell> cells = List.of(
                new Cell(1, null, 0),
                new Cell(11, 1L, 1),
                new Cell(12, 1L, 2),
                new Cell(13, 1L, 30),
                new Cell(14, 1L, 50));

        assertThat(rule.hidden(cells)).containsExactlyInAnyOrder(11L, 12L, 13L);
    }

    @Test
    void fewPeoplePlacedDirectlyOnAnAdministrationCountAsAHiddenGroup() {
        // The administration has 2 answers of its own, never shown alone: its smallest unit is hidden.
        List<Cell> cells = List.of(new Cell(1, null, 2), new Cell(11, 1L, 12), new Cell(12, 1L, 40));

        assertThat(rule.hidden(cells)).containsExactly(11L);
    }

    @Test
    void complementaryUnitCannotBeRebuiltFromItsOwnChildren() {
        // Hiding B to protect a would be useless if B = b1 + b2 were both shown.
        List<Cell> cells = List.of(
                new Cell(0, null, 0),
                new Cell(1, 0L, 3),
                new Cell(2, 0L, 0),
                new Cell(21, 2L, 10),
                new Cell(22, 2L, 11),
                new Cell(3, 0L, 0),
                new Cell(31, 3L, 100));

        Set<Long> hidden = rule.hidden(cells);

        assertThat(hidden).contains(1L, 2L).containsAnyOf(21L, 22L);
    }

    @Test
    void floorIsNeverBelowThree() {
        assertThatThrownBy(() -> new AnonymityRule(2)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new AnonymityRule(3).showable(3)).isTrue();
        assertThat(new AnonymityRule(5).showable(4)).isFalse();
        assertThat(new AnonymityRule(5).showable(0)).isTrue();
    }
}
