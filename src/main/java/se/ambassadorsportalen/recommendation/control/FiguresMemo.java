package se.ambassadorsportalen.recommendation.control;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import se.ambassadorsportalen.recommendation.control.UnitFigures.Counts;
import se.ambassadorsportalen.recommendation.control.UnitFigures.Figure;
import se.ambassadorsportalen.recommendation.control.UnitFigures.Node;

/**
 * Remembers a round's figures by everything they are computed from: the unit tree with its
 * headcounts, the answers counted per unit, the anonymity floor and the scale. Every dashboard,
 * trend and export computes the same figures for the whole tree (a caller only sees a subset of
 * them), and the anonymity rule over some 400 units, five rounds for a trend, was the dashboard's
 * largest cost under load. Since the key holds the inputs themselves, read afresh by every request,
 * an import, a new headcount or another floor gives another key at once, on every node: nothing
 * is ever stale and nothing needs telling. Comparing the inputs costs a pass over them; computing
 * costs a sort, the rule and a walk over the tree.
 */
@ApplicationScoped
public class FiguresMemo {

    /** Rounds times trees times floors in use at once; a few dozen at most. */
    private static final int KEPT = 64;

    private final Cache<Inputs, List<Figure>> computed =
            Caffeine.newBuilder().maximumSize(KEPT).build();

    public List<Figure> figures(List<Node> tree, Map<Long, Counts> counts, AnonymityRule rule, boolean withEnps) {
        Inputs inputs = new Inputs(List.copyOf(tree), Map.copyOf(counts), rule.floor(), withEnps);
        return computed.get(inputs, in -> List.copyOf(UnitFigures.compute(in.tree(), in.counts(), rule, withEnps)));
    }

    private record Inputs(List<Node> tree, Map<Long, Counts> counts, int floor, boolean withEnps) {}
}
