package se.ambassadorsportalen.policy.web;

import se.ambassadorsportalen.policy.entity.MaterialType;

/**
 * The channel guide editor's material type form while it is being typed: its fields and what
 * {@link GuideForm} keeps, not the material type.
 */
public class MaterialTypeForm extends GuideForm {

    private static final long serialVersionUID = 1L;

    private boolean debateProne;
    private int sortOrder;

    /** A form for a new material type, placed after the existing ones. */
    public static MaterialTypeForm blank(int sortOrder) {
        MaterialTypeForm form = new MaterialTypeForm();
        form.sortOrder = sortOrder;
        return form;
    }

    /** A form that changes this material type, filled in with what is stored. */
    public static MaterialTypeForm of(MaterialType stored) {
        MaterialTypeForm form = new MaterialTypeForm();
        form.changes(stored, stored.getNames());
        form.debateProne = stored.isDebateProne();
        form.sortOrder = stored.getSortOrder();
        return form;
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
