package se.ambassadorsportalen.recommendation.control;

import java.time.LocalDate;

/**
 * How an employer-brand goal stands by its latest measurement, in the words the goals page uses:
 * reached, on track (at or above the straight path on the measurement's date), off track, missed
 * (the deadline has passed short of the target), too few answers to show (under the anonymity
 * floor), or not measured since the baseline.
 */
public enum GoalStanding {
    REACHED,
    ON_TRACK,
    OFF_TRACK,
    MISSED,
    TOO_FEW,
    NOT_MEASURED;

    /**
     * @param share        the latest measurement's share 0–1, null when there is none
     * @param measuredOn   its date
     * @param respondents  how many answered it
     * @param floor        the anonymity floor: fewer answers are not shown
     */
    public static GoalStanding of(
            GoalPath path, Double share, LocalDate measuredOn, long respondents, int floor, LocalDate today) {
        if (share == null || measuredOn == null) {
            return NOT_MEASURED;
        }
        if (respondents < floor) {
            return TOO_FEW;
        }
        if (path.reached(share)) {
            return REACHED;
        }
        if (today.isAfter(path.deadline())) {
            return MISSED;
        }
        return path.onTrack(measuredOn, share) ? ON_TRACK : OFF_TRACK;
    }
}
