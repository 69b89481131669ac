package se.ambassadorsportalen.recommendation.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import se.ambassadorsportalen.recommendation.control.AnonymityRule.Cell;

/**
 * Over random unit trees and answer counts: nothing below the floor can be computed from what is
 * shown. The check is independent of the rule's own bookkeeping: it solves the tree's sums by
 * linear algebra (is the hidden group's size in the span of the shown figures and the equations?).
 */
class AnonymityRulePropertyTest {

    @Property(tries = 400)
    void noHiddenGroupCanBeComputedFromWhatIsShown(
            @ForAll("trees") List<Cell> cells, @ForAll @IntRange(min = 3, max = 7) int floor) {
        Set<Long> hidden = new AnonymityRule(floor).hidden(cells);
        Algebra algebra = new Algebra(cells, hidden);

        for (int variable = 0; variable < algebra.variables(); variable++) {
            long value = algebra.value(variable);
            if (value > 0 && value < floor) {
                assertThat(algebra.determinable(variable))
                        .as(
                                "group %s of size %d in %s with hidden %s",
                                algebra.describe(variable), value, cells, hidden)
                        .isFalse();
            }
        }
        for (int node = 0; node < cells.size(); node++) {
            long unknownSum = algebra.unknownComponentsSum(node);
            assertThat(unknownSum == 0 || unknownSum >= floor)
                    .as("hidden parts of %s sum to %d in %s with hidden %s", cells.get(node), unknownSum, cells, hidden)
                    .isTrue();
        }
    }

    @Property(tries = 200)
    void everyGroupBelowTheFloorIsHiddenAndNothingElseIsHiddenWithoutCause(@ForAll("trees") List<Cell> cells) {
        AnonymityRule rule = new AnonymityRule(5);
        Set<Long> hidden = rule.hidden(cells);
        Algebra algebra = new Algebra(cells, hidden);
        for (int node = 0; node < cells.size(); node++) {
            long total = algebra.value(node);
            if (total > 0 && total < 5) {
                assertThat(hidden).contains(cells.get(node).id());
            }
            if (total == 0) {
                assertThat(hidden).doesNotContain(cells.get(node).id());
            }
        }
    }

    @Provide
    Arbitrary<List<Cell>> trees() {
        Arbitrary<Integer> sizes = Arbitraries.integers().between(1, 14);
        return sizes.flatMap(size -> Combinators.combine(
                        Arbitraries.integers().between(0, 1000).list().ofSize(size),
                        Arbitraries.longs().between(0, 30).list().ofSize(size),
                        Arbitraries.integers().between(0, 3).list().ofSize(size))
                .as((parents, counts, smallness) -> {
                    List<Cell> cells = new ArrayList<>();
                    for (int i = 0; i < size; i++) {
                        Long parent = i == 0 ? null : (long) (parents.get(i) % i);
                        // Many small and empty groups, so the rule has work to do.
                        long answers = switch (smallness.get(i)) {
                            case 0 -> 0;
                            case 1 -> counts.get(i) % 5;
                            default -> counts.get(i);
                        };
                        cells.add(new Cell(i, parent, answers));
                    }
                    return cells;
                }));
    }

    /** The tree's totals as linear equations, solved by Gaussian elimination. */
    static final class Algebra {
        private final int n;
        private final long[] total;
        private final long[] direct;
        private final List<List<Integer>> children = new ArrayList<>();
        private final List<double[]> rows = new ArrayList<>();
        private final boolean[] shown;

        Algebra(List<Cell> cells, Set<Long> hidden) {
            n = cells.size();
            total = new long[n];
            direct = new long[n];
            shown = new boolean[2 * n];
            for (int i = 0; i < n; i++) {
                children.add(new ArrayList<>());
                direct[i] = cells.get(i).directAnswers();
            }
            for (int i = 1; i < n; i++) {
                children.get(cells.get(i).parentId().intValue()).add(i);
            }
            for (int i = n - 1; i >= 0; i--) { // parents have smaller indices than children
                total[i] = direct[i];
                for (int child : children.get(i)) {
                    total[i] += total[child];
                }
            }
            for (int i = 0; i < n; i++) {
                if (!children.get(i).isEmpty()) {
                    double[] equation = new double[2 * n];
                    equation[i] = 1;
                    equation[n + i] = -1;
                    for (int child : children.get(i)) {
                        equation[child] = -1;
                    }
                    rows.add(equation);
                } else {
                    double[] leaf = new double[2 * n]; // a leaf has no separate own group
                    leaf[n + i] = 1;
                    rows.add(leaf);
                }
                shown[i] = !hidden.contains(cells.get(i).id());
                if (shown[i]) {
                    double[] known = new double[2 * n];
                    known[i] = 1;
                    rows.add(known);
                }
            }
            for (int v = 0; v < 2 * n; v++) {
                if (value(v) == 0) { // zero is visible: an empty unit shows "no answers"
                    double[] zero = new double[2 * n];
                    zero[v] = 1;
                    rows.add(zero);
                }
            }
        }

        int variables() {
            return 2 * n;
        }

        long value(int v) {
            return v < n ? total[v] : children.get(v - n).isEmpty() ? 0 : direct[v - n];
        }

        String describe(int v) {
            return v < n ? "unit " + v : "own group of " + (v - n);
        }

        boolean determinable(int v) {
            double[] target = new double[2 * n];
            target[v] = 1;
            List<double[]> extended = new ArrayList<>(rows);
            extended.add(target);
            return rank(extended) == rank(rows);
        }

        long unknownComponentsSum(int node) {
            if (children.get(node).isEmpty() || !determinable(node)) {
                return 0;
            }
            long sum = 0;
            if (!children.get(node).isEmpty() && direct[node] > 0 && !determinable(n + node)) {
                sum += direct[node];
            }
            for (int child : children.get(node)) {
                if (!determinable(child)) {
                    sum += total[child];
                }
            }
            return sum;
        }

        private static int rank(List<double[]> input) {
            double[][] m = input.stream().map(double[]::clone).toArray(double[][]::new);
            int rank = 0;
            int columns = m.length == 0 ? 0 : m[0].length;
            for (int c = 0; c < columns && rank < m.length; c++) {
                int pivot = -1;
                for (int r = rank; r < m.length; r++) {
                    if (Math.abs(m[r][c]) > 1e-9 && (pivot < 0 || Math.abs(m[r][c]) > Math.abs(m[pivot][c]))) {
                        pivot = r;
                    }
                }
                if (pivot < 0) {
                    continue;
                }
                double[] swap = m[pivot];
                m[pivot] = m[rank];
                m[rank] = swap;
                for (int r = 0; r < m.length; r++) {
                    if (r != rank && Math.abs(m[r][c]) > 1e-9) {
                        double factor = m[r][c] / m[rank][c];
                        for (int k = c; k < columns; k++) {
                            m[r][k] -= factor * m[rank][k];
                        }
                    }
                }
                rank++;
            }
            return rank;
        }
    }
}
