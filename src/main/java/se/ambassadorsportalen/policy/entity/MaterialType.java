package se.ambassadorsportalen.policy.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import se.ambassadorsportalen.platform.persistence.VersionedEntity;
import se.ambassadorsportalen.policy.api.LocalNames;
import se.ambassadorsportalen.policy.api.MaterialTypeSummary;

/**
 * A kind of content (brag, tips, politics, job ad, ...). Named per language code (a row per
 * language in {@code material_type_name}, as the brand plan keeps its texts) because the names are
 * data communicators edit, in whichever of the interface's languages their organisation speaks. Debate-prone types (politics) should not be published
 * outside office hours, when nobody can answer the comments.
 */
@Entity
@Table(name = "material_type")
public class MaterialType extends VersionedEntity {

    @NotBlank
    @Pattern(regexp = "[A-Z0-9_]{2,40}", message = "{policy.materialType.code.pattern}")
    @Column(nullable = false, unique = true, length = 40)
    private String code;

    // Eager: every use of a type shows its name, and there are a handful of types.
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "material_type_name", joinColumns = @JoinColumn(name = "material_type_id"))
    @MapKeyColumn(name = "lang", length = 8)
    @Column(name = "name", nullable = false, length = ReferenceNames.MAX)
    private Map<String, String> names = new HashMap<>();

    @Column(name = "debate_prone", nullable = false)
    private boolean debateProne;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected MaterialType() {}

    /** A new type; {@code names} by language code, at least one of them (see {@link #rename}). */
    public MaterialType(String code, Map<String, String> names, boolean debateProne, int sortOrder) {
        this.code = code;
        this.debateProne = debateProne;
        this.sortOrder = sortOrder;
        rename(names);
    }

    /** A type for a form to fill in: no name yet, so it may not be saved as it is. */
    public static MaterialType blank(int sortOrder) {
        MaterialType type = new MaterialType();
        type.sortOrder = sortOrder;
        return type;
    }

    /**
     * Replaces every name: a blank one means none in that language, and at least one language must
     * have a name. Stories refer to the code, so a rename shows everywhere.
     */
    public void rename(Map<String, String> newNames) {
        ReferenceNames.replace(names, newNames, "policy.materialType.name.required");
    }

    /** The names by language code (a copy: {@link #rename} changes them). */
    public Map<String, String> getNames() {
        return new LinkedHashMap<>(names);
    }

    public String name(Locale locale) {
        return summary().name(locale);
    }

    /** The material type as other modules see it. */
    public MaterialTypeSummary summary() {
        return new MaterialTypeSummary(code, new LocalNames(names), debateProne);
    }

    public String getCode() {
        return code;
    }

    public boolean isDebateProne() {
        return debateProne;
    }

    public void setDebateProne(boolean debateProne) {
        this.debateProne = debateProne;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }
}
