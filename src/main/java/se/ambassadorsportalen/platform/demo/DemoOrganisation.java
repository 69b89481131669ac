package se.ambassadorsportalen.platform.demo;

import java.util.Arrays;
import java.util.Locale;

/**
 * Which organisation the demo shows, set by the Liberty variable {@code portal.demo.organisation}:
 * the Swedish region everyone knows (the default), or a Danish employment region in Danish, so
 * anyone can see the same portal as someone else's. The modules' demo loaders take their rows for
 * it; content that has rows for one organisation only says so through {@link DemoContent#serves}.
 */
public enum DemoOrganisation {
    /** Region Fjällmark, a Swedish region of healthcare, dental care, transport and culture. */
    FJALLMARK,
    /** Beskæftigelsesregion Fjordland, a Danish employment region, in Danish. */
    FJORDLAND;

    /** The configured organisation by its lower-case name; anything unknown is the default. */
    public static DemoOrganisation of(String value) {
        String wanted = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(organisation -> organisation.name().equals(wanted))
                .findFirst()
                .orElse(FJALLMARK);
    }

    /** The name the setting and the database's record use. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
