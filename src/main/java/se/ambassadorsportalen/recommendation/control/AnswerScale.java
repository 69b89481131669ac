package se.ambassadorsportalen.recommendation.control;

import java.util.Locale;
import java.util.Optional;

/**
 * The answer scales survey tools use for "would you recommend us as an employer". A round names
 * its scale and the lowest answer that counts as recommending, so 4–5 on a five-point scale and
 * 9–10 on an eleven-point scale are both data, not code.
 */
public enum AnswerScale {
    YES_NO(0, 1),
    ONE_TO_FIVE(1, 5),
    ZERO_TO_TEN(0, 10);

    private final int min;
    private final int max;

    AnswerScale(int min, int max) {
        this.min = min;
        this.max = max;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    public boolean contains(int answer) {
        return answer >= min && answer <= max;
    }

    /** eNPS is defined on the 0–10 scale only. */
    public boolean hasEnps() {
        return this == ZERO_TO_TEN;
    }

    /** The usual default for "recommends": yes, 4–5, or 9–10. */
    public int defaultRecommendsFrom() {
        return switch (this) {
            case YES_NO -> 1;
            case ONE_TO_FIVE -> 4;
            case ZERO_TO_TEN -> 9;
        };
    }

    /** Reads an answer as exported: a number, or yes/no in Swedish or English on the yes/no scale. */
    public Optional<Integer> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.trim().toLowerCase(Locale.ROOT);
        if (this == YES_NO) {
            switch (value) {
                case "ja", "yes", "j", "y", "sant", "true" -> {
                    return Optional.of(1);
                }
                case "nej", "no", "n", "falskt", "false" -> {
                    return Optional.of(0);
                }
                default -> {
                    // numbers below
                }
            }
        }
        try {
            int answer = Integer.parseInt(value);
            return contains(answer) ? Optional.of(answer) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
