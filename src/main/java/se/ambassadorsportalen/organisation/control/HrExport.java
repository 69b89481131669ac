package se.ambassadorsportalen.organisation.control;

import java.io.Serializable;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import se.ambassadorsportalen.platform.tabular.ImportProgress;
import se.ambassadorsportalen.platform.tabular.TableFile;

/**
 * Reads the HR system's export: one table (CSV or the first sheet of an Excel workbook) that lists
 * the organisation and its staff. A row with an employee number is a person (name, e-mail, unit,
 * profession, manager flag, employment end date); a row without one is an administration or unit
 * (code, name, the parent's code, blank for an administration, and optionally the code of the unit
 * it was merged into). Columns are found by their header in English or Swedish, in any order.
 * <p>
 * Every row is checked on its own here (required fields, lengths, dates, duplicates); what needs
 * the whole file and the database (unknown units, cycles, two managers) is checked by
 * {@link HrPlan}. Nothing is kept but the rows, so a 10,000-person export is a few megabytes.
 */
public final class HrExport {

    /** More bad rows than this are counted but not listed one by one. */
    public static final int MAX_LISTED_PROBLEMS = 500;

    static final Set<String> EMPLOYEE_NUMBER = Set.of(
            "employee_number",
            "employee_no",
            "employee_id",
            "anställningsnummer",
            "anstnr",
            "anst_nr",
            "personalnummer");
    static final Set<String> FIRST_NAME = Set.of("first_name", "given_name", "förnamn", "fornamn");
    static final Set<String> LAST_NAME = Set.of("last_name", "surname", "family_name", "efternamn");
    static final Set<String> EMAIL = Set.of("email", "e_mail", "mail", "e_post", "epost");
    static final Set<String> UNIT_CODE = Set.of("unit_code", "unit", "enhetskod", "enhet", "enhet_kod");
    static final Set<String> UNIT_NAME = Set.of("unit_name", "enhetsnamn", "enhetens_namn");
    static final Set<String> PARENT_CODE =
            Set.of("parent_code", "parent", "parent_unit", "överordnad", "överordnad_enhet", "overordnad");
    static final Set<String> MERGED_INTO = Set.of("merged_into", "sammanslagen_med", "uppgår_i");
    static final Set<String> PROFESSION = Set.of("profession", "yrke", "befattning", "yrkesgrupp");
    static final Set<String> MANAGER = Set.of("manager", "is_manager", "chef");
    static final Set<String> EMPLOYMENT_ENDS =
            Set.of("employment_ends", "end_date", "slutdatum", "anställning_upphör", "anstallning_upphor");

    private static final Set<String> YES = Set.of("1", "x", "ja", "j", "yes", "y", "true", "sant");
    private static final Set<String> NO = Set.of("", "0", "nej", "n", "no", "false", "falskt");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,40}");
    private static final Pattern MAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** A bad row: its line in the file (1 = the header), a message key and its arguments. */
    public record Problem(long line, String key, List<String> arguments) implements Serializable {}

    /** An administration (no parent) or unit as the export lists it. */
    public record UnitRow(long line, String code, String name, String parentCode, String mergedInto) {}

    /** A member of staff as the export lists them; {@code unitCode} is where they work. */
    public record PersonRow(
            long line,
            String employeeNumber,
            String firstName,
            String lastName,
            String email,
            String unitCode,
            String profession,
            boolean manager,
            LocalDate employmentEnds) {}

    /** The rows of a file and everything wrong with them; {@code format} and {@code charset} as read. */
    public record Content(
            String format,
            Charset charset,
            long rows,
            List<UnitRow> units,
            List<PersonRow> people,
            List<Problem> problems,
            long problemCount) {

        public boolean isValid() {
            return problemCount == 0;
        }
    }

    private HrExport() {}

    public static Content read(byte[] bytes) {
        return read(bytes, new ImportProgress());
    }

    public static Content read(byte[] bytes, ImportProgress progress) {
        Checker checker = new Checker();
        TableFile.Outcome outcome = TableFile.read(bytes, checker, progress);
        String format = outcome.format() == null ? null : outcome.format().name();
        if (outcome.refusal() != null) {
            checker.problems.add(
                    outcome.lastLine(),
                    refusalKey(outcome.refusal()),
                    outcome.detail() == null ? new String[0] : new String[] {outcome.detail()});
        } else if (outcome.headerAccepted() && checker.rows == 0) {
            checker.problems.add(outcome.lastLine(), "organisation.hr.problem.empty");
        }
        return new Content(
                format,
                outcome.charset(),
                checker.rows,
                checker.units,
                checker.people,
                checker.problems.listed(),
                checker.problems.count());
    }

    private static String refusalKey(TableFile.Refusal refusal) {
        return "organisation.hr.problem."
                + switch (refusal) {
                    case EMPTY -> "empty";
                    case OLD_EXCEL -> "oldExcel";
                    case NOT_CSV_OR_EXCEL -> "notCsvOrExcel";
                    case NOT_A_WORKBOOK -> "notAWorkbook";
                    case UNREADABLE_WORKBOOK -> "unreadableWorkbook";
                    case UNREADABLE -> "unreadable";
                };
    }

    /** Problems in file order, the first {@link #MAX_LISTED_PROBLEMS} listed and all counted. */
    static final class Problems {
        private final List<Problem> listed = new ArrayList<>();
        private long count;

        void add(long line, String key, String... arguments) {
            count++;
            if (listed.size() < MAX_LISTED_PROBLEMS) {
                listed.add(new Problem(line, key, List.of(arguments)));
            }
        }

        /** Problems counted elsewhere and not listed again. */
        void countMore(long more) {
            count += more;
        }

        List<Problem> listed() {
            return List.copyOf(listed);
        }

        long count() {
            return count;
        }
    }

    private static final class Checker implements TableFile.Rows {
        final Problems problems = new Problems();
        final List<UnitRow> units = new ArrayList<>();
        final List<PersonRow> people = new ArrayList<>();
        private final Map<String, Integer> columns = new LinkedHashMap<>();
        private final Map<String, Long> unitLines = new HashMap<>();
        private final Map<String, Long> personLines = new HashMap<>();
        long rows;

        @Override
        public boolean header(long line, List<String> cells) {
            for (int i = 0; i < cells.size(); i++) {
                columns.putIfAbsent(TableFile.normalise(cells.get(i)), i);
            }
            boolean units = has(UNIT_CODE) && has(UNIT_NAME);
            boolean people = has(EMPLOYEE_NUMBER) && has(FIRST_NAME) && has(LAST_NAME) && has(UNIT_CODE);
            if (!units && !people) {
                problems.add(line, "organisation.hr.problem.header", String.join(", ", columns.keySet()));
                return false;
            }
            return true;
        }

        @Override
        public long rowsRead() {
            return rows;
        }

        @Override
        public void row(long line, List<String> cells) {
            rows++;
            String employeeNumber = field(cells, EMPLOYEE_NUMBER);
            if (employeeNumber.isEmpty()) {
                unit(line, cells);
            } else {
                person(line, employeeNumber, cells);
            }
        }

        private void unit(long line, List<String> cells) {
            String code = field(cells, UNIT_CODE);
            String name = field(cells, UNIT_NAME);
            String parent = field(cells, PARENT_CODE);
            String mergedInto = field(cells, MERGED_INTO);
            int before = (int) problems.count();
            if (code.isEmpty()) {
                problems.add(line, "organisation.hr.problem.unitCodeMissing");
                return;
            }
            requireCode(line, code);
            if (!parent.isEmpty()) {
                requireCode(line, parent);
            }
            if (!mergedInto.isEmpty()) {
                requireCode(line, mergedInto);
                if (mergedInto.equals(code)) {
                    problems.add(line, "organisation.hr.problem.mergedIntoItself", code);
                }
            }
            if (name.isEmpty()) {
                problems.add(line, "organisation.hr.problem.unitNameMissing", code);
            }
            requireLength(line, name, 200);
            Long earlier = unitLines.putIfAbsent(code, line);
            if (earlier != null) {
                problems.add(line, "organisation.hr.problem.unitTwice", code, String.valueOf(earlier));
            }
            if (problems.count() == before) {
                units.add(new UnitRow(
                        line, code, name, parent.isEmpty() ? null : parent, mergedInto.isEmpty() ? null : mergedInto));
            }
        }

        private void person(long line, String employeeNumber, List<String> cells) {
            long before = problems.count();
            requireLength(line, employeeNumber, 40);
            String first = field(cells, FIRST_NAME);
            String last = field(cells, LAST_NAME);
            String email = field(cells, EMAIL);
            String unit = field(cells, UNIT_CODE);
            String profession = field(cells, PROFESSION);
            if (first.isEmpty() || last.isEmpty()) {
                problems.add(line, "organisation.hr.problem.nameMissing", employeeNumber);
            }
            requireLength(line, first, 100);
            requireLength(line, last, 100);
            requireLength(line, profession, 120);
            if (!email.isEmpty()
                    && (email.length() > 200 || !MAIL.matcher(email).matches())) {
                problems.add(line, "organisation.hr.problem.emailInvalid", email);
            }
            if (unit.isEmpty()) {
                problems.add(line, "organisation.hr.problem.unitMissing", employeeNumber);
            } else {
                requireCode(line, unit);
            }
            String flag = field(cells, MANAGER).toLowerCase(Locale.ROOT);
            boolean manager = YES.contains(flag);
            if (!manager && !NO.contains(flag)) {
                problems.add(line, "organisation.hr.problem.managerFlag", flag);
            }
            LocalDate ends = null;
            String endText = field(cells, EMPLOYMENT_ENDS);
            if (!endText.isEmpty()) {
                try {
                    ends = LocalDate.parse(endText);
                } catch (DateTimeParseException e) {
                    problems.add(line, "organisation.hr.problem.dateInvalid", endText);
                }
            }
            Long earlier = personLines.putIfAbsent(employeeNumber, line);
            if (earlier != null) {
                problems.add(line, "organisation.hr.problem.personTwice", employeeNumber, String.valueOf(earlier));
            }
            if (problems.count() == before) {
                people.add(new PersonRow(
                        line,
                        employeeNumber,
                        first,
                        last,
                        email.isEmpty() ? null : email,
                        unit,
                        profession.isEmpty() ? null : profession,
                        manager,
                        ends));
            }
        }

        private void requireCode(long line, String code) {
            if (!CODE.matcher(code).matches()) {
                problems.add(line, "organisation.hr.problem.codeInvalid", code);
            }
        }

        private void requireLength(long line, String value, int max) {
            if (value.length() > max) {
                problems.add(
                        line, "organisation.hr.problem.tooLong", value.substring(0, 20) + "…", String.valueOf(max));
            }
        }

        private boolean has(Set<String> names) {
            return columns.keySet().stream().anyMatch(names::contains);
        }

        private String field(List<String> cells, Set<String> names) {
            for (Map.Entry<String, Integer> column : columns.entrySet()) {
                if (names.contains(column.getKey())) {
                    return column.getValue() < cells.size()
                            ? cells.get(column.getValue()).trim()
                            : "";
                }
            }
            return "";
        }
    }
}
