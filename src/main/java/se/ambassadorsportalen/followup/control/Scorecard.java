package se.ambassadorsportalen.followup.control;

/**
 * A period's figures against the channel's targets. The strategy states new followers "a month"
 * and posts "a week": a 28-day period is its month and four of its weeks. A target nobody set
 * is no target, and a figure nobody entered is not a miss but a gap.
 */
public final class Scorecard {

    /** How a figure stands against its target. */
    public enum Status {
        MET,
        MISSED,
        NO_FIGURE,
        NO_TARGET
    }

    private Scorecard() {}

    public static Status atLeast(Number figure, Number target) {
        if (target == null) {
            return Status.NO_TARGET;
        }
        if (figure == null) {
            return Status.NO_FIGURE;
        }
        return figure.doubleValue() + 1e-9 >= target.doubleValue() ? Status.MET : Status.MISSED;
    }

    /** The posts a period should have: the weekly target times the period's four weeks. */
    public static Integer postsPerPeriod(Integer postsPerWeek) {
        return postsPerWeek == null ? null : postsPerWeek * (Cycle.DAYS / 7);
    }
}
