package se.ambassadorsportalen.platform.i18n;

import java.util.List;
import java.util.Locale;

/** The languages the portal speaks: Swedish first and by default, then English. */
public final class Languages {

    public static final Locale DEFAULT = Locale.forLanguageTag("sv");
    public static final List<Locale> SUPPORTED = List.of(DEFAULT, Locale.ENGLISH);

    private Languages() {}

    /** The supported language closest to a tag such as "en-GB"; Swedish when nothing fits. */
    public static Locale closest(String tag) {
        if (tag == null || tag.isBlank()) {
            return DEFAULT;
        }
        String language = Locale.forLanguageTag(tag.trim()).getLanguage();
        return SUPPORTED.stream()
                .filter(locale -> locale.getLanguage().equals(language))
                .findFirst()
                .orElse(DEFAULT);
    }

    /**
     * The best language from an Accept-Language list among those the organisation offers (its
     * profile), or the organisation's default when none of them is acceptable.
     */
    public static Locale fromAcceptLanguage(List<Locale> acceptable, List<String> offered, String organisationDefault) {
        List<Locale> choices = SUPPORTED.stream()
                .filter(locale -> offered.contains(locale.getLanguage()))
                .toList();
        for (Locale wanted : acceptable) {
            for (Locale choice : choices) {
                if (choice.getLanguage().equals(wanted.getLanguage())) {
                    return choice;
                }
            }
        }
        return closest(organisationDefault);
    }

    /** The best supported language from an Accept-Language list. */
    public static Locale fromAcceptLanguage(List<Locale> acceptable) {
        for (Locale wanted : acceptable) {
            for (Locale supported : SUPPORTED) {
                if (supported.getLanguage().equals(wanted.getLanguage())) {
                    return supported;
                }
            }
        }
        return DEFAULT;
    }
}
