package se.ambassadorsportalen.brandplan.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.util.HashMap;
import java.util.Map;
import se.ambassadorsportalen.brandplan.api.PlanKind;
import se.ambassadorsportalen.brandplan.api.Wording;

/**
 * One of the employer brand's associations (in the source plan: make a difference, close,
 * developing) with what it means and its attributes per language. The strategy says every piece
 * of communication carries at least one.
 */
@Entity
@Table(name = "brand_association")
public class BrandAssociation extends PlanRecord {

    private static final long serialVersionUID = 1L;

    @ElementCollection
    @CollectionTable(name = "brand_association_text", joinColumns = @JoinColumn(name = "association_id"))
    @MapKeyColumn(name = "lang", length = 8)
    private Map<String, PlanText> texts = new HashMap<>();

    protected BrandAssociation() {}

    public BrandAssociation(String code, int sortOrder, Map<String, Wording> wordings) {
        super(code, sortOrder);
        rename(wordings);
    }

    @Override
    protected Map<String, PlanText> texts() {
        return texts;
    }

    @Override
    public PlanKind kind() {
        return PlanKind.ASSOCIATION;
    }
}
