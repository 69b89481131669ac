package se.ambassadorsportalen.brandplan.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import se.ambassadorsportalen.brandplan.api.Wording;

/** A record's texts in one language (the map key of its texts). */
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

    PlanText(String name, String description, String attributes) {
        this.name = name;
        this.description = description;
        this.attributes = attributes;
    }

    public Wording wording() {
        return new Wording(name, description, attributes);
    }

    public String getName() {
        return name;
    }
}
