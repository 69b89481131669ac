package se.ambassadorsportalen.organisation.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.i18n.Collation;
import se.ambassadorsportalen.platform.persistence.SortKeys;
import se.ambassadorsportalen.platform.persistence.VersionedEntity;

/**
 * Someone the portal knows: an employee, who belongs to one unit and has a manager, or an
 * elected official, who has neither. The manager is not stored: it is the manager of the
 * person's unit, or, for that manager, the manager of the unit above.
 */
@Entity
@Table(name = "person")
public class Person extends VersionedEntity {

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private PersonKind kind;

    @NotBlank(message = "{organisation.person.firstName.required}")
    @Size(max = 100)
    @Column(name = "first_name", nullable = false, length = 100)
    private String firstName;

    @NotBlank(message = "{organisation.person.lastName.required}")
    @Size(max = 100)
    @Column(name = "last_name", nullable = false, length = 100)
    private String lastName;

    /** Last name, then first name, in each language's alphabet: lists of people sort by these. */
    @Embedded
    private SortKeys sortKeys;

    /** The first name alone in each language's alphabet: the people list sorted by first name. */
    @Embedded
    @AttributeOverride(name = "sv", column = @Column(name = "first_name_key_sv", length = Collation.KEY_BYTES))
    @AttributeOverride(name = "en", column = @Column(name = "first_name_key_en", length = Collation.KEY_BYTES))
    @AttributeOverride(name = "da", column = @Column(name = "first_name_key_da", length = Collation.KEY_BYTES))
    private SortKeys firstNameKeys;

    /** The profession in each language's alphabet (none sorts as empty): lists sorted by profession. */
    @Embedded
    @AttributeOverride(name = "sv", column = @Column(name = "profession_key_sv", length = Collation.KEY_BYTES))
    @AttributeOverride(name = "en", column = @Column(name = "profession_key_en", length = Collation.KEY_BYTES))
    @AttributeOverride(name = "da", column = @Column(name = "profession_key_da", length = Collation.KEY_BYTES))
    private SortKeys professionKeys;

    /** The town in each language's alphabet (none sorts as empty): lists sorted by town. */
    @Embedded
    @AttributeOverride(name = "sv", column = @Column(name = "town_key_sv", length = Collation.KEY_BYTES))
    @AttributeOverride(name = "en", column = @Column(name = "town_key_en", length = Collation.KEY_BYTES))
    @AttributeOverride(name = "da", column = @Column(name = "town_key_da", length = Collation.KEY_BYTES))
    private SortKeys townKeys;

    @Email(message = "{organisation.person.email.invalid}")
    @Size(max = 200)
    private String email;

    @Size(max = 50)
    @Pattern(regexp = "[+0-9 ()-]*", message = "{organisation.person.phone.invalid}")
    private String phone;

    @Size(max = 200)
    private String title;

    @Size(max = 120)
    private String profession;

    @Size(max = 120)
    private String town;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    /** The HR system's key; only people who carry one are changed by the HR import. */
    @Size(max = 40)
    @Column(name = "employee_number", length = 40, unique = true)
    private String employeeNumber;

    /** The last day of employment as the HR system gives it, when known. */
    @Column(name = "employment_ends")
    private LocalDate employmentEnds;

    /** Since when the person no longer works here; the row stays for the stories and consents that name them. */
    @Column(name = "left_on")
    private LocalDate leftOn;

    protected Person() {}

    public static Person employee(String firstName, String lastName, Unit unit, String profession, String town) {
        Person person = new Person();
        person.kind = PersonKind.EMPLOYEE;
        person.firstName = firstName;
        person.lastName = lastName;
        person.sortByName();
        person.setProfession(profession);
        person.setTown(town);
        person.assignTo(unit);
        return person;
    }

    public static Person electedOfficial(String firstName, String lastName, String title) {
        Person person = new Person();
        person.kind = PersonKind.ELECTED_OFFICIAL;
        person.firstName = firstName;
        person.lastName = lastName;
        person.sortByName();
        person.setProfession(null);
        person.setTown(null);
        person.title = title;
        return person;
    }

    /** Employees belong to a unit or, as an administration's own staff, to the administration; elected officials to none. */
    public void assignTo(Unit newUnit) {
        if (kind == PersonKind.ELECTED_OFFICIAL) {
            if (newUnit != null) {
                throw PortalException.invalidField("unit", "organisation.person.electedHasNoUnit");
            }
            unit = null;
            return;
        }
        if (newUnit == null) {
            throw PortalException.invalidField("unit", "organisation.person.unitRequired");
        }
        unit = newUnit;
    }

    public void changeKind(PersonKind newKind, Unit newUnit) {
        kind = newKind;
        assignTo(newUnit);
    }

    public Optional<Person> manager() {
        return unit == null ? Optional.empty() : unit.managerOtherThan(this);
    }

    public boolean isEmployee() {
        return kind == PersonKind.EMPLOYEE;
    }

    private void sortByName() {
        sortKeys = SortKeys.of(lastName, firstName);
        firstNameKeys = SortKeys.of(firstName);
    }

    /** The keys of the first name, the profession and the town, in that order; for the entity's tests. */
    SortKeys[] textKeys() {
        return new SortKeys[] {firstNameKeys, professionKeys, townKeys};
    }

    public String getDisplayName() {
        return firstName + " " + lastName;
    }

    /**
     * The name and the unit, as a picker offers people: a region of thousands has namesakes, and
     * two Anna Anderssons are told apart by where they work. Just the name for someone in no unit.
     */
    public String getNameAndUnit() {
        return unit == null ? getDisplayName() : getDisplayName() + ", " + unit.getName();
    }

    public PersonKind getKind() {
        return kind;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName == null ? null : firstName.trim();
        sortByName();
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName == null ? null : lastName.trim();
        sortByName();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = blankToNull(email);
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = blankToNull(phone);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = blankToNull(title);
    }

    public String getProfession() {
        return profession;
    }

    public void setProfession(String profession) {
        this.profession = blankToNull(profession);
        this.professionKeys = SortKeys.of(this.profession);
    }

    public String getTown() {
        return town;
    }

    public void setTown(String town) {
        this.town = blankToNull(town);
        this.townKeys = SortKeys.of(this.town);
    }

    public Unit getUnit() {
        return unit;
    }

    public String getEmployeeNumber() {
        return employeeNumber;
    }

    public LocalDate getEmploymentEnds() {
        return employmentEnds;
    }

    public LocalDate getLeftOn() {
        return leftOn;
    }

    public boolean hasLeft() {
        return leftOn != null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    @Override
    public String toString() {
        return getDisplayName();
    }
}
