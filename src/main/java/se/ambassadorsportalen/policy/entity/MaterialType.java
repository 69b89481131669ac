package se.ambassadorsportalen.policy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import se.ambassadorsportalen.platform.persistence.VersionedEntity;
import se.ambassadorsportalen.policy.api.MaterialTypeSummary;

/**
 * A kind of content (brag, tips, politics, job ad, ...). Named in Swedish and English because
 * the names are data communicators edit. Debate-prone types (politics) should not be published
 * outside office hours, when nobody can answer the comments.
 */
@Entity
@Table(name = "material_type")
public class MaterialType extends VersionedEntity {

    @NotBlank
    @Pattern(regexp = "[A-Z0-9_]{2,40}", message = "{policy.materialType.code.pattern}")
    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @NotBlank(message = "{policy.materialType.name.required}")
    @Size(max = 100)
    @Column(name = "name_sv", nullable = false, length = 100)
    private String nameSv;

    @NotBlank(message = "{policy.materialType.name.required}")
    @Size(max = 100)
    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    @Column(name = "debate_prone", nullable = false)
    private boolean debateProne;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected MaterialType() {}

    public MaterialType(String code, String nameSv, String nameEn, boolean debateProne, int sortOrder) {
        this.code = code;
        this.nameSv = nameSv;
        this.nameEn = nameEn;
        this.debateProne = debateProne;
        this.sortOrder = sortOrder;
    }

    public String name(Locale locale) {
        return summary().name(locale);
    }

    /** The material type as other modules see it. */
    public MaterialTypeSummary summary() {
        return new MaterialTypeSummary(code, nameSv, nameEn, debateProne);
    }

    public String getCode() {
        return code;
    }

    public String getNameSv() {
        return nameSv;
    }

    public void setNameSv(String nameSv) {
        this.nameSv = nameSv;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
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
