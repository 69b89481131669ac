package se.ambassadorsportalen.brandplan.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.util.HashMap;
import java.util.Map;
import se.ambassadorsportalen.brandplan.api.PlanKind;
import se.ambassadorsportalen.brandplan.api.Wording;
import se.ambassadorsportalen.platform.PortalException;

/**
 * A target group of the employer-brand plan (internal, potential employees, students and pupils,
 * stakeholders), or a sub-group of one (former employees, high-school pupils ...). One level of
 * sub-groups, as the plans have: a sub-group's parent is a main group that may still be chosen.
 * The parent is given once: moving a group would change what old stories were written for.
 */
@Entity
@Table(name = "target_group")
public class TargetGroup extends PlanRecord {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id", updatable = false)
    private TargetGroup parent;

    @ElementCollection
    @CollectionTable(name = "target_group_text", joinColumns = @JoinColumn(name = "group_id"))
    @MapKeyColumn(name = "lang", length = 8)
    private Map<String, PlanText> texts = new HashMap<>();

    protected TargetGroup() {}

    public TargetGroup(String code, TargetGroup parent, int sortOrder, Map<String, Wording> wordings) {
        super(code, sortOrder);
        if (parent != null) {
            // through the getter: the parent's own parent is loaded lazily
            if (parent.getParent() != null) {
                throw PortalException.invalidField("parentCode", "brandplan.group.parentIsSubGroup");
            }
            if (!parent.isActive()) {
                throw PortalException.invalidField("parentCode", "brandplan.group.parentRetired");
            }
        }
        this.parent = parent;
        rename(wordings);
    }

    @Override
    protected Map<String, PlanText> texts() {
        return texts;
    }

    @Override
    public PlanKind kind() {
        return PlanKind.TARGET_GROUP;
    }

    @Override
    protected String parentCode() {
        return parent == null ? null : parent.getCode();
    }

    public TargetGroup getParent() {
        return parent;
    }
}
