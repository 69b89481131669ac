package se.ambassadorsportalen.recommendation.control;

import java.util.List;
import java.util.OptionalDouble;

/**
 * Pearson's correlation between two series, for "do units with more ambassadors recommend us
 * more?". A hint for HR, not proof: with few units or no spread there is nothing to say.
 */
public final class Correlation {

    /** Fewer units than this give no figure: a correlation of three points means little. */
    public static final int MINIMUM_POINTS = 4;

    private Correlation() {}

    public static OptionalDouble pearson(List<Double> xs, List<Double> ys) {
        if (xs.size() != ys.size()) {
            throw new IllegalArgumentException("series of different length");
        }
        int n = xs.size();
        if (n < MINIMUM_POINTS) {
            return OptionalDouble.empty();
        }
        double meanX = xs.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double meanY = ys.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double covariance = 0;
        double varianceX = 0;
        double varianceY = 0;
        for (int i = 0; i < n; i++) {
            double dx = xs.get(i) - meanX;
            double dy = ys.get(i) - meanY;
            covariance += dx * dy;
            varianceX += dx * dx;
            varianceY += dy * dy;
        }
        if (varianceX == 0 || varianceY == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(covariance / Math.sqrt(varianceX * varianceY));
    }
}
