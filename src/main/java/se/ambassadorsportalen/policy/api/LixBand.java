package se.ambassadorsportalen.policy.api;

/** The usual Swedish readability bands of LIX, from very easy (children's books) to very difficult (legal text). */
public enum LixBand {
    VERY_EASY,
    EASY,
    MEDIUM,
    DIFFICULT,
    VERY_DIFFICULT;

    /** Under 30 very easy, 30–40 easy, 40–50 medium, 50–60 difficult, over 60 very difficult. */
    public static LixBand of(double lix) {
        if (lix < 30) {
            return VERY_EASY;
        }
        if (lix < 40) {
            return EASY;
        }
        if (lix < 50) {
            return MEDIUM;
        }
        if (lix <= 60) {
            return DIFFICULT;
        }
        return VERY_DIFFICULT;
    }
}
