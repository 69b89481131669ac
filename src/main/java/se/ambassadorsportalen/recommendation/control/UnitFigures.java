package se.ambassadorsportalen.recommendation.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One round's figures for the whole organisation tree, with the anonymity rule applied: the
 * organisation total first, then each administration and its units, depth first. The boundary
 * feeds it the counts the database summed per unit, so no answer is ever loaded; everybody's view
 * (HR, a manager's subtree, the API, the exports) is a selection of these rows.
 */
public final class UnitFigures {

    /** The id of the organisation as a whole, the root above the administrations. */
    public static final long ORGANISATION = 0L;

    /**
     * Counts summed over answers: all, recommending, on a 0–10 scale promoters and detractors, and
     * how many carry an answer value at all (those imported as totals do not).
     */
    public record Counts(long answers, long recommenders, long promoters, long detractors, long valued) {
        public static final Counts NONE = new Counts(0, 0, 0, 0, 0);

        public Counts plus(Counts other) {
            return new Counts(
                    answers + other.answers,
                    recommenders + other.recommenders,
                    promoters + other.promoters,
                    detractors + other.detractors,
                    valued + other.valued);
        }
    }

    /** A node of the organisation tree; {@code parentId} null for an administration. */
    public record Node(long id, Long parentId, String code, String name, Integer headcount) {}

    /**
     * One row: the figures, or nothing but {@code shown == false} where the anonymity rule hides
     * them (then every number is null, so nothing hidden can leak through a view or an export).
     * {@code protectsOthers} tells why a hidden row is hidden: not for its own few answers but
     * because a smaller group beside or below it could be computed from it. Saying so gives away
     * only that the row has at least the floor's answers, which no one can subtract anything from.
     */
    public record Figure(
            long id,
            Long parentId,
            String code,
            String name,
            int depth,
            boolean shown,
            Long answers,
            Long recommenders,
            Double rate,
            Double low,
            Double high,
            Double enps,
            Double responseRate,
            boolean protectsOthers) {

        public boolean isOrganisation() {
            return id == ORGANISATION;
        }

        public boolean hasAnswers() {
            return shown && answers != null && answers > 0;
        }
    }

    private UnitFigures() {}

    public static List<Figure> compute(
            List<Node> units, Map<Long, Counts> directCounts, AnonymityRule rule, boolean withEnps) {
        Map<Long, List<Node>> children = new HashMap<>();
        Map<Long, Node> byId = new HashMap<>();
        Node root = new Node(ORGANISATION, null, "", "", null);
        byId.put(ORGANISATION, root);
        for (Node unit : units) {
            byId.put(unit.id(), unit);
        }
        for (Node unit : units) {
            long parent =
                    unit.parentId() == null || !byId.containsKey(unit.parentId()) ? ORGANISATION : unit.parentId();
            children.computeIfAbsent(parent, k -> new ArrayList<>()).add(unit);
        }
        children.values().forEach(list -> list.sort(Comparator.comparing(Node::name, String.CASE_INSENSITIVE_ORDER)));

        List<Node> order = new ArrayList<>();
        List<Integer> depths = new ArrayList<>();
        List<AnonymityRule.Cell> cells = new ArrayList<>();
        walk(root, 0, children, order, depths);
        for (Node node : order) {
            Long parent = node.id() == ORGANISATION
                    ? null
                    : node.parentId() == null || !byId.containsKey(node.parentId()) ? ORGANISATION : node.parentId();
            cells.add(new AnonymityRule.Cell(
                    node.id(),
                    parent,
                    directCounts.getOrDefault(node.id(), Counts.NONE).answers()));
        }
        Set<Long> hidden = rule.hidden(cells);

        Map<Long, Counts> totals = new HashMap<>();
        Map<Long, long[]> headcounts =
                new HashMap<>(); // [sum of known headcounts, nodes with answers but no headcount]
        for (int i = order.size() - 1; i >= 0; i--) {
            Node node = order.get(i);
            Counts own = directCounts.getOrDefault(node.id(), Counts.NONE);
            long[] heads = {
                node.headcount() == null ? 0 : node.headcount(), node.headcount() == null && own.answers() > 0 ? 1 : 0
            };
            Counts sum = own;
            for (Node child : children.getOrDefault(node.id(), List.of())) {
                sum = sum.plus(totals.get(child.id()));
                long[] childHeads = headcounts.get(child.id());
                heads[0] += childHeads[0];
                heads[1] += childHeads[1];
            }
            totals.put(node.id(), sum);
            headcounts.put(node.id(), heads);
        }

        List<Figure> figures = new ArrayList<>(order.size());
        for (int i = 0; i < order.size(); i++) {
            Node node = order.get(i);
            Long parent = cells.get(i).parentId();
            Counts total = totals.get(node.id());
            if (hidden.contains(node.id())) {
                figures.add(new Figure(
                        node.id(),
                        parent,
                        node.code(),
                        node.name(),
                        depths.get(i),
                        false,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        rule.showable(total.answers())));
                continue;
            }
            Proportion share = new Proportion(total.answers(), total.recommenders());
            Proportion.Interval interval = share.wilson95();
            Double rate = share.isEmpty() ? null : share.rate();
            Double enps = withEnps && !share.isEmpty() && total.valued() == total.answers()
                    ? Enps.score(total.answers(), total.promoters(), total.detractors())
                    : null;
            long[] heads = headcounts.get(node.id());
            Double response = heads[1] == 0 && heads[0] > 0 && total.answers() > 0
                    ? Math.min(1.0, (double) total.answers() / heads[0])
                    : null;
            figures.add(new Figure(
                    node.id(),
                    parent,
                    node.code(),
                    node.name(),
                    depths.get(i),
                    true,
                    total.answers(),
                    total.recommenders(),
                    rate,
                    share.isEmpty() ? null : interval.low(),
                    share.isEmpty() ? null : interval.high(),
                    enps,
                    response,
                    false));
        }
        return figures;
    }

    /**
     * The same figures with each unit's children in the reader's alphabet ({@code names}), depth
     * first as {@link #compute} lays them out. Only the order changes: which figures the anonymity
     * rule hides is decided once, in one order for every reader, so no reader's language can show a
     * cell another's hides. The tree is every unit of the organisation (a few hundred), read whole
     * for the dashboard, so it is sorted here rather than by sort keys in the database.
     */
    public static List<Figure> inOrder(List<Figure> figures, Comparator<String> names) {
        Set<Long> ids = new HashSet<>();
        figures.forEach(figure -> ids.add(figure.id()));
        List<Figure> roots = new ArrayList<>();
        Map<Long, List<Figure>> children = new HashMap<>();
        for (Figure figure : figures) {
            if (figure.parentId() == null || !ids.contains(figure.parentId())) {
                roots.add(figure);
            } else {
                children.computeIfAbsent(figure.parentId(), k -> new ArrayList<>())
                        .add(figure);
            }
        }
        Comparator<Figure> byName = Comparator.comparing(Figure::name, names);
        children.values().forEach(list -> list.sort(byName));
        List<Figure> ordered = new ArrayList<>(figures.size());
        List<Figure> stack = new ArrayList<>();
        for (int i = roots.size() - 1; i >= 0; i--) {
            stack.add(roots.get(i));
        }
        while (!stack.isEmpty()) {
            Figure top = stack.remove(stack.size() - 1);
            ordered.add(top);
            List<Figure> kids = children.getOrDefault(top.id(), List.of());
            for (int i = kids.size() - 1; i >= 0; i--) {
                stack.add(kids.get(i));
            }
        }
        return ordered;
    }

    private static void walk(
            Node node, int depth, Map<Long, List<Node>> children, List<Node> order, List<Integer> depths) {
        List<Object[]> stack = new ArrayList<>();
        stack.add(new Object[] {node, depth});
        while (!stack.isEmpty()) {
            Object[] top = stack.remove(stack.size() - 1);
            Node current = (Node) top[0];
            int level = (Integer) top[1];
            order.add(current);
            depths.add(level);
            List<Node> kids = children.getOrDefault(current.id(), List.of());
            for (int i = kids.size() - 1; i >= 0; i--) {
                stack.add(new Object[] {kids.get(i), level + 1});
            }
        }
    }
}
