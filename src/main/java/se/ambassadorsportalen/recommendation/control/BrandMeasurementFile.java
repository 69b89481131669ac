package se.ambassadorsportalen.recommendation.control;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import se.ambassadorsportalen.platform.imports.RowProblems;
import se.ambassadorsportalen.platform.imports.TableFile;

/**
 * Reads a target-group survey's results for goals 1 and 2 (CSV or .xlsx): one row per target
 * group and association or question, with the share, the number of respondents and the date. All
 * or nothing: every row is checked before anything is stored. A row must name a goal that exists
 * (the caller's lookups find a target group and a subject by code or by name in either language),
 * so a measurement always has a baseline and a target to be read against.
 */
public final class BrandMeasurementFile {

    static final Set<String> TARGET_GROUP = Set.of("target_group", "målgrupp", "malgrupp", "group", "grupp");
    static final Set<String> SUBJECT = Set.of(
            "question",
            "association",
            "question_or_association",
            "fråga",
            "association_eller_fråga",
            "fråga_eller_association",
            "varumärkesassociation",
            "subject",
            "kunskap");
    static final Set<String> SHARE = Set.of("share", "andel", "percent", "procent", "share_%", "andel_%");
    static final Set<String> RESPONDENTS =
            Set.of("respondents", "svarande", "antal_svarande", "answers", "antal_svar", "n");
    static final Set<String> DATE = Set.of("date", "datum", "measured_on", "mätdatum");

    /** What a subject name resolves to: the goal (1 or 2) and its code. */
    public record Subject(int goalNumber, String code) {}

    /** A checked row. */
    public record Row(
            int goalNumber, String targetGroup, String subject, LocalDate measuredOn, double share, int respondents) {}

    /** Rows (empty when refused) and problems. */
    public record Result(List<Row> rows, RowProblems problems) {
        public boolean isValid() {
            return problems.isEmpty();
        }
    }

    private final Function<String, Optional<String>> targetGroups;
    private final Function<String, Optional<Subject>> subjects;
    private final RowProblems problems = new RowProblems();
    private final List<Row> rows = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private final Map<String, Integer> columns = new LinkedHashMap<>();
    private boolean headerRead;

    private BrandMeasurementFile(
            Function<String, Optional<String>> targetGroups, Function<String, Optional<Subject>> subjects) {
        this.targetGroups = targetGroups;
        this.subjects = subjects;
    }

    /**
     * @param targetGroups finds a target group's code by its code or name
     * @param subjects     finds an association's or question's goal and code by its code or name
     */
    public static Result read(
            byte[] bytes,
            Function<String, Optional<String>> targetGroups,
            Function<String, Optional<Subject>> subjects) {
        BrandMeasurementFile file = new BrandMeasurementFile(targetGroups, subjects);
        try {
            TableFile.read(bytes, file::line);
        } catch (TableFile.Refused refused) {
            file.problems.add(0, refused.key(), refused.arguments());
        } catch (TableFile.Stop headerRefused) {
            // reported in header(): the rows cannot be read without their columns
        }
        if (file.problems.isEmpty() && file.rows.isEmpty()) {
            file.problems.add(0, "platform.import.empty");
        }
        return new Result(file.problems.isEmpty() ? List.copyOf(file.rows) : List.of(), file.problems);
    }

    private void line(long line, List<String> cells) {
        if (!headerRead) {
            header(line, cells);
            return;
        }
        String groupText = cell(cells, TARGET_GROUP);
        String subjectText = cell(cells, SUBJECT);
        Optional<String> group = groupText == null ? Optional.empty() : targetGroups.apply(groupText.trim());
        Optional<Subject> subject = subjectText == null ? Optional.empty() : subjects.apply(subjectText.trim());
        LocalDate date = date(cell(cells, DATE));
        Double share = share(cell(cells, SHARE));
        Integer respondents = whole(cell(cells, RESPONDENTS));
        int before = (int) problems.count();
        if (group.isEmpty()) {
            problems.add(line, "recommendation.brandImport.problem.targetGroup", nonNull(groupText));
        }
        if (subject.isEmpty()) {
            problems.add(line, "recommendation.brandImport.problem.subject", nonNull(subjectText));
        }
        if (date == null) {
            problems.add(line, "recommendation.brandImport.problem.date", nonNull(cell(cells, DATE)));
        }
        if (share == null) {
            problems.add(line, "recommendation.brandImport.problem.share", nonNull(cell(cells, SHARE)));
        }
        if (respondents == null) {
            problems.add(line, "recommendation.brandImport.problem.respondents", nonNull(cell(cells, RESPONDENTS)));
        }
        if (problems.count() > before) {
            return;
        }
        String key = subject.get().goalNumber() + "|" + group.get() + "|"
                + subject.get().code() + "|" + date;
        if (!seen.add(key)) {
            problems.add(line, "recommendation.brandImport.problem.twice", groupText, subjectText, date);
            return;
        }
        rows.add(new Row(subject.get().goalNumber(), group.get(), subject.get().code(), date, share, respondents));
    }

    private void header(long line, List<String> cells) {
        headerRead = true;
        for (int i = 0; i < cells.size(); i++) {
            columns.putIfAbsent(TableFile.normalise(cells.get(i)), i);
        }
        for (Set<String> needed : List.of(TARGET_GROUP, SUBJECT, SHARE, RESPONDENTS, DATE)) {
            if (columns.keySet().stream().noneMatch(needed::contains)) {
                problems.add(line, "recommendation.brandImport.problem.header", String.join(", ", columns.keySet()));
                throw new TableFile.Stop();
            }
        }
    }

    private String cell(List<String> cells, Set<String> names) {
        for (Map.Entry<String, Integer> column : columns.entrySet()) {
            if (names.contains(column.getKey())) {
                return column.getValue() < cells.size()
                        ? cells.get(column.getValue()).trim()
                        : null;
            }
        }
        return null;
    }

    /** A share as "62 %", "62,5" (percent above 1) or "0.625" (a fraction up to 1). */
    static Double share(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        boolean percent = text.contains("%");
        try {
            double value =
                    Double.parseDouble(text.replace("%", "").replace(" ", "").replace(',', '.'));
            double share = percent || value > 1 ? value / 100 : value;
            return Double.isNaN(share) || share < 0 || share > 1 ? null : share;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer whole(String text) {
        try {
            int value =
                    Integer.parseInt(text == null ? "" : text.replace(" ", "").replace("\u00A0", ""));
            return value < 0 ? null : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate date(String text) {
        try {
            return text == null ? null : LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
