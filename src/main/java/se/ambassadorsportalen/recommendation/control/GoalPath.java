package se.ambassadorsportalen.recommendation.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The straight path from a goal's baseline to its target by the deadline. A round is on track
 * when its rate is at or above the path on the round's date; the pace needed is what is left to
 * the target spread over the years left, in percentage points a year.
 */
public record GoalPath(LocalDate baselineDate, double baseline, LocalDate deadline, double target) {

    public GoalPath {
        if (baselineDate == null || deadline == null || !deadline.isAfter(baselineDate)) {
            throw new IllegalArgumentException("the deadline must come after the baseline date");
        }
        if (baseline < 0 || baseline > 1 || target < 0 || target > 1) {
            throw new IllegalArgumentException("shares are between 0 and 1");
        }
    }

    /** Where the path is on a date: the baseline before it starts, the target after the deadline. */
    public double expectedAt(LocalDate date) {
        if (!date.isAfter(baselineDate)) {
            return baseline;
        }
        if (!date.isBefore(deadline)) {
            return target;
        }
        double done =
                (double) ChronoUnit.DAYS.between(baselineDate, date) / ChronoUnit.DAYS.between(baselineDate, deadline);
        return baseline + (target - baseline) * done;
    }

    public boolean onTrack(LocalDate date, double rate) {
        return rate + 1e-9 >= expectedAt(date);
    }

    public boolean reached(double rate) {
        return target >= baseline ? rate + 1e-9 >= target : rate - 1e-9 <= target;
    }

    /**
     * Percentage points a year needed from {@code date} and {@code rate} to reach the target by the
     * deadline: 0 when reached, NaN when the deadline has passed without reaching it.
     */
    public double paceNeededPerYear(LocalDate date, double rate) {
        if (reached(rate)) {
            return 0;
        }
        long days = ChronoUnit.DAYS.between(date, deadline);
        if (days <= 0) {
            return Double.NaN;
        }
        return (target - rate) * 100 / (days / 365.25);
    }

    /** The path's own pace, for comparison: percentage points a year. */
    public double plannedPacePerYear() {
        return (target - baseline) * 100 / (ChronoUnit.DAYS.between(baselineDate, deadline) / 365.25);
    }
}
