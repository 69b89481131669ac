package se.ambassadorsportalen.story.control;

import java.time.Instant;
import se.ambassadorsportalen.platform.time.PortalTime;

/**
 * What the public careers site may show: staff portraits published in some channel within the
 * last twelve months (the employer-brand plan's "våra ambassadörer"), with every consent given.
 */
public final class PublicFeedRules {

    /** The material type whose published stories feed the public page. */
    public static final String PORTRAIT_TYPE = "STAFF_PORTRAIT";

    public static final int MONTHS = 12;

    private PublicFeedRules() {}

    /** The oldest publication time that still counts. */
    public static Instant since(Instant now) {
        return now.atZone(PortalTime.zone()).minusMonths(MONTHS).toInstant();
    }
}
