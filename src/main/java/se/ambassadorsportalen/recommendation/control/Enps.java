package se.ambassadorsportalen.recommendation.control;

/**
 * Employee Net Promoter Score on the 0–10 scale: the percentage of promoters (9–10) minus the
 * percentage of detractors (0–6), from −100 to +100. Shown beside the rate where a round used
 * the 0–10 scale, because HR compares it with other employers.
 */
public final class Enps {

    public static final int PROMOTER_FROM = 9;
    public static final int DETRACTOR_UP_TO = 6;

    private Enps() {}

    /** NaN when nobody answered. */
    public static double score(long answers, long promoters, long detractors) {
        if (promoters < 0 || detractors < 0 || promoters + detractors > answers) {
            throw new IllegalArgumentException("promoters + detractors must not exceed answers");
        }
        if (answers == 0) {
            return Double.NaN;
        }
        return 100.0 * (promoters - detractors) / answers;
    }
}
