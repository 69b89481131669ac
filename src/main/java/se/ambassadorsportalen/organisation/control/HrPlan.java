package se.ambassadorsportalen.organisation.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import se.ambassadorsportalen.organisation.control.HrExport.PersonRow;
import se.ambassadorsportalen.organisation.control.HrExport.Problem;
import se.ambassadorsportalen.organisation.control.HrExport.UnitRow;

/**
 * What an HR export changes in the organisation as it is now: the preview an admin reads before
 * anything is written, and the writes themselves. A plain calculation over the file's rows and a
 * snapshot of the database, so it is tested without a server and the same file against the same
 * state always gives the same plan; against the state it produced, the empty plan (idempotence).
 * <p>
 * The HR system owns what it lists, no more: people are matched by employee number, and only people
 * who carry one can leave because the file no longer lists them, and only when they work under an
 * administration the file lists (so an export of one administration, or from one of two HR systems,
 * never makes the rest of the region leave); units are matched by code, and a unit the file does not
 * list stays as it is (a unit closes by being merged into another). A
 * manager set by an admin on a unit the file lists without a manager is kept, since nobody in the
 * file replaces them.
 */
public final class HrPlan {

    /** At most this many changes are listed in a preview; all are counted and all are written. */
    public static final int MAX_LISTED_CHANGES = 2_000;

    /** A unit as the database holds it; {@code managerNumber} is null when its manager has no employee number. */
    public record CurrentUnit(
            long id,
            String code,
            String name,
            String parentCode,
            Long managerId,
            String managerNumber,
            String managerName,
            String mergedInto) {}

    /** A person with an employee number as the database holds them. */
    public record CurrentPerson(
            long id,
            String employeeNumber,
            String firstName,
            String lastName,
            String email,
            String unitCode,
            String profession,
            LocalDate employmentEnds,
            LocalDate leftOn) {

        String name() {
            return firstName + " " + lastName;
        }
    }

    public enum ChangeKind {
        UNIT_NEW,
        UNIT_RENAMED,
        UNIT_MOVED,
        UNIT_MERGED,
        PERSON_NEW,
        PERSON_CHANGED,
        PERSON_MOVED,
        PERSON_LEAVING,
        PERSON_RETURNING,
        MANAGER_CHANGED
    }

    /** One line of the preview: what changes, for whom (a unit code or employee number), from what to what. */
    public record Change(ChangeKind kind, String key, String name, String from, String to) implements Serializable {}

    /** A unit to insert ({@code id} null) or to update, in an order where every parent comes first. */
    public record UnitWrite(Long id, String code, String name, String parentCode) {}

    public record Merge(long id, String code, String intoCode) {}

    /** A person to insert ({@code id} null) or update; {@code leftOn} null for someone employed. */
    public record PersonWrite(Long id, PersonRow row, LocalDate leftOn) {}

    public record Leaver(long id, String employeeNumber, LocalDate leftOn) {}

    /** The unit's new manager by employee number, or none. */
    public record ManagerWrite(String unitCode, String employeeNumber) {}

    /**
     * The plan: problems that stop it (then nothing may be written), the changes to show, and the
     * writes. {@code managersBefore} and {@code managersAfter} are the employee numbers of people
     * who manage a unit, so the manager role can follow.
     */
    public record Result(
            List<Problem> problems,
            long problemCount,
            List<Change> changes,
            Map<ChangeKind, Long> counts,
            List<UnitWrite> units,
            List<Merge> merges,
            List<PersonWrite> people,
            List<Leaver> leavers,
            List<ManagerWrite> managers,
            Set<String> managersBefore,
            Set<String> managersAfter) {

        public boolean isValid() {
            return problemCount == 0;
        }

        public boolean changesNothing() {
            return counts.values().stream().allMatch(count -> count == 0);
        }

        public long count(ChangeKind kind) {
            return counts.getOrDefault(kind, 0L);
        }
    }

    private final HrExport.Content content;
    private final Map<String, CurrentUnit> unitsNow = new HashMap<>();
    private final Map<String, CurrentPerson> peopleNow = new HashMap<>();
    private final LocalDate today;
    private final HrExport.Problems problems = new HrExport.Problems();
    private final List<Change> changes = new ArrayList<>();
    private final Map<ChangeKind, Long> counts = new EnumMap<>(ChangeKind.class);
    private final Map<String, UnitRow> fileUnits = new LinkedHashMap<>();
    private final Map<String, PersonRow> filePeople = new HashMap<>();

    private HrPlan(
            HrExport.Content content,
            Collection<CurrentUnit> units,
            Collection<CurrentPerson> people,
            LocalDate today) {
        this.content = content;
        this.today = today;
        units.forEach(unit -> unitsNow.put(unit.code(), unit));
        people.forEach(person -> peopleNow.put(person.employeeNumber(), person));
        content.units().forEach(row -> fileUnits.put(row.code(), row));
        content.people().forEach(row -> filePeople.put(row.employeeNumber(), row));
        for (ChangeKind kind : ChangeKind.values()) {
            counts.put(kind, 0L);
        }
    }

    /** The plan for a checked file; a file with bad rows gives its problems and no writes. */
    public static Result of(
            HrExport.Content content,
            Collection<CurrentUnit> units,
            Collection<CurrentPerson> people,
            LocalDate today) {
        HrPlan plan = new HrPlan(content, units, people, today);
        content.problems()
                .forEach(p -> plan.problems.add(p.line(), p.key(), p.arguments().toArray(String[]::new)));
        plan.problems.countMore(content.problemCount() - content.problems().size());
        return plan.build();
    }

    private Result build() {
        checkUnits();
        checkPeople();
        if (problems.count() > 0) {
            return new Result(
                    problems.listed(),
                    problems.count(),
                    List.of(),
                    counts,
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    Set.of(),
                    Set.of());
        }
        List<UnitWrite> unitWrites = unitWrites();
        List<Merge> merges = merges();
        List<PersonWrite> personWrites = new ArrayList<>();
        List<Leaver> leavers = new ArrayList<>();
        people(personWrites, leavers);
        Set<String> leaving = leavers.stream().map(Leaver::employeeNumber).collect(Collectors.toSet());
        personWrites.stream()
                .filter(write -> write.leftOn() != null)
                .forEach(write -> leaving.add(write.row().employeeNumber()));
        Set<String> before = unitsNow.values().stream()
                .filter(unit -> unit.mergedInto() == null)
                .map(CurrentUnit::managerNumber)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<String, String> managerAfter = new HashMap<>();
        unitsNow.values().stream()
                .filter(unit -> unit.mergedInto() == null && unit.managerNumber() != null)
                .forEach(unit -> managerAfter.put(unit.code(), unit.managerNumber()));
        List<ManagerWrite> managerWrites = managers(leaving, merges);
        managerWrites.forEach(write -> {
            if (write.employeeNumber() == null) {
                managerAfter.remove(write.unitCode());
            } else {
                managerAfter.put(write.unitCode(), write.employeeNumber());
            }
        });
        merges.forEach(merge -> managerAfter.remove(merge.code()));
        return new Result(
                List.of(),
                0,
                List.copyOf(changes),
                Map.copyOf(counts),
                unitWrites,
                merges,
                personWrites,
                leavers,
                managerWrites,
                before,
                new HashSet<>(managerAfter.values()));
    }

    // ----- checks over the whole file and the database ---------------------------------------

    private boolean unitExists(String code) {
        return fileUnits.containsKey(code) || unitsNow.containsKey(code);
    }

    /** Merged now or by this file. */
    private String mergedInto(String code) {
        UnitRow row = fileUnits.get(code);
        if (row != null && row.mergedInto() != null) {
            return row.mergedInto();
        }
        CurrentUnit unit = unitsNow.get(code);
        return unit == null ? null : unit.mergedInto();
    }

    private void checkUnits() {
        for (UnitRow row : fileUnits.values()) {
            if (row.parentCode() != null) {
                if (!unitExists(row.parentCode())) {
                    problems.add(row.line(), "organisation.hr.problem.parentUnknown", row.code(), row.parentCode());
                } else if (mergedInto(row.parentCode()) != null && row.mergedInto() == null) {
                    problems.add(
                            row.line(),
                            "organisation.hr.problem.parentMerged",
                            row.code(),
                            row.parentCode(),
                            mergedInto(row.parentCode()));
                }
            }
            if (row.mergedInto() != null) {
                if (!unitsNow.containsKey(row.code())) {
                    problems.add(row.line(), "organisation.hr.problem.mergedUnknown", row.code());
                } else if (!unitExists(row.mergedInto())) {
                    problems.add(
                            row.line(), "organisation.hr.problem.mergeTargetUnknown", row.code(), row.mergedInto());
                } else if (mergedInto(row.mergedInto()) != null) {
                    problems.add(row.line(), "organisation.hr.problem.mergeTargetMerged", row.code(), row.mergedInto());
                }
            }
        }
        if (problems.count() == 0) {
            checkCycles();
        }
    }

    /** Every unit's parent once the file is applied, a merged unit's children under the unit that took it over. */
    private Map<String, String> parentsAfter() {
        Map<String, String> parents = new HashMap<>();
        unitsNow.values().forEach(unit -> parents.put(unit.code(), unit.parentCode()));
        fileUnits.values().forEach(row -> parents.put(row.code(), row.parentCode()));
        for (UnitRow row : fileUnits.values()) {
            if (row.mergedInto() != null) {
                parents.replaceAll((code, parent) -> row.code().equals(parent) ? row.mergedInto() : parent);
            }
        }
        return parents;
    }

    private void checkCycles() {
        Map<String, String> parents = parentsAfter();
        for (UnitRow row : fileUnits.values()) {
            String node = row.code();
            for (int steps = 0; node != null; steps++) {
                node = parents.get(node);
                if (row.code().equals(node) || steps > parents.size()) {
                    problems.add(row.line(), "organisation.hr.problem.cycle", row.code());
                    break;
                }
            }
        }
    }

    private void checkPeople() {
        Map<String, PersonRow> managers = new HashMap<>();
        for (PersonRow row : filePeople.values()) {
            if (!unitExists(row.unitCode())) {
                problems.add(row.line(), "organisation.hr.problem.unitUnknown", row.employeeNumber(), row.unitCode());
            } else if (mergedInto(row.unitCode()) != null) {
                problems.add(
                        row.line(),
                        "organisation.hr.problem.unitMerged",
                        row.employeeNumber(),
                        row.unitCode(),
                        mergedInto(row.unitCode()));
            }
            if (row.manager()) {
                PersonRow other = managers.putIfAbsent(row.unitCode(), row);
                if (other != null) {
                    PersonRow later = other.line() > row.line() ? other : row;
                    problems.add(
                            later.line(),
                            "organisation.hr.problem.managerTwice",
                            row.unitCode(),
                            String.valueOf(Math.min(other.line(), row.line())));
                }
            }
        }
    }

    // ----- the writes and the preview ---------------------------------------------------------

    private void change(ChangeKind kind, String key, String name, String from, String to) {
        counts.merge(kind, 1L, Long::sum);
        if (changes.size() < MAX_LISTED_CHANGES) {
            changes.add(new Change(kind, key, name, from, to));
        }
    }

    private List<UnitWrite> unitWrites() {
        List<UnitWrite> writes = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        for (UnitRow row : fileUnits.values()) {
            placeParentsFirst(row, writes, placed);
        }
        return writes;
    }

    private void placeParentsFirst(UnitRow row, List<UnitWrite> writes, Set<String> placed) {
        if (!placed.add(row.code())) {
            return;
        }
        UnitRow parent = row.parentCode() == null ? null : fileUnits.get(row.parentCode());
        if (parent != null) {
            placeParentsFirst(parent, writes, placed);
        }
        CurrentUnit now = unitsNow.get(row.code());
        if (now == null) {
            change(ChangeKind.UNIT_NEW, row.code(), row.name(), null, row.parentCode());
            writes.add(new UnitWrite(null, row.code(), row.name(), row.parentCode()));
            return;
        }
        boolean renamed = !now.name().equals(row.name());
        boolean moved = !Objects.equals(now.parentCode(), row.parentCode());
        if (renamed) {
            change(ChangeKind.UNIT_RENAMED, row.code(), row.name(), now.name(), row.name());
        }
        if (moved) {
            change(ChangeKind.UNIT_MOVED, row.code(), row.name(), now.parentCode(), row.parentCode());
        }
        if (renamed || moved) {
            writes.add(new UnitWrite(now.id(), row.code(), row.name(), row.parentCode()));
        }
    }

    private List<Merge> merges() {
        List<Merge> merges = new ArrayList<>();
        for (UnitRow row : fileUnits.values()) {
            CurrentUnit now = unitsNow.get(row.code());
            if (row.mergedInto() != null && now.mergedInto() == null) {
                change(ChangeKind.UNIT_MERGED, row.code(), row.name(), row.code(), row.mergedInto());
                merges.add(new Merge(now.id(), row.code(), row.mergedInto()));
            }
        }
        return merges;
    }

    private void people(List<PersonWrite> writes, List<Leaver> leavers) {
        for (PersonRow row : content.people()) {
            CurrentPerson now = peopleNow.get(row.employeeNumber());
            boolean ended = row.employmentEnds() != null && row.employmentEnds().isBefore(today);
            String name = row.firstName() + " " + row.lastName();
            if (now == null) {
                change(
                        ended ? ChangeKind.PERSON_LEAVING : ChangeKind.PERSON_NEW,
                        row.employeeNumber(),
                        name,
                        null,
                        row.unitCode());
                writes.add(new PersonWrite(null, row, ended ? row.employmentEnds() : null));
                continue;
            }
            List<String> from = new ArrayList<>();
            List<String> to = new ArrayList<>();
            differs(now.firstName(), row.firstName(), from, to);
            differs(now.lastName(), row.lastName(), from, to);
            differs(now.email(), row.email(), from, to);
            differs(now.profession(), row.profession(), from, to);
            differs(text(now.employmentEnds()), text(row.employmentEnds()), from, to);
            boolean moved = !Objects.equals(now.unitCode(), row.unitCode());
            boolean leaving = ended && now.leftOn() == null;
            boolean returning = !ended && now.leftOn() != null;
            if (!from.isEmpty()) {
                change(
                        ChangeKind.PERSON_CHANGED,
                        row.employeeNumber(),
                        name,
                        String.join(", ", from),
                        String.join(", ", to));
            }
            if (moved) {
                change(ChangeKind.PERSON_MOVED, row.employeeNumber(), name, now.unitCode(), row.unitCode());
            }
            if (leaving) {
                change(
                        ChangeKind.PERSON_LEAVING,
                        row.employeeNumber(),
                        name,
                        now.unitCode(),
                        text(row.employmentEnds()));
            }
            if (returning) {
                change(ChangeKind.PERSON_RETURNING, row.employeeNumber(), name, text(now.leftOn()), row.unitCode());
            }
            if (!from.isEmpty() || moved || leaving || returning) {
                writes.add(
                        new PersonWrite(now.id(), row, ended ? (leaving ? row.employmentEnds() : now.leftOn()) : null));
            }
        }
        Set<String> covered = fileUnits.values().stream()
                .filter(row -> row.parentCode() == null)
                .map(UnitRow::code)
                .collect(Collectors.toSet());
        for (CurrentPerson now : peopleNow.values()) {
            if (!filePeople.containsKey(now.employeeNumber())
                    && now.leftOn() == null
                    && covered.contains(administrationNow(now.unitCode()))) {
                change(ChangeKind.PERSON_LEAVING, now.employeeNumber(), now.name(), now.unitCode(), text(today));
                leavers.add(new Leaver(now.id(), now.employeeNumber(), today));
            }
        }
    }

    /** The administration a unit is under now (the unit itself for an administration). */
    private String administrationNow(String unitCode) {
        String node = unitCode;
        for (int steps = 0; node != null && steps <= unitsNow.size(); steps++) {
            CurrentUnit unit = unitsNow.get(node);
            if (unit == null || unit.parentCode() == null) {
                return node;
            }
            node = unit.parentCode();
        }
        return null;
    }

    private static void differs(String before, String after, List<String> from, List<String> to) {
        if (!Objects.equals(before, after)) {
            from.add(before == null ? "–" : before);
            to.add(after == null ? "–" : after);
        }
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /**
     * The units whose manager changes: as the file flags them for the units it lists (a leaver
     * flagged as manager manages nothing), and none for any unit whose manager leaves.
     */
    private List<ManagerWrite> managers(Set<String> leaving, List<Merge> merges) {
        Map<String, String> flagged = new HashMap<>();
        content.people().stream()
                .filter(PersonRow::manager)
                .filter(row -> !leaving.contains(row.employeeNumber()))
                .forEach(row -> flagged.put(row.unitCode(), row.employeeNumber()));
        Set<String> mergedNow = merges.stream().map(Merge::code).collect(Collectors.toSet());
        Map<String, String> names = new HashMap<>();
        peopleNow.values().forEach(person -> names.put(person.employeeNumber(), person.name()));
        content.people().forEach(row -> names.put(row.employeeNumber(), row.firstName() + " " + row.lastName()));
        List<ManagerWrite> writes = new ArrayList<>();
        Set<String> codes = new HashSet<>(fileUnits.keySet());
        codes.addAll(flagged.keySet());
        unitsNow.values().stream()
                .filter(unit -> leaving.contains(unit.managerNumber()))
                .forEach(unit -> codes.add(unit.code()));
        for (String code : codes.stream().sorted().toList()) {
            if (mergedNow.contains(code) || mergedInto(code) != null) {
                continue;
            }
            CurrentUnit now = unitsNow.get(code);
            String current = now == null ? null : now.managerNumber();
            boolean keptByAdmin = now != null && now.managerId() != null && current == null;
            String wanted = flagged.get(code);
            if (wanted == null && (keptByAdmin || current == null)) {
                continue;
            }
            if (!Objects.equals(current, wanted)) {
                String unitName =
                        fileUnits.containsKey(code) ? fileUnits.get(code).name() : now.name();
                change(
                        ChangeKind.MANAGER_CHANGED,
                        code,
                        unitName,
                        now == null || now.managerName() == null ? null : now.managerName(),
                        wanted == null ? null : names.get(wanted));
                writes.add(new ManagerWrite(code, wanted));
            }
        }
        return writes;
    }
}
