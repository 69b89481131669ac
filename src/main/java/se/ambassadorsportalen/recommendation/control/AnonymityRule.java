package se.ambassadorsportalen.recommendation.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which units' figures must not be shown so that no group smaller than the anonymity floor can be
 * seen or computed. Primary suppression hides every unit with 1 to floor−1 answers. Complementary
 * suppression then looks at every sum the tree makes visible: a unit's total is its own direct
 * answers (people placed directly on an administration, never shown on their own) plus its
 * children's totals. Wherever the shown figures would let anyone subtract their way to a hidden
 * group (one hidden child, or several hidden children whose sum is under the floor), the smallest
 * shown sibling is hidden as well, and so on until nothing below the floor can be computed.
 * <p>
 * The rule runs over the whole tree once per round, and everybody (HR, managers, the API, the
 * exports) sees a subset of the same shown figures: a subset of safe figures stays safe.
 * Counts of answers and of recommenders add up along the same tree, so hiding the answers
 * protects the recommenders too.
 */
public final class AnonymityRule {

    /** Never lower than this, whatever is configured. */
    public static final int LOWEST_FLOOR = 3;

    public static final int DEFAULT_FLOOR = 5;

    /** A node of the tree with the answers given directly on it (not below it). */
    public record Cell(long id, Long parentId, long directAnswers) {}

    private final int floor;

    public AnonymityRule(int floor) {
        if (floor < LOWEST_FLOOR) {
            throw new IllegalArgumentException("the anonymity floor is never below " + LOWEST_FLOOR);
        }
        this.floor = floor;
    }

    public int floor() {
        return floor;
    }

    /** Whether a group of this size may be shown on its own. */
    public boolean showable(long answers) {
        return answers == 0 || answers >= floor;
    }

    /** The ids of the cells whose figures must not be shown. */
    public Set<Long> hidden(Collection<Cell> cells) {
        Problem problem = new Problem(cells, floor);
        for (int i = 0; i < problem.size; i++) {
            if (problem.sensitive(i)) {
                problem.hidden[i] = true;
            }
        }
        while (true) {
            boolean[] known = problem.known();
            List<Integer> toHide = problem.nextToHide(known);
            if (toHide.isEmpty()) {
                break;
            }
            toHide.forEach(node -> problem.hidden[node] = true);
        }
        Set<Long> result = new HashSet<>();
        for (int i = 0; i < problem.size; i++) {
            if (problem.hidden[i]) {
                result.add(problem.ids[i]);
            }
        }
        return result;
    }

    /**
     * The tree as variables (each node's total, and each parent's own direct group) and equations
     * (a parent's total = its own group + its children's totals).
     */
    static final class Problem {
        final int size;
        final long[] ids;
        final int[] parent;
        final long[] total;
        final long[] direct;
        final List<List<Integer>> children = new ArrayList<>();
        final boolean[] hidden;
        final int floor;

        Problem(Collection<Cell> cells, int floor) {
            this.floor = floor;
            size = cells.size();
            ids = new long[size];
            parent = new int[size];
            total = new long[size];
            direct = new long[size];
            hidden = new boolean[size];
            Map<Long, Integer> index = new HashMap<>();
            int i = 0;
            for (Cell cell : cells) {
                if (cell.directAnswers() < 0) {
                    throw new IllegalArgumentException("negative answers for " + cell.id());
                }
                if (index.put(cell.id(), i) != null) {
                    throw new IllegalArgumentException("duplicate cell " + cell.id());
                }
                ids[i] = cell.id();
                direct[i] = cell.directAnswers();
                children.add(new ArrayList<>());
                i++;
            }
            i = 0;
            for (Cell cell : cells) {
                Integer p = cell.parentId() == null ? null : index.get(cell.parentId());
                parent[i] = p == null ? -1 : p;
                if (p != null) {
                    children.get(p).add(i);
                }
                i++;
            }
            for (int node : postOrder()) {
                total[node] = direct[node];
                for (int child : children.get(node)) {
                    total[node] += total[child];
                }
            }
        }

        private List<Integer> postOrder() {
            List<Integer> order = new ArrayList<>(size);
            boolean[] seen = new boolean[size];
            for (int root = 0; root < size; root++) {
                if (parent[root] >= 0) {
                    continue;
                }
                List<int[]> stack = new ArrayList<>();
                stack.add(new int[] {root, 0});
                while (!stack.isEmpty()) {
                    int[] top = stack.get(stack.size() - 1);
                    List<Integer> kids = children.get(top[0]);
                    if (top[1] < kids.size()) {
                        int next = kids.get(top[1]++);
                        if (!seen[next]) {
                            stack.add(new int[] {next, 0});
                        }
                    } else {
                        seen[top[0]] = true;
                        order.add(top[0]);
                        stack.remove(stack.size() - 1);
                    }
                }
            }
            if (order.size() != size) {
                throw new IllegalArgumentException("the cells do not form a tree");
            }
            return order;
        }

        /** Variable v < size is node v's total; v >= size is node (v − size)'s own direct group. */
        boolean hasOwnGroup(int node) {
            return !children.get(node).isEmpty() && direct[node] > 0;
        }

        long value(int variable) {
            return variable < size ? total[variable] : direct[variable - size];
        }

        boolean sensitive(int variable) {
            long value = value(variable);
            return value > 0 && value < floor;
        }

        /** The components of node's equation (own group first, then children), without the total. */
        List<Integer> components(int node) {
            List<Integer> parts = new ArrayList<>();
            if (hasOwnGroup(node)) {
                parts.add(size + node);
            }
            parts.addAll(children.get(node));
            return parts;
        }

        /** What can be known from the shown totals: shown cells, zeros, and whatever subtraction yields. */
        boolean[] known() {
            boolean[] known = new boolean[2 * size];
            for (int v = 0; v < 2 * size; v++) {
                boolean ownGroupVariable = v >= size;
                known[v] = value(v) == 0 || (!ownGroupVariable && !hidden[v]);
            }
            boolean changed = true;
            while (changed) {
                changed = false;
                for (int node = 0; node < size; node++) {
                    if (children.get(node).isEmpty()) {
                        continue;
                    }
                    int unknown = -1;
                    int unknowns = known[node] ? 0 : 1;
                    if (!known[node]) {
                        unknown = node;
                    }
                    for (int part : components(node)) {
                        if (!known[part]) {
                            unknowns++;
                            unknown = part;
                        }
                    }
                    if (unknowns == 1) {
                        known[unknown] = true;
                        changed = true;
                    }
                }
            }
            return known;
        }

        /**
         * The nodes to hide next, at most one per sum that gives something away (so that a large tree
         * with many small units needs few rounds), or none when nothing below the floor can be computed.
         */
        List<Integer> nextToHide(boolean[] known) {
            List<Integer> toHide = new ArrayList<>();
            boolean[] fixed = new boolean[size];
            for (int v = 0; v < 2 * size; v++) {
                int equation = v < size ? parent[v] : v - size;
                if (sensitive(v) && known[v] && (equation < 0 || !fixed[equation])) {
                    toHide.add(hideNear(equation, v, known));
                    if (equation >= 0) {
                        fixed[equation] = true;
                    }
                }
            }
            if (!toHide.isEmpty()) {
                return toHide;
            }
            for (int node = 0; node < size; node++) {
                if (children.get(node).isEmpty() || !known[node]) {
                    continue;
                }
                long unknownSum = 0;
                for (int part : components(node)) {
                    if (!known[part]) {
                        unknownSum += value(part);
                    }
                }
                if (unknownSum > 0 && unknownSum < floor) {
                    toHide.add(hideNear(node, -1, known));
                }
            }
            return toHide;
        }

        /**
         * Hides the smallest known child (with answers) in node's equation other than {@code except}:
         * if that child is shown, the child itself; if it is hidden but can be rebuilt from its own
         * children, the smallest shown figure below it. Failing that, the node itself, or the nearest
         * shown ancestor.
         */
        private int hideNear(int node, int except, boolean[] known) {
            while (node >= 0) {
                for (int child : smallestFirst(node, known)) {
                    if (child == except) {
                        continue;
                    }
                    int pick = hidden[child] ? breakDerivation(child, known) : child;
                    if (pick >= 0) {
                        return pick;
                    }
                }
                if (!hidden[node] && total[node] > 0) {
                    return node;
                }
                except = node;
                node = parent[node];
            }
            throw new IllegalStateException("nothing left to hide");
        }

        /** A shown figure below a hidden but computable node whose hiding stops the computation. */
        private int breakDerivation(int node, boolean[] known) {
            for (int child : smallestFirst(node, known)) {
                int pick = hidden[child] ? breakDerivation(child, known) : child;
                if (pick >= 0) {
                    return pick;
                }
            }
            return -1;
        }

        private List<Integer> smallestFirst(int node, boolean[] known) {
            List<Integer> candidates = new ArrayList<>();
            for (int child : children.get(node)) {
                if (total[child] > 0 && known[child]) {
                    candidates.add(child);
                }
            }
            candidates.sort((a, b) -> Long.compare(total[a], total[b]));
            return candidates;
        }
    }
}
