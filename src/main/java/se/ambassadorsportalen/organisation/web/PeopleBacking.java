package se.ambassadorsportalen.organisation.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import se.ambassadorsportalen.organisation.boundary.Organisation;
import se.ambassadorsportalen.organisation.boundary.Organisation.PersonDetails;
import se.ambassadorsportalen.organisation.entity.Person;
import se.ambassadorsportalen.organisation.entity.PersonKind;
import se.ambassadorsportalen.organisation.entity.Unit;
import se.ambassadorsportalen.platform.web.FacesMessages;
import se.ambassadorsportalen.platform.web.LazyPage;

/** Admin page for employees and elected officials: a lazy table and one form. */
@Named
@ViewScoped
public class PeopleBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Organisation organisation;

    /** The reader's language, for the alphabet of the menus and pickers. */
    @Inject
    se.ambassadorsportalen.platform.web.Language userLanguage;

    private LazyPage<Person> people;
    private Long id;
    private long version;
    private PersonKind kind = PersonKind.EMPLOYEE;
    private String firstName;
    private String lastName;
    private String email;
    private String phone;
    private String title;
    private String profession;
    private String town;
    private Long unitId;

    @PostConstruct
    void init() {
        people = LazyPage.of(request -> organisation.people(request));
    }

    public void startNew() {
        id = null;
        version = 0;
        kind = PersonKind.EMPLOYEE;
        firstName = lastName = email = phone = title = profession = town = null;
        unitId = null;
    }

    public void edit(Person person) {
        Person fresh = organisation.person(person.getId());
        id = fresh.getId();
        version = fresh.getVersion();
        kind = fresh.getKind();
        firstName = fresh.getFirstName();
        lastName = fresh.getLastName();
        email = fresh.getEmail();
        phone = fresh.getPhone();
        title = fresh.getTitle();
        profession = fresh.getProfession();
        town = fresh.getTown();
        unitId = fresh.getUnit() == null ? null : fresh.getUnit().getId();
    }

    public void save() {
        PersonDetails details = new PersonDetails(
                kind,
                firstName,
                lastName,
                email,
                phone,
                title,
                profession,
                town,
                kind == PersonKind.EMPLOYEE ? unitId : null);
        try {
            Person saved =
                    id == null ? organisation.createPerson(details) : organisation.updatePerson(id, version, details);
            edit(saved);
            FacesMessages.info("organisation.person.saved", saved.getDisplayName());
        } catch (RuntimeException e) {
            FacesMessages.failed(e, "personForm");
        }
    }

    public List<Unit> getUnitChoices() {
        return organisation.allUnits(userLanguage.getLocale());
    }

    public PersonKind[] getKinds() {
        return PersonKind.values();
    }

    public LazyPage<Person> getPeople() {
        return people;
    }

    public boolean isEditing() {
        return id != null;
    }

    public PersonKind getKind() {
        return kind;
    }

    public void setKind(PersonKind kind) {
        this.kind = kind;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getProfession() {
        return profession;
    }

    public void setProfession(String profession) {
        this.profession = profession;
    }

    public String getTown() {
        return town;
    }

    public void setTown(String town) {
        this.town = town;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }
}
