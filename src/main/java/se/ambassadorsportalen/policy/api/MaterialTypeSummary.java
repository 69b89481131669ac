package se.ambassadorsportalen.policy.api;

import java.util.Locale;

/**
 * What other modules may know of a material type: its code, its names per language and whether it
 * is debate-prone. Published instead of the {@code MaterialType} entity.
 */
public record MaterialTypeSummary(String code, LocalNames names, boolean debateProne) {

    // Jakarta EL 5 reads JavaBean properties, not record components: the pages say #{type.code}.
    public String getCode() {
        return code;
    }

    /** The name in the user's language, with {@link LocalNames#in}'s fallback. */
    public String name(Locale locale) {
        return names.in(locale);
    }
}
