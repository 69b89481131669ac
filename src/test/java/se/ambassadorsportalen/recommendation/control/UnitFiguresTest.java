package se.ambassadorsportalen.recommendation.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.platform.i18n.Collation;
import se.ambassadorsportalen.platform.i18n.Languages;
import se.ambassadorsportalen.recommendation.control.UnitFigures.Counts;
import se.ambassadorsportalen.recommendation.control.UnitFigures.Figure;
import se.ambassadorsportalen.recommendation.control.UnitFigures.Node;

class UnitFiguresTest {

    private final List<Node> tree = List.of(
            new Node(1, null, "HSF", "Hälso- och sjukvård", null),
            new Node(11, 1L, "HSF-AKUT", "Akuten", 40),
            new Node(12, 1L, "HSF-MED3", "Medicin 3", 30),
            new Node(13, 1L, "HSF-PSY", "Psykiatrin", 10),
            new Node(2, null, "FTV", "Folktandvården", null),
            new Node(21, 2L, "FTV-CEN", "Centrum", 20));

    @Test
    void totalsAddUpTheTreeAndSmallUnitsShowNoNumberAtAll() {
        Map<Long, Counts> direct = Map.of(
                11L,
                new Counts(30, 21, 0, 0, 30),
                12L,
                new Counts(20, 16, 0, 0, 20),
                13L,
                new Counts(3, 3, 0, 0, 3),
                21L,
                new Counts(10, 8, 0, 0, 10));

        List<Figure> figures = UnitFigures.compute(tree, direct, new AnonymityRule(5), false);

        assertThat(figures).extracting(Figure::id).containsExactly(0L, 2L, 21L, 1L, 11L, 12L, 13L);
        Figure organisation = figures.get(0);
        assertThat(organisation.answers()).isEqualTo(63);
        assertThat(organisation.rate()).isEqualTo(48.0 / 63);
        Figure psy = byId(figures, 13);
        assertThat(psy.shown()).isFalse();
        assertThat(psy.answers()).isNull();
        assertThat(psy.rate()).isNull();
        assertThat(psy.low()).isNull();
        assertThat(byId(figures, 12).shown()).as("smallest sibling hidden too").isFalse();
        assertThat(psy.protectsOthers()).as("hidden for its own 3 answers").isFalse();
        assertThat(byId(figures, 12).protectsOthers())
                .as("20 answers, hidden only so Psykiatrin's 3 cannot be computed")
                .isTrue();
        assertThat(byId(figures, 11).shown()).isTrue();
        assertThat(byId(figures, 11).responseRate()).isEqualTo(0.75);
        assertThat(byId(figures, 1).depth()).isEqualTo(1);
        assertThat(byId(figures, 11).depth()).isEqualTo(2);
    }

    @Test
    void enpsIsShownOnlyWhereEveryAnswerHasAValueOnTheZeroToTenScale() {
        Map<Long, Counts> direct = Map.of(11L, new Counts(20, 10, 10, 4, 20), 21L, new Counts(10, 5, 0, 0, 0));

        List<Figure> figures = UnitFigures.compute(tree, direct, new AnonymityRule(5), true);

        assertThat(byId(figures, 11).enps()).isEqualTo(30.0);
        assertThat(byId(figures, 21).enps()).as("imported as totals").isNull();
        assertThat(byId(figures, 0).enps()).isNull();
    }

    @Test
    void unitWithoutAnswersIsShownAsEmpty() {
        List<Figure> figures = UnitFigures.compute(tree, Map.of(), new AnonymityRule(5), false);

        assertThat(figures).allSatisfy(figure -> {
            assertThat(figure.shown()).isTrue();
            assertThat(figure.answers()).isZero();
            assertThat(figure.rate()).isNull();
        });
    }

    @Test
    void theTreeListsEachUnitsChildrenInTheReadersAlphabetWithTheSameFiguresHidden() {
        List<Node> nordic = List.of(
                new Node(1, null, "OGO", "Ögonvården", null),
                new Node(11, 1L, "OGO-AA", "Aabenraa", 10),
                new Node(12, 1L, "OGO-AE", "Ängen", 10),
                new Node(13, 1L, "OGO-Z", "Zenit", 3),
                new Node(2, null, "AKU", "Akutvården", null),
                new Node(21, 2L, "AKU-C", "Centrum", 20));
        Map<Long, Counts> direct = Map.of(
                11L, new Counts(10, 7, 0, 0, 10),
                12L, new Counts(10, 5, 0, 0, 10),
                13L, new Counts(3, 3, 0, 0, 3),
                21L, new Counts(20, 9, 0, 0, 20));
        List<Figure> figures = UnitFigures.compute(nordic, direct, new AnonymityRule(5), false);

        List<Figure> swedish = UnitFigures.inOrder(figures, Collation.of(Languages.DEFAULT));
        List<Figure> danish = UnitFigures.inOrder(figures, Collation.of(Languages.DANISH));
        List<Figure> english = UnitFigures.inOrder(figures, Collation.of(Locale.ENGLISH));

        assertThat(swedish).extracting(Figure::id).containsExactly(0L, 2L, 21L, 1L, 11L, 13L, 12L);
        assertThat(danish).extracting(Figure::id).containsExactly(0L, 2L, 21L, 1L, 13L, 12L, 11L);
        assertThat(english).extracting(Figure::id).containsExactly(0L, 2L, 21L, 1L, 11L, 12L, 13L);
        for (List<Figure> ordered : List.of(swedish, danish, english)) {
            assertThat(ordered).as("only the order changes").containsExactlyInAnyOrderElementsOf(figures);
        }
    }

    private static Figure byId(List<Figure> figures, long id) {
        return figures.stream().filter(figure -> figure.id() == id).findFirst().orElseThrow();
    }
}
