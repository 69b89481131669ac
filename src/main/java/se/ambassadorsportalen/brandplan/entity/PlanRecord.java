package se.ambassadorsportalen.brandplan.entity;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import se.ambassadorsportalen.brandplan.api.PlanEntry;
import se.ambassadorsportalen.brandplan.api.PlanKind;
import se.ambassadorsportalen.brandplan.api.Wording;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.i18n.Languages;
import se.ambassadorsportalen.platform.persistence.VersionedEntity;

/**
 * What brand associations and target groups share: a code that never changes once given (stories,
 * news and goals refer to it, so a rename cannot break them), an active flag (a record is retired,
 * never deleted, because old content keeps referring to it) and texts per language code, of which
 * the portal's default language is required. The texts are a map keyed by language code, so a new
 * interface language needs no new column.
 */
@MappedSuperclass
public abstract class PlanRecord extends VersionedEntity {

    private static final long serialVersionUID = 1L;

    public static final int CODE_MAX = 40;
    public static final int NAME_MAX = 100;
    public static final int TEXT_MAX = 1000;

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0," + (CODE_MAX - 1) + "}");

    @Column(nullable = false, length = CODE_MAX, updatable = false)
    private String code;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected PlanRecord() {}

    /** Subclasses {@link #rename} after this: their map of texts exists only once their fields are set. */
    protected PlanRecord(String code, int sortOrder) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw PortalException.invalidField("code", "brandplan.code.invalid", CODE_MAX);
        }
        this.code = code;
        this.sortOrder = sortOrder;
    }

    /** The texts by language code, as mapped by each subclass to its own table. */
    protected abstract Map<String, PlanText> texts();

    public abstract PlanKind kind();

    /**
     * Replaces every text. A language whose fields are all blank has no text; the default language
     * must have a name. The code stays, so everything that refers to the record shows the new name.
     */
    public void rename(Map<String, Wording> wordings) {
        Map<String, Wording> checked = checked(
                wordings, Languages.SUPPORTED.stream().map(Locale::getLanguage).collect(Collectors.toSet()));
        texts().clear();
        checked.forEach((language, wording) -> texts().put(language, new PlanText(wording)));
    }

    static Map<String, Wording> checked(Map<String, Wording> wordings, Set<String> languages) {
        Map<String, Wording> checked = new LinkedHashMap<>();
        if (wordings != null) {
            wordings.forEach((language, wording) -> {
                if (language == null || !languages.contains(language)) {
                    throw PortalException.invalidField("texts", "brandplan.language.unknown", language);
                }
                if (wording == null) {
                    return;
                }
                String name = trimmed(wording.name());
                String description = trimmed(wording.description());
                String attributes = trimmed(wording.attributes());
                if (name == null && description == null && attributes == null) {
                    return;
                }
                if (name == null) {
                    throw PortalException.invalidField("name_" + language, "brandplan.name.required");
                }
                limit("name_" + language, name, NAME_MAX);
                limit("description_" + language, description, TEXT_MAX);
                limit("attributes_" + language, attributes, TEXT_MAX);
                checked.put(language, new Wording(name, description, attributes));
            });
        }
        String required = Languages.DEFAULT.getLanguage();
        if (!checked.containsKey(required)) {
            throw PortalException.invalidField("name_" + required, "brandplan.name.required");
        }
        return checked;
    }

    private static void limit(String field, String text, int max) {
        if (text != null && text.length() > max) {
            throw PortalException.invalidField(field, "brandplan.text.tooLong", max);
        }
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * A code made from a name ("Göra skillnad" → GORA_SKILLNAD): letters without their accents,
     * digits and underscores, short enough to leave room for a number that tells two apart.
     */
    public static String codeFrom(String name) {
        String plain = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toUpperCase(Locale.ROOT)
                .replaceAll("[^A-Z0-9]+", "_")
                .replaceAll("^[_0-9]+|_+$", "");
        if (plain.isEmpty()) {
            plain = "RECORD";
        }
        return plain.length() > CODE_MAX - 4 ? plain.substring(0, CODE_MAX - 4).replaceAll("_+$", "") : plain;
    }

    /** No longer offered for new content; what already carries it keeps it and shows its name. */
    public void retire() {
        active = false;
    }

    public void restore() {
        active = true;
    }

    /** Language code → name, also before the record has an id. */
    public Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        texts().forEach((language, text) -> names.put(language, text.wording().name()));
        return names;
    }

    public PlanEntry entry() {
        Map<String, Wording> wordings = new LinkedHashMap<>();
        texts().forEach((language, text) -> wordings.put(language, text.wording()));
        // id 0 until persisted: only a record being created is read before it has one
        return new PlanEntry(getId() == null ? 0 : getId(), getVersion(), kind(), code, active, parentCode(), wordings);
    }

    protected String parentCode() {
        return null;
    }

    public String getCode() {
        return code;
    }

    public boolean isActive() {
        return active;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
