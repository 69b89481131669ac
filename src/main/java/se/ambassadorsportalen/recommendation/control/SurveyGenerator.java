package se.ambassadorsportalen.recommendation.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The large demo's survey rounds: a fixed number of answers shared over the rounds and, within a
 * round, over the units in proportion to their headcount and over age bands and profession groups.
 * The rate sits near 70 % for the region; each unit leans its own way (a fixed lean per unit and a
 * little noise per round), so the dashboard has units above and below the goal. Deterministic for a seed.
 */
public final class SurveyGenerator {

    /** A unit that answers, weighted by its headcount. */
    public record Unit(long unitId, int headcount) {}

    public record Round(
            String name, LocalDate heldOn, AnswerScale scale, Map<AnswerFile.Key, AnswerFile.Tally> counts) {

        public long answers() {
            return counts.values().stream().mapToLong(AnswerFile.Tally::answers).sum();
        }

        public long recommenders() {
            return counts.values().stream()
                    .mapToLong(AnswerFile.Tally::recommenders)
                    .sum();
        }
    }

    private static final List<String> AGE_BANDS = List.of("-29", "30-39", "40-49", "50-59", "60-");
    private static final List<String> PROFESSION_GROUPS =
            List.of("Vård och behandling", "Administration", "Teknik och service");
    private static final double[] ROUND_RATE = {0.68, 0.69, 0.71, 0.70, 0.72, 0.71, 0.73};

    private SurveyGenerator() {}

    /** {@code answers} answers over {@code rounds} half-yearly rounds, the last in the spring of {@code lastYear}. */
    public static List<Round> generate(List<Unit> units, long answers, int rounds, int lastYear, long seed) {
        Random random = new Random(seed);
        double[] lean = new double[units.size()];
        for (int u = 0; u < lean.length; u++) {
            lean[u] = random.nextGaussian() * 0.07;
        }
        long headcount = units.stream().mapToLong(Unit::headcount).sum();
        List<Round> result = new ArrayList<>(rounds);
        for (int r = 0; r < rounds; r++) {
            long roundAnswers = answers / rounds + (r < answers % rounds ? 1 : 0);
            int back = rounds - 1 - r;
            LocalDate heldOn = back % 2 == 0
                    ? LocalDate.of(lastYear - back / 2, 3, 15)
                    : LocalDate.of(lastYear - 1 - back / 2, 10, 15);
            String name = heldOn.getMonthValue() == 3
                    ? "Medarbetarundersökningen " + heldOn.getYear()
                    : "Pulsmätning hösten " + heldOn.getYear();
            Map<AnswerFile.Key, AnswerFile.Tally> counts = new LinkedHashMap<>();
            long[] perUnit = share(roundAnswers, units, headcount);
            for (int u = 0; u < units.size(); u++) {
                double rate = Math.max(
                        0.3,
                        Math.min(0.97, ROUND_RATE[r % ROUND_RATE.length] + lean[u] + random.nextGaussian() * 0.02));
                int groups = AGE_BANDS.size() * PROFESSION_GROUPS.size();
                for (int g = 0; g < groups; g++) {
                    long n = perUnit[u] / groups + (g < perUnit[u] % groups ? 1 : 0);
                    if (n == 0) {
                        continue;
                    }
                    long yes = Math.min(n, Math.round(n * (rate + random.nextGaussian() * 0.03)));
                    yes = Math.max(0, yes);
                    long low = (n - yes) / 3;
                    counts.computeIfAbsent(
                                    new AnswerFile.Key(
                                            units.get(u).unitId(),
                                            AGE_BANDS.get(g % AGE_BANDS.size()),
                                            PROFESSION_GROUPS.get(g / AGE_BANDS.size())),
                                    k -> new AnswerFile.Tally())
                            .add(n, yes, yes, low, n);
                }
            }
            result.add(new Round(name, heldOn, AnswerScale.ZERO_TO_TEN, counts));
        }
        return result;
    }

    /** {@code total} split over the units by headcount, the rounding remainders to the largest fractions. */
    static long[] share(long total, List<Unit> units, long headcount) {
        long[] shares = new long[units.size()];
        double[] fraction = new double[units.size()];
        long given = 0;
        for (int u = 0; u < units.size(); u++) {
            double exact = (double) total * units.get(u).headcount() / headcount;
            shares[u] = (long) exact;
            fraction[u] = exact - shares[u];
            given += shares[u];
        }
        List<Integer> order = new ArrayList<>();
        for (int u = 0; u < units.size(); u++) {
            order.add(u);
        }
        order.sort((a, b) -> Double.compare(fraction[b], fraction[a]));
        for (int i = 0; given < total; i++, given++) {
            shares[order.get(i % order.size())]++;
        }
        return shares;
    }
}
