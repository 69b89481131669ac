package se.ambassadorsportalen.platform.demo;

import java.util.Locale;

/**
 * How much demo data the portal loads: the small demo region everyone knows (the default), or the
 * small demo plus a whole region's volume on top of it, for load tests and for seeing the pages at
 * the size they will have in production. Set by the Liberty variable {@code portal.demo.size}.
 */
public enum DemoSize {
    SMALL,
    LARGE;

    /** The configured size; anything but "large" (in any case) is the small demo. */
    public static DemoSize of(String value) {
        return value != null && "large".equals(value.trim().toLowerCase(Locale.ROOT)) ? LARGE : SMALL;
    }

    public boolean includes(DemoSize other) {
        return compareTo(other) >= 0;
    }
}
