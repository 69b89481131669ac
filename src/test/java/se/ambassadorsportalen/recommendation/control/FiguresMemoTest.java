package se.ambassadorsportalen.recommendation.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.recommendation.control.UnitFigures.Counts;
import se.ambassadorsportalen.recommendation.control.UnitFigures.Figure;
import se.ambassadorsportalen.recommendation.control.UnitFigures.Node;

class FiguresMemoTest {

    private final FiguresMemo memo = new FiguresMemo();

    private final List<Node> tree = List.of(
            new Node(1, null, "HSF", "Hälso- och sjukvård", null),
            new Node(11, 1L, "HSF-AKUT", "Akuten", 40),
            new Node(12, 1L, "HSF-MED3", "Medicin 3", 30));

    private final Map<Long, Counts> counts =
            Map.of(11L, new Counts(30, 21, 0, 0, 30), 12L, new Counts(20, 16, 0, 0, 20));

    @Test
    void theSameInputsReadAfreshGiveTheFiguresComputedBefore() {
        List<Figure> first = memo.figures(tree, counts, new AnonymityRule(5), false);

        List<Figure> again = memo.figures(new ArrayList<>(tree), new HashMap<>(counts), new AnonymityRule(5), false);

        assertThat(again).isSameAs(first).isEqualTo(UnitFigures.compute(tree, counts, new AnonymityRule(5), false));
    }

    @Test
    void newAnswersANewHeadcountOrAnotherFloorAreComputedAtOnce() {
        List<Figure> before = memo.figures(tree, counts, new AnonymityRule(5), false);

        Map<Long, Counts> imported = new HashMap<>(counts);
        imported.put(12L, new Counts(25, 20, 0, 0, 25));
        List<Node> grown = new ArrayList<>(tree);
        grown.set(1, new Node(11, 1L, "HSF-AKUT", "Akuten", 60));

        assertThat(byId(memo.figures(tree, imported, new AnonymityRule(5), false), 12)
                        .answers())
                .isEqualTo(25);
        assertThat(byId(memo.figures(grown, counts, new AnonymityRule(5), false), 11)
                        .responseRate())
                .isEqualTo(0.5);
        assertThat(byId(memo.figures(tree, counts, new AnonymityRule(25), false), 12)
                        .shown())
                .as("20 answers are under a floor of 25")
                .isFalse();
        assertThat(byId(before, 12).shown()).isTrue();
    }

    @Test
    void theRememberedFiguresCannotBeChangedByACaller() {
        List<Figure> figures = memo.figures(tree, counts, new AnonymityRule(5), false);

        assertThatThrownBy(() -> figures.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    }

    private static Figure byId(List<Figure> figures, long id) {
        return figures.stream().filter(f -> f.id() == id).findFirst().orElseThrow();
    }
}
