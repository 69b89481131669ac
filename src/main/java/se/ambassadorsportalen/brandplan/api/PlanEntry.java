package se.ambassadorsportalen.brandplan.api;

import java.util.Locale;
import java.util.Map;
import se.ambassadorsportalen.platform.i18n.Languages;

/**
 * What other modules know of a brand association or target group: its stable code, whether it may
 * still be chosen, its parent's code (sub-groups only) and its texts per language code. Published
 * instead of the entities.
 */
public record PlanEntry(
        long id,
        long version,
        PlanKind kind,
        String code,
        boolean active,
        String parentCode,
        Map<String, Wording> texts) {

    public PlanEntry {
        texts = Map.copyOf(texts);
    }

    /** The texts in the language asked for, else in the portal's default language, else any. */
    public Wording wording(Locale locale) {
        Wording wanted = locale == null ? null : texts.get(locale.getLanguage());
        if (wanted != null) {
            return wanted;
        }
        Wording fallback = texts.get(Languages.DEFAULT.getLanguage());
        if (fallback != null) {
            return fallback;
        }
        return texts.values().stream().findFirst().orElse(new Wording(code, null, null));
    }

    public String name(Locale locale) {
        return wording(locale).name();
    }

    public boolean isSubGroup() {
        return parentCode != null;
    }

    public String getCode() {
        return code;
    }

    public long getId() {
        return id;
    }

    public boolean isActive() {
        return active;
    }
}
