package se.ambassadorsportalen.organisation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.persistence.SortKeys;
import se.ambassadorsportalen.platform.persistence.VersionedEntity;

/**
 * A node of the organisation tree. An administration is a root; a unit always has a parent.
 * The tree refuses cycles, so every walk up it ends.
 */
@Entity
@Table(name = "org_unit")
public class Unit extends VersionedEntity {

    @NotBlank(message = "{organisation.unit.code.required}")
    @Size(max = 40)
    @Pattern(regexp = "[A-Za-z0-9._-]+", message = "{organisation.unit.code.pattern}")
    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @NotBlank(message = "{organisation.unit.name.required}")
    @Size(max = 200)
    @Column(nullable = false, length = 200)
    private String name;

    /** The name in each language's alphabet: lists of units sort by these. */
    @Embedded
    private SortKeys sortKeys;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private UnitKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Unit parent;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "manager_id")
    private Person manager;

    @PositiveOrZero
    private Integer headcount;

    /** The unit that took this one over in a merge (the HR import's doing); null while it is in use. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "merged_into_id")
    private Unit mergedInto;

    protected Unit() {}

    public static Unit administration(String code, String name) {
        Unit unit = new Unit();
        unit.code = code;
        unit.name = name;
        unit.sortKeys = SortKeys.of(name);
        unit.kind = UnitKind.ADMINISTRATION;
        return unit;
    }

    public static Unit unit(String code, String name, Unit parent) {
        Unit unit = new Unit();
        unit.code = code;
        unit.name = name;
        unit.sortKeys = SortKeys.of(name);
        unit.kind = UnitKind.UNIT;
        unit.placeUnder(parent);
        return unit;
    }

    /** Moves this node; refuses a unit without a parent, an administration with one, and any cycle. */
    public void placeUnder(Unit newParent) {
        if (kind == UnitKind.ADMINISTRATION) {
            if (newParent != null) {
                throw PortalException.invalidField("parent", "organisation.unit.administrationHasNoParent");
            }
            parent = null;
            return;
        }
        if (newParent == null) {
            throw PortalException.invalidField("parent", "organisation.unit.parentRequired");
        }
        for (Unit ancestor = newParent; ancestor != null; ancestor = ancestor.parent) {
            if (ancestor == this
                    || (ancestor.getId() != null && ancestor.getId().equals(getId()))) {
                throw PortalException.invalidField("parent", "organisation.unit.cycle");
            }
        }
        parent = newParent;
    }

    public void changeKind(UnitKind newKind, Unit newParent) {
        kind = newKind;
        placeUnder(newParent);
    }

    /** The administration this node belongs to (itself for an administration). */
    public Unit administration() {
        Unit node = this;
        while (node.parent != null) {
            node = node.parent;
        }
        return node;
    }

    /** This node and its ancestors, nearest first. */
    public List<Unit> pathToRoot() {
        List<Unit> path = new ArrayList<>();
        for (Unit node = this; node != null; node = node.parent) {
            path.add(node);
        }
        return path;
    }

    public boolean isWithin(Unit ancestor) {
        return pathToRoot().stream().anyMatch(node -> node.equals(ancestor));
    }

    /** The nearest manager above this node who is not {@code person}; empty at the top. */
    public Optional<Person> managerOtherThan(Person person) {
        for (Unit node = this; node != null; node = node.parent) {
            if (node.manager != null && !node.manager.equals(person)) {
                return Optional.of(node.manager);
            }
        }
        return Optional.empty();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.trim();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.trim();
        sortKeys = SortKeys.of(this.name);
    }

    public UnitKind getKind() {
        return kind;
    }

    public Unit getParent() {
        return parent;
    }

    public Person getManager() {
        return manager;
    }

    public void setManager(Person manager) {
        this.manager = manager;
    }

    public Unit getMergedInto() {
        return mergedInto;
    }

    public Integer getHeadcount() {
        return headcount;
    }

    public void setHeadcount(Integer headcount) {
        this.headcount = headcount;
    }

    @Override
    public String toString() {
        return code + " " + name;
    }
}
