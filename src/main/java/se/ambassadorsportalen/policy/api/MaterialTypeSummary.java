package se.ambassadorsportalen.policy.api;

import java.util.Locale;

/**
 * What other modules may know of a material type: its code, its names and whether it is
 * debate-prone. Published instead of the {@code MaterialType} entity.
 */
public record MaterialTypeSummary(String code, String nameSv, String nameEn, boolean debateProne) {

    // Jakarta EL 5 reads JavaBean properties, not record components: the pages say #{type.code}.
    public String getCode() {
        return code;
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameSv;
    }
}
