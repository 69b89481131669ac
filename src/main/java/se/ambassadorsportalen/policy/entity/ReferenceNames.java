package se.ambassadorsportalen.policy.entity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.i18n.Languages;

/**
 * The rule material types and channels share for their names per language: one name in at least
 * one of the interface's languages, each at most {@value #MAX} characters; a blank name means "none
 * in that language" (the pages then fall back to another). Errors name the form field
 * ({@code name_sv}, {@code name_da} ...).
 */
final class ReferenceNames {

    static final int MAX = 100;

    private ReferenceNames() {}

    /** Replaces {@code names} (an entity's mapped map, changed in place) by the checked {@code newNames}. */
    static void replace(Map<String, String> names, Map<String, String> newNames, String requiredKey) {
        Map<String, String> checked = checked(newNames, requiredKey);
        // remove and put one by one: the mapped map records each change for its table
        for (String language : List.copyOf(names.keySet())) {
            if (!checked.containsKey(language)) {
                names.remove(language);
            }
        }
        names.putAll(checked);
    }

    static Map<String, String> checked(Map<String, String> names, String requiredKey) {
        Map<String, String> checked = new LinkedHashMap<>();
        if (names != null) {
            names.forEach((language, name) -> {
                if (Languages.SUPPORTED.stream().map(Locale::getLanguage).noneMatch(l -> l.equals(language))) {
                    throw PortalException.invalidField("names", "policy.name.language", language);
                }
                if (name == null || name.isBlank()) {
                    return;
                }
                String trimmed = name.strip();
                if (trimmed.length() > MAX) {
                    throw PortalException.invalidField("name_" + language, "policy.name.tooLong", MAX);
                }
                checked.put(language, trimmed);
            });
        }
        if (checked.isEmpty()) {
            throw PortalException.invalidField("name_" + Languages.DEFAULT.getLanguage(), requiredKey);
        }
        return checked;
    }
}
