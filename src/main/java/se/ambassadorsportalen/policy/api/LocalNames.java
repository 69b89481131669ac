package se.ambassadorsportalen.policy.api;

import java.io.Serializable;
import java.util.Locale;
import java.util.Map;
import se.ambassadorsportalen.platform.i18n.Languages;

/**
 * A reference record's names by language code ("sv", "en", "da"), as communicators wrote them. A
 * record need not have a name in every language (a Danish organisation may write only Danish ones),
 * so {@link #in} falls back: the wanted language, then the interface's languages in their order
 * (Swedish, English, Danish), so a page never shows an empty name.
 */
public record LocalNames(Map<String, String> byLanguage) implements Serializable {

    public LocalNames {
        byLanguage = byLanguage == null ? Map.of() : Map.copyOf(byLanguage);
    }

    /** The name in the language of {@code locale}, or the first the record has in the interface's order. */
    public String in(Locale locale) {
        String wanted = locale == null ? null : byLanguage.get(locale.getLanguage());
        if (wanted != null) {
            return wanted;
        }
        for (Locale language : Languages.SUPPORTED) {
            String name = byLanguage.get(language.getLanguage());
            if (name != null) {
                return name;
            }
        }
        return byLanguage.values().stream().sorted().findFirst().orElse("");
    }
}
