package se.ambassadorsportalen.press.control;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.press.control.Router.Question;
import se.ambassadorsportalen.press.control.RoutingSnapshot.Period;
import se.ambassadorsportalen.press.control.RoutingSnapshot.RuleEntry;
import se.ambassadorsportalen.press.control.RoutingSnapshot.SpokespersonEntry;
import se.ambassadorsportalen.press.control.RoutingSnapshot.TopicEntry;
import se.ambassadorsportalen.press.entity.RuleCondition;
import se.ambassadorsportalen.press.entity.RuleTarget;
import se.ambassadorsportalen.press.entity.SpokespersonKind;

/**
 * Routing latency at the scale: 2,000 spokespeople and 500 topics (4 synonyms each) in
 * 25 areas, a tenth of them away and a rota on call, routing 10,000 random questions of a few
 * words at random instants. Prints p50/p95/p99 in milliseconds; the target is p95 under 20 ms.
 * Run with {@code mvn test -Pbenchmark} (the normal build skips it). Not a timed test: it reports.
 */
class RouterBenchmark {

    static final int SPOKESPEOPLE = 2_000;
    static final int TOPICS = 500;
    static final int AREAS = 25;
    static final int WARM_UP = 3_000;
    static final int QUESTIONS = 10_000;
    static final String[] FILLER = {
        "hur",
        "många",
        "varför",
        "när",
        "kommer",
        "regionen",
        "att",
        "i",
        "år",
        "nästa",
        "vecka",
        "patienter",
        "invånare",
        "kostnad",
        "beslut",
        "om",
        "det",
        "stämmer",
        "ni",
        "svara"
    };

    @Test
    void routesTenThousandQuestionsAndPrintsPercentiles() {
        Random random = new Random(42);
        List<TopicEntry> topics = new ArrayList<>();
        for (int t = 0; t < TOPICS; t++) {
            String stem = word(random, 6 + random.nextInt(5));
            topics.add(new TopicEntry(
                    "topic-" + t,
                    "Ämne " + stem,
                    "AREA" + (t % AREAS),
                    List.of(stem, word(random, 7), word(random, 8), word(random, 5) + " " + word(random, 6))));
        }
        LocalDateTime base = LocalDateTime.of(2026, 11, 23, 0, 0);
        List<SpokespersonEntry> people = new ArrayList<>();
        SpokespersonKind[] kinds = SpokespersonKind.values();
        for (int i = 0; i < SPOKESPEOPLE; i++) {
            Set<String> covered = new HashSet<>();
            for (int k = 0; k < 1 + random.nextInt(6); k++) {
                covered.add("topic-" + random.nextInt(TOPICS));
            }
            List<Period> absences = i % 10 == 0 ? List.of(new Period(base, base.plusDays(5))) : List.of();
            List<Period> onCall = i % 200 == 0 ? List.of(new Period(base.plusHours(17), base.plusDays(7))) : List.of();
            people.add(new SpokespersonEntry(
                    i,
                    "Person " + i,
                    kinds[i % kinds.length],
                    "Titel " + i,
                    Set.of("AREA" + (i % AREAS)),
                    covered,
                    i % 97 == 0,
                    i > 0 ? (long) (i - 1) : null,
                    EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                    LocalTime.of(8, 0),
                    LocalTime.of(17, 0),
                    absences,
                    onCall));
        }
        List<RuleEntry> rules = List.of(
                new RuleEntry(1, RuleCondition.POLITICAL, List.of(RuleTarget.ELECTED_OFFICIAL)),
                new RuleEntry(2, RuleCondition.COMPLEX, List.of(RuleTarget.COORDINATOR)),
                new RuleEntry(3, RuleCondition.SEVERAL_AREAS, List.of(RuleTarget.COORDINATOR)),
                new RuleEntry(4, RuleCondition.ONE_AREA, List.of(RuleTarget.MANAGER, RuleTarget.EXPERT)),
                new RuleEntry(5, RuleCondition.NO_MATCH, List.of(RuleTarget.COORDINATOR)));
        RoutingSnapshot snapshot = new RoutingSnapshot(topics, people, rules);

        List<Question> questions = new ArrayList<>();
        for (int q = 0; q < WARM_UP + QUESTIONS; q++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 6 + random.nextInt(10); w++) {
                text.append(FILLER[random.nextInt(FILLER.length)]).append(' ');
            }
            if (random.nextInt(4) > 0) {
                text.append(topics.get(random.nextInt(TOPICS)).terms().get(random.nextInt(3)))
                        .append("en ");
            }
            List<String> picked = random.nextInt(3) == 0 ? List.of("topic-" + random.nextInt(TOPICS)) : List.of();
            questions.add(new Question(
                    text.toString(),
                    picked,
                    random.nextInt(5) == 0,
                    random.nextInt(20) == 0,
                    base.plusMinutes(random.nextInt(7 * 24 * 60))));
        }

        long checksum = 0;
        for (int q = 0; q < WARM_UP; q++) {
            checksum += Router.route(snapshot, questions.get(q)).proposals().size();
        }
        long[] nanos = new long[QUESTIONS];
        for (int q = 0; q < QUESTIONS; q++) {
            long start = System.nanoTime();
            checksum += Router.route(snapshot, questions.get(WARM_UP + q))
                    .proposals()
                    .size();
            nanos[q] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf(
                "%nRouter benchmark: %,d spokespeople, %,d topics, %,d questions (after %,d warm-up)%n",
                SPOKESPEOPLE, TOPICS, QUESTIONS, WARM_UP);
        System.out.printf(
                "  p50 %.3f ms   p95 %.3f ms   p99 %.3f ms   max %.3f ms   (target: p95 < 20 ms; checksum %d)%n%n",
                ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99), nanos[nanos.length - 1] / 1e6, checksum);
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    private static String word(Random random, int length) {
        String letters = "abcdefghijklmnoprstuvyåäö";
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < length; i++) {
            word.append(letters.charAt(random.nextInt(letters.length())));
        }
        return word.toString();
    }
}
