package se.ambassadorsportalen.organisation.boundary;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.ambassadorsportalen.organisation.control.HrExport;
import se.ambassadorsportalen.organisation.control.HrExport.PersonRow;
import se.ambassadorsportalen.organisation.control.HrPlan;
import se.ambassadorsportalen.organisation.control.HrPlan.ChangeKind;
import se.ambassadorsportalen.platform.demo.BatchInsert;
import se.ambassadorsportalen.platform.demo.IdBlocks;
import se.ambassadorsportalen.platform.persistence.InstantConverter;
import se.ambassadorsportalen.platform.persistence.SortKeys;

/**
 * The SQL of the HR import: the snapshot the plan is computed against (two queries, whatever the
 * organisation's size) and the plan's writes as JDBC batches on the caller's connection, so they
 * join the caller's transaction. Plain JDBC rather than JPA because a region's 10,000 people as
 * managed entities (change tracking, one statement each) would take far longer than the few seconds
 * the import may, and so that the benchmark runs exactly these statements. Every update raises the
 * row's version, so an admin's form opened before the import refuses to overwrite it.
 */
final class HrImportSql {

    private static final String UNITS = "select u.id, u.code, u.name, p.code, u.manager_id, m.employee_number,"
            + " m.first_name, m.last_name, mi.code from org_unit u left join org_unit p on p.id = u.parent_id"
            + " left join person m on m.id = u.manager_id left join org_unit mi on mi.id = u.merged_into_id";
    private static final String PEOPLE = "select p.id, p.employee_number, p.first_name, p.last_name, p.email, u.code,"
            + " p.profession, p.employment_ends, p.left_on from person p left join org_unit u on u.id = p.unit_id"
            + " where p.employee_number is not null";

    /** What the writes did beyond the plan: whose open approvals must go to someone else. */
    record Applied(long importId, Set<Long> formerApprovers) {}

    /** A plan with the snapshot it was computed against, which its writes need. */
    record Planned(HrPlan.Result plan, List<HrPlan.CurrentUnit> units, List<HrPlan.CurrentPerson> people) {}

    private HrImportSql() {}

    /** Reads the organisation as it is now and plans what the checked file changes in it. */
    static Planned plan(Connection connection, HrExport.Content content, LocalDate today) throws SQLException {
        List<HrPlan.CurrentUnit> units = units(connection);
        List<HrPlan.CurrentPerson> people = people(connection);
        return new Planned(HrPlan.of(content, units, people, today), units, people);
    }

    static List<HrPlan.CurrentUnit> units(Connection connection) throws SQLException {
        List<HrPlan.CurrentUnit> units = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(UNITS);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                Number managerId = (Number) rows.getObject(5);
                units.add(new HrPlan.CurrentUnit(
                        rows.getLong(1),
                        rows.getString(2),
                        rows.getString(3),
                        rows.getString(4),
                        managerId == null ? null : managerId.longValue(),
                        rows.getString(6),
                        rows.getString(7) == null ? null : rows.getString(7) + " " + rows.getString(8),
                        rows.getString(9)));
            }
        }
        return units;
    }

    private static void setId(PreparedStatement statement, int index, Long id) throws SQLException {
        if (id == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, id);
        }
    }

    static List<HrPlan.CurrentPerson> people(Connection connection) throws SQLException {
        List<HrPlan.CurrentPerson> people = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(PEOPLE);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                people.add(new HrPlan.CurrentPerson(
                        rows.getLong(1),
                        rows.getString(2),
                        rows.getString(3),
                        rows.getString(4),
                        rows.getString(5),
                        rows.getString(6),
                        rows.getString(7),
                        localDate(rows.getDate(8)),
                        localDate(rows.getDate(9))));
            }
        }
        return people;
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    /** Writes a valid plan and records the import; the caller's transaction makes it all or nothing. */
    static Applied apply(Connection connection, Planned planned, Record record) throws SQLException {
        HrPlan.Result plan = planned.plan();
        List<HrPlan.CurrentUnit> unitsNow = planned.units();
        List<HrPlan.CurrentPerson> peopleNow = planned.people();
        IdBlocks ids = new IdBlocks(connection);
        Map<String, Long> unitIds = new HashMap<>();
        unitsNow.forEach(unit -> unitIds.put(unit.code(), unit.id()));
        Map<String, Long> personIds = new HashMap<>();
        peopleNow.forEach(person -> personIds.put(person.employeeNumber(), person.id()));
        Set<String> leftBefore = new HashSet<>();
        peopleNow.stream()
                .filter(person -> person.leftOn() != null)
                .forEach(person -> leftBefore.add(person.employeeNumber()));

        writeUnits(connection, plan, ids, unitIds);
        writeMerges(connection, plan, unitIds);
        Set<Long> leaving = writePeople(connection, plan, ids, unitIds, personIds, leftBefore);
        writeManagers(connection, plan, unitIds, personIds);
        Set<Long> formerApprovers = new HashSet<>(leaving);
        writeManagerRoles(connection, plan, personIds, formerApprovers);
        try (PreparedStatement deactivate = connection.prepareStatement(
                "update app_user set active = false,"
                        + " security_stamp = security_stamp + 1, version = version + 1 where person_id = ? and active = true")) {
            for (long personId : leaving) {
                deactivate.setLong(1, personId);
                deactivate.addBatch();
            }
            deactivate.executeBatch();
        }
        long importId = ids.next();
        try (BatchInsert imports = new BatchInsert(
                connection,
                "insert into hr_import (id, version, imported_at,"
                        + " imported_by, file_name, sha256, rows_read, units_new, units_changed, units_moved, units_merged,"
                        + " people_new, people_changed, people_moved, people_leaving, managers_changed, approvals_handed_over,"
                        + " approvals_flagged) values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0)")) {
            imports.row(
                    importId,
                    InstantConverter.toColumn(record.at()),
                    record.by(),
                    record.fileName(),
                    record.sha256(),
                    record.rows(),
                    plan.count(ChangeKind.UNIT_NEW),
                    plan.count(ChangeKind.UNIT_RENAMED),
                    plan.count(ChangeKind.UNIT_MOVED),
                    plan.count(ChangeKind.UNIT_MERGED),
                    plan.count(ChangeKind.PERSON_NEW),
                    plan.count(ChangeKind.PERSON_CHANGED),
                    plan.count(ChangeKind.PERSON_MOVED),
                    plan.count(ChangeKind.PERSON_LEAVING),
                    plan.count(ChangeKind.MANAGER_CHANGED));
        }
        return new Applied(importId, formerApprovers);
    }

    /** Who ran an import on which file, and when; {@code rows} is the rows read. */
    record Record(Instant at, String by, String fileName, String sha256, long rows) {}

    /** How many open approvals went to a new approver and how many found none, once the story module has said. */
    static void recordHandOver(Connection connection, long importId, int handedOver, int flagged) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "update hr_import set approvals_handed_over = ?, approvals_flagged = ? where id = ?")) {
            statement.setInt(1, handedOver);
            statement.setInt(2, flagged);
            statement.setLong(3, importId);
            statement.executeUpdate();
        }
    }

    private static void writeUnits(Connection connection, HrPlan.Result plan, IdBlocks ids, Map<String, Long> unitIds)
            throws SQLException {
        try (BatchInsert inserts = new BatchInsert(
                        connection,
                        "insert into org_unit (id, version, code, name, kind, parent_id, " + SortKeys.COLUMNS
                                + ") values (?, 0, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement updates = connection.prepareStatement("update org_unit set name = ?, kind = ?,"
                        + " parent_id = ?, " + SET_SORT_KEYS + ", version = version + 1 where id = ?")) {
            for (HrPlan.UnitWrite unit : plan.units()) {
                if (unit.id() == null) {
                    long id = ids.next();
                    unitIds.put(unit.code(), id);
                    byte[][] keys = SortKeys.of(unit.name()).values();
                    inserts.row(
                            id,
                            unit.code(),
                            unit.name(),
                            kind(unit),
                            parentId(unit, unitIds),
                            keys[0],
                            keys[1],
                            keys[2]);
                }
            }
            inserts.flush();
            for (HrPlan.UnitWrite unit : plan.units()) {
                if (unit.id() != null) {
                    updates.setString(1, unit.name());
                    updates.setString(2, kind(unit));
                    setId(updates, 3, parentId(unit, unitIds));
                    setSortKeys(updates, 4, SortKeys.of(unit.name()));
                    updates.setLong(7, unit.id());
                    updates.addBatch();
                }
            }
            updates.executeBatch();
        }
    }

    /** The sort keys of a changed name (see {@link SortKeys}), as the entities would write them. */
    private static final String SET_SORT_KEYS = SortKeys.COLUMNS.replace(",", " = ?,") + " = ?";

    /** A person's keys by first name and by profession, which the people list sorts by (see {@code Person}). */
    private static final String PERSON_KEYS =
            SortKeys.columns("first_name_key") + ", " + SortKeys.columns("profession_key");

    private static final String SET_PERSON_KEYS = PERSON_KEYS.replace(",", " = ?,") + " = ?";

    /** As {@code Person.setProfession} keeps it: a blank profession is none, and none sorts as empty. */
    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static void setSortKeys(PreparedStatement statement, int first, SortKeys keys) throws SQLException {
        byte[][] values = keys.values();
        for (int i = 0; i < values.length; i++) {
            statement.setBytes(first + i, values[i]);
        }
    }

    private static String kind(HrPlan.UnitWrite unit) {
        return unit.parentCode() == null ? "ADMINISTRATION" : "UNIT";
    }

    private static Long parentId(HrPlan.UnitWrite unit, Map<String, Long> unitIds) {
        return unit.parentCode() == null ? null : unitIds.get(unit.parentCode());
    }

    /** The merged unit's children and staff go to the unit that took it over; it keeps its row, empty. */
    private static void writeMerges(Connection connection, HrPlan.Result plan, Map<String, Long> unitIds)
            throws SQLException {
        try (PreparedStatement children = connection.prepareStatement(
                        "update org_unit set parent_id = ?, version = version + 1 where parent_id = ?");
                PreparedStatement staff = connection.prepareStatement(
                        "update person set unit_id = ?, version = version + 1 where unit_id = ?");
                PreparedStatement merged = connection.prepareStatement("update org_unit set merged_into_id = ?,"
                        + " manager_id = null, version = version + 1 where id = ?")) {
            for (HrPlan.Merge merge : plan.merges()) {
                long into = unitIds.get(merge.intoCode());
                for (PreparedStatement statement : List.of(children, staff, merged)) {
                    statement.setLong(1, into);
                    statement.setLong(2, merge.id());
                    statement.executeUpdate();
                }
            }
        }
    }

    /** Inserts and updates people; returns the ids of those who leave with this import. */
    private static Set<Long> writePeople(
            Connection connection,
            HrPlan.Result plan,
            IdBlocks ids,
            Map<String, Long> unitIds,
            Map<String, Long> personIds,
            Set<String> leftBefore)
            throws SQLException {
        Set<Long> leaving = new HashSet<>();
        try (BatchInsert inserts = new BatchInsert(
                        connection,
                        "insert into person (id, version, kind, first_name,"
                                + " last_name, email, profession, unit_id, employee_number, employment_ends, left_on, "
                                + SortKeys.COLUMNS + ", " + PERSON_KEYS
                                + ") values (?, 0, 'EMPLOYEE', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement updates =
                        connection.prepareStatement("update person set first_name = ?, last_name = ?,"
                                + " email = ?, profession = ?, unit_id = ?, employment_ends = ?, left_on = ?, "
                                + SET_SORT_KEYS + ", " + SET_PERSON_KEYS + ", version = version + 1 where id = ?");
                PreparedStatement leavers = connection.prepareStatement(
                        "update person set left_on = ?, version = version + 1 where id = ?")) {
            for (HrPlan.PersonWrite write : plan.people()) {
                PersonRow row = write.row();
                if (write.id() == null) {
                    long id = ids.next();
                    personIds.put(row.employeeNumber(), id);
                    inserts.row(SortKeys.appended(
                            new Object[] {
                                id,
                                row.firstName(),
                                row.lastName(),
                                row.email(),
                                row.profession(),
                                unitIds.get(row.unitCode()),
                                row.employeeNumber(),
                                date(row.employmentEnds()),
                                date(write.leftOn())
                            },
                            SortKeys.of(row.lastName(), row.firstName()),
                            SortKeys.of(row.firstName()),
                            SortKeys.of(blankToNull(row.profession()))));
                    continue;
                }
                updates.setString(1, row.firstName());
                updates.setString(2, row.lastName());
                updates.setString(3, row.email());
                updates.setString(4, row.profession());
                updates.setLong(5, unitIds.get(row.unitCode()));
                updates.setDate(6, date(row.employmentEnds()));
                updates.setDate(7, date(write.leftOn()));
                setSortKeys(updates, 8, SortKeys.of(row.lastName(), row.firstName()));
                setSortKeys(updates, 11, SortKeys.of(row.firstName()));
                setSortKeys(updates, 14, SortKeys.of(blankToNull(row.profession())));
                updates.setLong(17, write.id());
                updates.addBatch();
                if (write.leftOn() != null && !leftBefore.contains(row.employeeNumber())) {
                    leaving.add(write.id());
                }
            }
            inserts.flush();
            updates.executeBatch();
            for (HrPlan.Leaver leaver : plan.leavers()) {
                leavers.setDate(1, date(leaver.leftOn()));
                leavers.setLong(2, leaver.id());
                leavers.addBatch();
                leaving.add(leaver.id());
            }
            leavers.executeBatch();
        }
        return leaving;
    }

    private static void writeManagers(
            Connection connection, HrPlan.Result plan, Map<String, Long> unitIds, Map<String, Long> personIds)
            throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement("update org_unit set manager_id = ?, version = version + 1 where id = ?")) {
            for (HrPlan.ManagerWrite write : plan.managers()) {
                setId(statement, 1, write.employeeNumber() == null ? null : personIds.get(write.employeeNumber()));
                statement.setLong(2, unitIds.get(write.unitCode()));
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /**
     * The manager role follows the HR system for the people it lists: granted to whoever now manages
     * a unit, taken from whoever no longer does (their open approvals then go to someone else too).
     */
    private static void writeManagerRoles(
            Connection connection, HrPlan.Result plan, Map<String, Long> personIds, Set<Long> formerApprovers)
            throws SQLException {
        try (PreparedStatement grant = connection.prepareStatement("insert into user_role (user_id, role_name)"
                        + " select u.id, 'MANAGER' from app_user u where u.person_id = ? and not exists"
                        + " (select 1 from user_role r where r.user_id = u.id and r.role_name = 'MANAGER')");
                PreparedStatement revoke =
                        connection.prepareStatement("delete from user_role where role_name = 'MANAGER'"
                                + " and user_id in (select u.id from app_user u where u.person_id = ?)")) {
            for (String number : plan.managersAfter()) {
                if (!plan.managersBefore().contains(number)) {
                    grant.setLong(1, personIds.get(number));
                    grant.addBatch();
                }
            }
            for (String number : plan.managersBefore()) {
                if (!plan.managersAfter().contains(number)) {
                    long personId = personIds.get(number);
                    revoke.setLong(1, personId);
                    revoke.addBatch();
                    formerApprovers.add(personId);
                }
            }
            grant.executeBatch();
            revoke.executeBatch();
        }
    }
}
