package se.ambassadorsportalen.brandplan.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import se.ambassadorsportalen.brandplan.api.Wording;

/** The texts of a brand association's in one language. */
@Embeddable
public class AssociationText implements PlanText, Serializable {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false, length = PlanRecord.NAME_MAX)
    private String name;

    @Column(length = PlanRecord.TEXT_MAX)
    private String description;

    @Column(length = PlanRecord.TEXT_MAX)
    private String attributes;

    protected AssociationText() {}

    AssociationText(Wording checked) {
        this.name = checked.name();
        this.description = checked.description();
        this.attributes = checked.attributes();
    }

    @Override
    public Wording wording() {
        return new Wording(name, description, attributes);
    }
}
