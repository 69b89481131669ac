package se.ambassadorsportalen.organisation.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import se.ambassadorsportalen.organisation.boundary.Organisation;
import se.ambassadorsportalen.organisation.boundary.Organisation.UnitDetails;
import se.ambassadorsportalen.organisation.entity.Person;
import se.ambassadorsportalen.organisation.entity.Unit;
import se.ambassadorsportalen.organisation.entity.UnitKind;
import se.ambassadorsportalen.platform.web.FacesMessages;
import se.ambassadorsportalen.platform.web.LazyPage;
import se.ambassadorsportalen.platform.web.PickedById;

/** Admin page for the organisation tree: a lazy table and one form for a new or chosen unit. */
@Named
@ViewScoped
public class UnitsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Organisation organisation;

    /** The reader's language, for the alphabet of the menus and pickers. */
    @Inject
    se.ambassadorsportalen.platform.web.Language userLanguage;

    private LazyPage<Unit> units;
    private Long id;
    private long version;
    private String code;
    private String name;
    private UnitKind kind = UnitKind.UNIT;
    private Long parentId;
    private final PickedById<Person> manager = PickedById.of(id -> this.organisation.person(id));
    private Integer headcount;

    @PostConstruct
    void init() {
        units = LazyPage.of(request -> organisation.units(request));
    }

    public void startNew() {
        id = null;
        version = 0;
        code = null;
        name = null;
        kind = UnitKind.UNIT;
        parentId = null;
        manager.set(null);
        headcount = null;
    }

    public void edit(Unit unit) {
        Unit fresh = organisation.unit(unit.getId());
        id = fresh.getId();
        version = fresh.getVersion();
        code = fresh.getCode();
        name = fresh.getName();
        kind = fresh.getKind();
        parentId = fresh.getParent() == null ? null : fresh.getParent().getId();
        manager.set(fresh.getManager());
        headcount = fresh.getHeadcount();
    }

    public void save() {
        UnitDetails details = new UnitDetails(
                code, name, kind, kind == UnitKind.ADMINISTRATION ? null : parentId, manager.id(), headcount);
        try {
            Unit saved = id == null ? organisation.createUnit(details) : organisation.updateUnit(id, version, details);
            edit(saved);
            FacesMessages.info("organisation.unit.saved", saved.getName());
        } catch (RuntimeException e) {
            FacesMessages.failed(e, "unitForm");
        }
    }

    public List<Unit> getParentChoices() {
        Unit editing = id == null ? null : organisation.unit(id);
        return organisation.allUnits(userLanguage.getLocale()).stream()
                .filter(unit -> editing == null || !unit.isWithin(editing))
                .toList();
    }

    public List<Person> completeManager(String text) {
        return organisation.findPeople(text, 15, userLanguage.getLocale());
    }

    public UnitKind[] getKinds() {
        return UnitKind.values();
    }

    public LazyPage<Unit> getUnits() {
        return units;
    }

    public boolean isEditing() {
        return id != null;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public UnitKind getKind() {
        return kind;
    }

    public void setKind(UnitKind kind) {
        this.kind = kind;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public Person getManager() {
        return manager.get();
    }

    public void setManager(Person manager) {
        this.manager.set(manager);
    }

    public Integer getHeadcount() {
        return headcount;
    }

    public void setHeadcount(Integer headcount) {
        this.headcount = headcount;
    }
}
