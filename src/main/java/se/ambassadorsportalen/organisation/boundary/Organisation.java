package se.ambassadorsportalen.organisation.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import se.ambassadorsportalen.organisation.control.Alphabetical;
import se.ambassadorsportalen.organisation.entity.Person;
import se.ambassadorsportalen.organisation.entity.PersonKind;
import se.ambassadorsportalen.organisation.entity.Unit;
import se.ambassadorsportalen.organisation.entity.UnitKind;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.persistence.InLists;
import se.ambassadorsportalen.platform.persistence.Page;
import se.ambassadorsportalen.platform.persistence.PageRequest;
import se.ambassadorsportalen.platform.persistence.Queries;
import se.ambassadorsportalen.platform.persistence.SortKeys;
import se.ambassadorsportalen.platform.security.OpenOnPurpose;
import se.ambassadorsportalen.platform.security.Role;

/**
 * The organisation tree and its people: what every module reads (units, managers, headcount)
 * and what admins maintain. Reads are for any signed-in user (every role), changes for admins;
 * the two reads the demo loaders make at start-up, when nobody is signed in, are open on purpose.
 */
@Stateless
@RolesAllowed({
    Role.Names.EMPLOYEE,
    Role.Names.MANAGER,
    Role.Names.PRESS_OFFICER,
    Role.Names.HR,
    Role.Names.COMMUNICATOR,
    Role.Names.ADMIN
})
public class Organisation {

    /** Details of a unit as a form or an HR system sends them. */
    public record UnitDetails(
            String code, String name, @NotNull UnitKind kind, Long parentId, Long managerId, Integer headcount) {}

    /** Details of a person as a form or an HR system sends them. */
    public record PersonDetails(
            @NotNull PersonKind kind,
            String firstName,
            String lastName,
            String email,
            String phone,
            String title,
            String profession,
            String town,
            Long unitId) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    UnitOutlineCache outlines;

    public Unit unit(long id) {
        return Optional.ofNullable(em.find(Unit.class, id))
                .orElseThrow(() -> PortalException.notFound("organisation.unit.notFound", id));
    }

    // Open: the demo loaders find units by code at start-up, with no caller; a unit's code and
    // name are on every page of the portal and no secret.
    @PermitAll
    @OpenOnPurpose("the demo loaders find units by code at start-up, with no caller; codes are no secret")
    public Optional<Unit> unitByCode(String code) {
        return em.createQuery("select u from Unit u where u.code = :code", Unit.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    public Person person(long id) {
        return Optional.ofNullable(em.find(Person.class, id))
                .orElseThrow(() -> PortalException.notFound("organisation.person.notFound", id));
    }

    /** Every node of the tree, administrations first. The tree is small (hundreds of nodes). */
    // Open: the large demo loader reads the tree at start-up, with no caller; the tree holds no
    // personal data.
    @PermitAll
    @OpenOnPurpose("the large demo loader reads the tree at start-up, with no caller; no personal data")
    public List<Unit> allUnits() {
        return em.createQuery("select u from Unit u left join fetch u.parent order by u.kind, u.name", Unit.class)
                .getResultList();
    }

    /** Every node of the tree for a menu: administrations first, each kind in the reader's alphabet. */
    public List<Unit> allUnits(Locale locale) {
        return Alphabetical.units(allUnits(), locale);
    }

    /** A unit as a read-only outline, for calculations over the whole tree. */
    public record UnitOutline(long id, Long parentId, String code, String name, UnitKind kind, Integer headcount)
            implements Serializable {}

    /**
     * Every unit as an outline, without managed entities: a dashboard that walks the tree several
     * times per request would otherwise copy every unit into a persistence context each time
     * (thousands of objects per request at a region's size). Kept in memory between changes
     * ({@link UnitOutlineCache}).
     */
    public List<UnitOutline> unitOutlines() {
        return outlines.get(this::readUnitOutlines);
    }

    private List<UnitOutline> readUnitOutlines() {
        return em
                .createQuery(
                        "select u.id, p.id, u.code, u.name, u.kind, u.headcount from Unit u left join u.parent p",
                        Object[].class)
                .getResultList()
                .stream()
                .map(row -> new UnitOutline(
                        (Long) row[0], (Long) row[1], (String) row[2], (String) row[3], (UnitKind) row[4], (Integer)
                                row[5]))
                .toList();
    }

    /** Head counts other modules weigh their own figures against; no names, so no person is exposed. */
    public record Workforce(
            Map<String, Long> employeesByProfession, List<String> towns, Map<Long, Long> peoplePerUnit) {}

    /** Employees per profession, the towns people work in and the number of people per unit, in three statements. */
    @RolesAllowed({Role.Names.COMMUNICATOR, Role.Names.PRESS_OFFICER})
    public Workforce workforce() {
        Map<String, Long> employeesByProfession = new LinkedHashMap<>();
        for (Object[] row : em.createQuery(
                        "select p.profession, count(p) from Person p where p.profession is not null"
                                + " and p.kind = :employee group by p.profession",
                        Object[].class)
                .setParameter("employee", PersonKind.EMPLOYEE)
                .getResultList()) {
            employeesByProfession.put((String) row[0], (Long) row[1]);
        }
        List<String> towns = em.createQuery(
                        "select distinct p.town from Person p where p.town is not null", String.class)
                .getResultList();
        Map<Long, Long> peoplePerUnit = new HashMap<>();
        for (Object[] row : em.createQuery(
                        "select p.unit.id, count(p) from Person p where p.unit is not null group by p.unit.id",
                        Object[].class)
                .getResultList()) {
            peoplePerUnit.put((Long) row[0], (Long) row[1]);
        }
        return new Workforce(employeesByProfession, towns, peoplePerUnit);
    }

    @PermitAll
    @OpenOnPurpose("the large demo loader reads the administrations at start-up, with no caller")
    public List<Unit> administrations() {
        return em.createQuery("select u from Unit u where u.kind = :kind order by u.name", Unit.class)
                .setParameter("kind", UnitKind.ADMINISTRATION)
                .getResultList();
    }

    /** The administrations for a menu, in the reader's alphabet. */
    public List<Unit> administrations(Locale locale) {
        return Alphabetical.units(administrations(), locale);
    }

    /** The unit and every unit below it. */
    public List<Unit> subtree(Unit root) {
        List<Unit> result = new ArrayList<>();
        List<Unit> frontier = List.of(root);
        while (!frontier.isEmpty()) {
            result.addAll(frontier);
            frontier = em.createQuery("select u from Unit u where u.parent in :parents", Unit.class)
                    .setParameter("parents", InLists.padded(frontier))
                    .getResultList();
        }
        return result;
    }

    /** The units a person manages, with everything below them. */
    public List<Unit> unitsManagedBy(Person manager) {
        List<Unit> managed = em.createQuery("select u from Unit u where u.manager = :manager", Unit.class)
                .setParameter("manager", manager)
                .getResultList();
        List<Unit> result = new ArrayList<>();
        for (Unit unit : managed) {
            for (Unit node : subtree(unit)) {
                if (!result.contains(node)) {
                    result.add(node);
                }
            }
        }
        return result;
    }

    /** Employees in the given units by last name, then first name, in the reader's alphabet. */
    public List<Person> employeesIn(List<Unit> units, Locale reader) {
        if (units.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select p from Person p where p.unit in :units order by " + SortKeys.path("p.sortKeys", reader)
                                + ", p.id",
                        Person.class)
                .setParameter("units", InLists.padded(units))
                .getResultList();
    }

    public long employeeCount(List<Unit> units) {
        if (units.isEmpty()) {
            return 0;
        }
        return em.createQuery("select count(p) from Person p where p.unit in :units", Long.class)
                .setParameter("units", InLists.padded(units))
                .getSingleResult();
    }

    /** Staff per unit id for many units in one statement; units without staff are left out. */
    public Map<Long, Long> employeeCounts(List<Unit> units) {
        return employeeCountsByUnitId(units.stream().map(Unit::getId).toList());
    }

    /** Staff per unit id, as {@link #employeeCounts}, for units known by their ids. */
    public Map<Long, Long> employeeCountsByUnitId(List<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery(
                        "select p.unit.id, count(p) from Person p where p.unit.id in :units group by p.unit.id",
                        Object[].class)
                .setParameter("units", InLists.padded(unitIds))
                .getResultList()
                .forEach(row -> counts.put((Long) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    public Page<Unit> units(PageRequest request) {
        return Queries.page(
                em,
                Unit.class,
                request,
                Map.of("code", "code", "name", "sortKeys", "kind", "kind", "parent", "parent.sortKeys"),
                Map.of("code", "code", "name", "name", "parent", "parent.name"),
                null,
                "sortKeys",
                "parent",
                "manager");
    }

    public Page<Person> people(PageRequest request) {
        return Queries.page(
                em,
                Person.class,
                request,
                Map.of(
                        "name",
                        "sortKeys",
                        "lastName",
                        "sortKeys",
                        "firstName",
                        "firstNameKeys",
                        "unit",
                        "unit.sortKeys",
                        "profession",
                        "professionKeys",
                        "town",
                        "townKeys",
                        "kind",
                        "kind"),
                Map.of(
                        "name",
                        "lastName",
                        "lastName",
                        "lastName",
                        "firstName",
                        "firstName",
                        "unit",
                        "unit.name",
                        "profession",
                        "profession",
                        "town",
                        "town"),
                null,
                "sortKeys",
                "unit");
    }

    /** Names of people for pickers, matched on first or last name, in Swedish order. */
    public List<Person> findPeople(String text, int max) {
        return findPeople(text, max, null);
    }

    /**
     * A picker's page of people: the first {@code max} matches in the reader's alphabet, by last
     * name, then first name. The database orders every match by the reader's sort key before the
     * limit, so a Danish reader typing "berg" is offered the first Bergs of the Danish alphabet, not
     * whichever the database happened to find first. Each comes with their unit.
     */
    public List<Person> findPeople(String text, int max, Locale locale) {
        String like = "%" + Queries.escapeLike(text == null ? "" : text.trim().toLowerCase()) + "%";
        return em.createQuery(
                        // the unit in the same statement: every suggestion names it (Person#getNameAndUnit)
                        "select p from Person p left join fetch p.unit where lower(p.firstName) like :q escape '\\'"
                                + " or lower(p.lastName) like :q escape '\\'"
                                + " or lower(concat(p.firstName, ' ', p.lastName)) like :q escape '\\'"
                                + " order by " + SortKeys.path("p.sortKeys", locale) + ", p.id",
                        Person.class)
                .setParameter("q", like)
                .setMaxResults(max)
                .getResultList();
    }

    @RolesAllowed(Role.Names.ADMIN)
    public Unit createUnit(@Valid @NotNull UnitDetails details) {
        requireFreeCode(details.code(), null);
        Unit unit = details.kind() == UnitKind.ADMINISTRATION
                ? Unit.administration(details.code(), details.name())
                : Unit.unit(details.code(), details.name(), parentOf(details));
        applyDetails(unit, details);
        em.persist(unit);
        outlines.changed();
        return unit;
    }

    @RolesAllowed(Role.Names.ADMIN)
    public Unit updateUnit(long id, long expectedVersion, @Valid @NotNull UnitDetails details) {
        Unit unit = unit(id);
        requireVersion(unit.getVersion(), expectedVersion);
        requireFreeCode(details.code(), id);
        unit.setCode(details.code());
        unit.setName(details.name());
        unit.changeKind(details.kind(), parentOf(details));
        applyDetails(unit, details);
        outlines.changed();
        return unit;
    }

    @RolesAllowed(Role.Names.ADMIN)
    public Person createPerson(@Valid @NotNull PersonDetails details) {
        Person person = details.kind() == PersonKind.ELECTED_OFFICIAL
                ? Person.electedOfficial(details.firstName(), details.lastName(), details.title())
                : Person.employee(
                        details.firstName(), details.lastName(), unitOf(details), details.profession(), details.town());
        applyDetails(person, details);
        em.persist(person);
        return person;
    }

    @RolesAllowed(Role.Names.ADMIN)
    public Person updatePerson(long id, long expectedVersion, @Valid @NotNull PersonDetails details) {
        Person person = person(id);
        requireVersion(person.getVersion(), expectedVersion);
        person.changeKind(details.kind(), details.kind() == PersonKind.EMPLOYEE ? unitOf(details) : null);
        applyDetails(person, details);
        return person;
    }

    private void applyDetails(Unit unit, UnitDetails details) {
        unit.setManager(details.managerId() == null ? null : person(details.managerId()));
        unit.setHeadcount(details.headcount());
        if (details.headcount() != null && details.headcount() < 0) {
            throw PortalException.invalidField("headcount", "organisation.unit.headcount.negative");
        }
        if (details.name() == null || details.name().isBlank()) {
            throw PortalException.invalidField("name", "organisation.unit.name.required");
        }
    }

    private void applyDetails(Person person, PersonDetails details) {
        if (details.firstName() == null || details.firstName().isBlank()) {
            throw PortalException.invalidField("firstName", "organisation.person.firstName.required");
        }
        if (details.lastName() == null || details.lastName().isBlank()) {
            throw PortalException.invalidField("lastName", "organisation.person.lastName.required");
        }
        person.setFirstName(details.firstName());
        person.setLastName(details.lastName());
        person.setEmail(details.email());
        person.setPhone(details.phone());
        person.setTitle(details.title());
        person.setProfession(details.profession());
        person.setTown(details.town());
    }

    private Unit parentOf(UnitDetails details) {
        return details.parentId() == null ? null : unit(details.parentId());
    }

    private Unit unitOf(PersonDetails details) {
        return details.unitId() == null ? null : unit(details.unitId());
    }

    private void requireFreeCode(String code, Long ownId) {
        if (code == null || code.isBlank()) {
            throw PortalException.invalidField("code", "organisation.unit.code.required");
        }
        unitByCode(code.trim()).filter(other -> !other.getId().equals(ownId)).ifPresent(other -> {
            throw PortalException.invalidField("code", "organisation.unit.code.taken", code);
        });
    }

    static void requireVersion(long actual, long expected) {
        if (actual != expected) {
            throw PortalException.conflict("platform.error.conflict");
        }
    }
}
