package se.ambassadorsportalen.platform.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Looks up a user-visible text by key in the portal's resource bundles: one bundle per module
 * under {@code i18n/}, Swedish in the base file, English in {@code _en}. Services speak in keys
 * (see {@code PortalException}); this turns a key into the user's language.
 */
public final class Messages {

    /** Every module's bundle, searched in this order. */
    public static final List<String> BUNDLES = List.of(
            "i18n.platform",
            "i18n.organisation",
            "i18n.policy",
            "i18n.ambassador",
            "i18n.story",
            "i18n.press",
            "i18n.recommendation",
            "i18n.followup",
            "i18n.news",
            "i18n.lobbying");

    private Messages() {}

    public static String text(Locale locale, String key, Object... arguments) {
        for (String bundleName : BUNDLES) {
            ResourceBundle bundle = bundle(bundleName, locale);
            if (bundle != null && bundle.containsKey(key)) {
                String pattern = bundle.getString(key);
                return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
            }
        }
        return key;
    }

    /**
     * How the language writes a date and time ({@code platform.format.dateTime}): ISO-like in
     * Swedish and English, {@code 01.12.2026 14:30} in Danish; for mail, where no Faces converter
     * formats them.
     */
    public static java.time.format.DateTimeFormatter dateTimeFormat(Locale locale) {
        return java.time.format.DateTimeFormatter.ofPattern(text(locale, "platform.format.dateTime"), locale);
    }

    /**
     * How the language writes a date ({@code platform.format.date}): {@code 2026-12-01} in Swedish
     * and English, {@code 01.12.2026} in Danish; for text written outside a page (mail, routing
     * reasons), never for files and the API, which stay ISO.
     */
    public static java.time.format.DateTimeFormatter dateFormat(Locale locale) {
        return java.time.format.DateTimeFormatter.ofPattern(text(locale, "platform.format.date"), locale);
    }

    public static boolean exists(String key) {
        return BUNDLES.stream()
                .map(name -> bundle(name, Languages.DEFAULT))
                .anyMatch(bundle -> bundle != null && bundle.containsKey(key));
    }

    private static ResourceBundle bundle(String name, Locale locale) {
        try {
            return ResourceBundle.getBundle(
                    name,
                    locale,
                    Messages.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException absent) {
            return null;
        }
    }
}
