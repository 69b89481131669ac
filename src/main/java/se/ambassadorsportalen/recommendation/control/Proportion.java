package se.ambassadorsportalen.recommendation.control;

/**
 * A share of answers: how many answered and how many of them recommend us. The Wilson score
 * interval is used because it stays inside 0–1 and behaves for the small units and the high
 * shares (near 80 %) this portal reports, where the textbook normal interval does not.
 */
public record Proportion(long answers, long recommenders) {

    /** z for a two-sided 95 % interval. */
    public static final double Z95 = 1.959963984540054;

    public Proportion {
        if (answers < 0 || recommenders < 0 || recommenders > answers) {
            throw new IllegalArgumentException("0 <= recommenders <= answers, got " + recommenders + "/" + answers);
        }
    }

    public boolean isEmpty() {
        return answers == 0;
    }

    /** The share 0–1; NaN when nobody answered. */
    public double rate() {
        return answers == 0 ? Double.NaN : (double) recommenders / answers;
    }

    public Interval wilson95() {
        return wilson(Z95);
    }

    public Interval wilson(double z) {
        if (answers == 0) {
            return new Interval(Double.NaN, Double.NaN);
        }
        double n = answers;
        double p = rate();
        double z2 = z * z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        return new Interval(Math.max(0, centre - half), Math.min(1, centre + half));
    }

    public Proportion plus(Proportion other) {
        return new Proportion(answers + other.answers, recommenders + other.recommenders);
    }

    /** A confidence interval as shares 0–1. */
    public record Interval(double low, double high) {}
}
