package se.ambassadorsportalen.news.entity;

import java.time.Duration;

/** How often a reader wants the digest of new items by mail. */
public enum DigestFrequency {
    NONE(null),
    DAILY(Duration.ofDays(1)),
    WEEKLY(Duration.ofDays(7));

    private final Duration period;

    DigestFrequency(Duration period) {
        this.period = period;
    }

    /** The time between two digests; none for {@link #NONE}. */
    public Duration period() {
        return period;
    }
}
