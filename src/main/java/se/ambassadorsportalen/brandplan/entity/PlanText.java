package se.ambassadorsportalen.brandplan.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import se.ambassadorsportalen.brandplan.api.Wording;

/**
 * A record's texts in one language (the map key of its texts). Brand associations and target
 * groups keep them in tables of their own ({@code brand_association_text}, {@code
 * target_group_text}) with the same columns, so one embeddable serves both.
 */
@Embeddable
public class PlanText implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false, length = PlanRecord.NAME_MAX)
    private String name;

    @Column(length = PlanRecord.TEXT_MAX)
    private String description;

    @Column(length = PlanRecord.TEXT_MAX)
    private String attributes;

    protected PlanText() {}

    PlanText(Wording checked) {
        this.name = checked.name();
        this.description = checked.description();
        this.attributes = checked.attributes();
    }

    public Wording wording() {
        return new Wording(name, description, attributes);
    }
}
