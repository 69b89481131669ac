package se.ambassadorsportalen.organisation.demo;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import se.ambassadorsportalen.organisation.boundary.Organisation;
import se.ambassadorsportalen.organisation.boundary.UnitOutlineCache;
import se.ambassadorsportalen.organisation.control.RegionGenerator;
import se.ambassadorsportalen.organisation.entity.Unit;
import se.ambassadorsportalen.platform.demo.BatchInsert;
import se.ambassadorsportalen.platform.demo.DemoContent;
import se.ambassadorsportalen.platform.demo.DemoSize;
import se.ambassadorsportalen.platform.demo.DemoVolume;
import se.ambassadorsportalen.platform.demo.IdBlocks;
import se.ambassadorsportalen.platform.persistence.SortKeys;
import se.ambassadorsportalen.platform.security.PasswordHashing;
import se.ambassadorsportalen.platform.security.Role;

/**
 * The large profile's organisation: {@link DemoVolume#LARGE} employees in generated areas and units
 * below the small demo's administrations (see {@link RegionGenerator}), each with an account and the
 * demo password. Written with JDBC batches into the organisation's own tables; the other modules'
 * large content finds these people through {@link #staff()}.
 */
@ApplicationScoped
public class OrganisationLargeDemo implements DemoContent {

    static final long SEED = 7_000L;

    /** A generated employee as other modules' demo content needs them; {@code approverId} is whom their stories go to. */
    public record StaffMember(
            long personId,
            long unitId,
            String administrationCode,
            String firstName,
            String lastName,
            String profession,
            String town,
            String email,
            String phone,
            boolean manager,
            Long approverId) {}

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @Inject
    Organisation organisation;

    @Inject
    UnitOutlineCache unitOutlines;

    @Inject
    PasswordHashing passwords;

    @Override
    public String module() {
        return "organisation-large";
    }

    @Override
    public int order() {
        return 1;
    }

    @Override
    public DemoSize size() {
        return DemoSize.LARGE;
    }

    @Override
    public void load() {
        RegionGenerator.Region region = RegionGenerator.generate(DemoVolume.LARGE.employees(), SEED);
        Map<String, Long> unitIds = new HashMap<>();
        for (Unit administration : organisation.administrations()) {
            unitIds.put(administration.getCode(), administration.getId());
        }
        String demoHash = passwords.hash(OrganisationDemo.DEMO_PASSWORD);
        unitOutlines.changed();
        try (Connection connection = dataSource.getConnection()) {
            write(connection, region, unitIds, demoHash);
        } catch (SQLException e) {
            throw new IllegalStateException("The large demo organisation could not be written", e);
        }
    }

    /** Writes the region's units, people, accounts and roles below the units already in {@code unitIds} (by code). */
    public static void write(
            Connection connection, RegionGenerator.Region region, Map<String, Long> unitIds, String demoHash)
            throws SQLException {
        Map<String, Integer> headcounts = new HashMap<>();
        region.people().forEach(p -> headcounts.merge(p.unitCode(), 1, Integer::sum));
        IdBlocks ids = new IdBlocks(connection);
        try (BatchInsert units = new BatchInsert(
                connection,
                "insert into org_unit (id, version, code, name, kind," + " parent_id, headcount, " + SortKeys.COLUMNS
                        + ") values (?, 0, ?, ?, 'UNIT', ?, ?, ?, ?, ?)")) {
            for (RegionGenerator.GeneratedUnit unit : region.units()) {
                long id = ids.next();
                unitIds.put(unit.code(), id);
                byte[][] keys = SortKeys.of(unit.name()).values();
                units.row(
                        id,
                        unit.code(),
                        unit.name(),
                        unitIds.get(unit.parentCode()),
                        headcounts.getOrDefault(unit.code(), 0),
                        keys[0],
                        keys[1],
                        keys[2]);
            }
        }
        try (BatchInsert people = new BatchInsert(
                        connection,
                        "insert into person (id, version, kind, first_name,"
                                + " last_name, email, phone, title, profession, town, unit_id, " + SortKeys.COLUMNS
                                + ", " + SortKeys.columns("first_name_key") + ", " + SortKeys.columns("profession_key")
                                + ", " + SortKeys.columns("town_key") + ") values (?, 0, 'EMPLOYEE', ?, ?, ?, ?, ?,"
                                + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                BatchInsert managers =
                        new BatchInsert(connection, "update org_unit set manager_id = ? where id = ?", people);
                BatchInsert accounts = new BatchInsert(
                        connection,
                        "insert into app_user (id, version, username,"
                                + " password_hash, person_id, language, active) values (?, 0, ?, ?, ?, 'sv', true)",
                        people);
                BatchInsert roles = new BatchInsert(
                        connection, "insert into user_role (user_id, role_name) values (?, ?)", accounts)) {
            int n = 0;
            Map<String, SortKeys> professionKeys = new HashMap<>();
            Map<String, SortKeys> townKeys = new HashMap<>();
            for (RegionGenerator.GeneratedPerson person : region.people()) {
                long personId = ids.next();
                people.row(SortKeys.appended(
                        new Object[] {
                            personId,
                            person.firstName(),
                            person.lastName(),
                            person.username() + "@fjallmark.example",
                            "010-" + (100_000 + n++ % 900_000),
                            person.title(),
                            person.profession(),
                            person.town(),
                            unitIds.get(person.unitCode())
                        },
                        SortKeys.of(person.lastName(), person.firstName()),
                        SortKeys.of(person.firstName()),
                        // a few dozen professions and towns among thousands of people: each one's keys are made once
                        professionKeys.computeIfAbsent(
                                String.valueOf(person.profession()), p -> SortKeys.of(person.profession())),
                        townKeys.computeIfAbsent(String.valueOf(person.town()), t -> SortKeys.of(person.town()))));
                if (person.manages() != null) {
                    managers.row(personId, unitIds.get(person.manages()));
                }
                long accountId = ids.next();
                accounts.row(accountId, person.username(), demoHash, personId);
                for (Role role : person.roles()) {
                    roles.row(accountId, role.name());
                }
            }
        }
    }

    /**
     * Every generated employee, with whom their stories go to for approval: their unit's manager, or
     * for a manager the manager of the unit above. One query, whatever the region's size.
     */
    public List<StaffMember> staff() {
        List<Object[]> units = em.createQuery(
                        "select u.id, u.code, parent.id, manager.id from Unit u"
                                + " left join u.parent parent left join u.manager manager",
                        Object[].class)
                .getResultList();
        Map<Long, Object[]> byId = new HashMap<>();
        units.forEach(row -> byId.put((Long) row[0], row));
        return em.createQuery(
                        "select p.id, p.unit.id, p.firstName, p.lastName, p.profession, p.town, p.email, p.phone"
                                + " from Person p"
                                + " where p.unit.code like :mark order by p.id",
                        Object[].class)
                .setParameter("mark", "%" + RegionGenerator.CODE_MARK + "%")
                .getResultStream()
                .map(row -> {
                    long personId = (Long) row[0];
                    Object[] unit = byId.get((Long) row[1]);
                    boolean manager = Long.valueOf(personId).equals(unit[3]);
                    Object[] approverUnit = manager && unit[2] != null ? byId.get((Long) unit[2]) : unit;
                    String code = (String) unit[1];
                    return new StaffMember(
                            personId,
                            (Long) row[1],
                            code.substring(0, code.indexOf('-')),
                            (String) row[2],
                            (String) row[3],
                            (String) row[4],
                            (String) row[5],
                            (String) row[6],
                            (String) row[7],
                            manager,
                            (Long) approverUnit[3]);
                })
                .toList();
    }
}
