package se.ambassadorsportalen.platform.i18n;

import java.util.List;
import java.util.Locale;

/**
 * The languages the portal speaks: Swedish first and by default, then English and Danish. Which of
 * them an organisation offers, and which it starts in, is its profile's choice; the methods that
 * take {@code offered} keep every choice inside that list.
 */
public final class Languages {

    public static final Locale DEFAULT = Locale.forLanguageTag("sv");
    public static final Locale DANISH = Locale.forLanguageTag("da");
    public static final List<Locale> SUPPORTED = List.of(DEFAULT, Locale.ENGLISH, DANISH);

    private Languages() {}

    /** The supported language closest to a tag such as "en-GB"; Swedish when nothing fits. */
    public static Locale closest(String tag) {
        return supported(tag).orElse(DEFAULT);
    }

    /**
     * The language a choice ({@code ?lang=}, an account's saved language) may give: the chosen one
     * when the organisation offers it, else the organisation's default. An organisation that has
     * stopped offering a language never shows it again, whoever asks for it.
     */
    public static Locale offeredOrDefault(String tag, List<String> offered, String organisationDefault) {
        return supported(tag)
                .filter(locale -> offered.contains(locale.getLanguage()))
                .orElseGet(() -> closest(organisationDefault));
    }

    /** Whether a choice names a language the organisation offers (only such a choice is kept on an account). */
    public static boolean isOffered(String tag, List<String> offered) {
        return supported(tag)
                .filter(locale -> offered.contains(locale.getLanguage()))
                .isPresent();
    }

    private static java.util.Optional<Locale> supported(String tag) {
        if (tag == null || tag.isBlank()) {
            return java.util.Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.trim()).getLanguage();
        return SUPPORTED.stream()
                .filter(locale -> locale.getLanguage().equals(language))
                .findFirst();
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
