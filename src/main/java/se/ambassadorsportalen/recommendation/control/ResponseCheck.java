package se.ambassadorsportalen.recommendation.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers that cannot be right: more answers for a unit than it has staff (380 answers for a
 * 95-person unit is a response rate of 400 %) point at a file with the wrong round, a unit mixed
 * up or rows repeated. The import does not refuse them (a unit's headcount may be out of date),
 * but the report says so, unit by unit, instead of accepting them silently.
 */
public final class ResponseCheck {

    /** A unit whose answers in the file are more than its headcount. */
    public record OverFull(long unitId, long answers, int headcount) {

        /** The response rate in whole per cent, rounded half up. */
        public long percent() {
            return (answers * 200 + headcount) / (2L * headcount);
        }
    }

    private ResponseCheck() {}

    /**
     * The units (with a known headcount above zero) that got more answers than they have staff,
     * the worst first.
     */
    public static List<OverFull> overFull(Map<AnswerFile.Key, AnswerFile.Tally> counts, Map<Long, Integer> headcounts) {
        Map<Long, Long> answers = new HashMap<>();
        counts.forEach((key, tally) -> answers.merge(key.unitId(), tally.answers(), Long::sum));
        List<OverFull> over = new ArrayList<>();
        answers.forEach((unitId, given) -> {
            Integer heads = headcounts.get(unitId);
            if (heads != null && heads > 0 && given > heads) {
                over.add(new OverFull(unitId, given, heads));
            }
        });
        over.sort(Comparator.comparingLong(OverFull::percent).reversed().thenComparingLong(OverFull::unitId));
        return over;
    }
}
