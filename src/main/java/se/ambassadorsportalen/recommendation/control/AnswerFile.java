package se.ambassadorsportalen.recommendation.control;

import java.io.Serializable;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import se.ambassadorsportalen.platform.tabular.ImportProgress;
import se.ambassadorsportalen.platform.tabular.TableFile;

/**
 * Reads a survey tool's export and checks every row before anything is stored. Two shapes are
 * accepted, told apart by the header: one row per answer (unit, answer, optional age band and
 * profession group) or one row per unit with totals (unit, respondents, recommenders). The file
 * is parsed as a stream and summed into counts per unit × grouping on the way (answers,
 * recommenders, promoters, detractors), so 100,000 rows become a few thousand counts and no answer
 * is ever kept on its own.
 * <p>
 * The file, CSV in UTF-8 or Windows-1252 or an Excel workbook, is read by the platform's
 * {@link TableFile}, which hands every row to the same checks with the line or row number the
 * user sees; anything else that is not text (an old .xls, a PDF) is refused with one report line.
 */
public final class AnswerFile {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(AnswerFile.class.getName());

    /** More bad rows than this are counted but not listed one by one. */
    public static final int MAX_LISTED_PROBLEMS = 500;

    static final Set<String> UNIT = Set.of("unit", "unit_code", "enhet", "enhetskod", "enhet_kod", "enhetens_kod");
    static final Set<String> ANSWER = Set.of("answer", "svar", "recommend", "rekommendera", "rekommenderar_oss");
    static final Set<String> AGE = Set.of("age_band", "age", "åldersgrupp", "ålder", "aldersgrupp");
    static final Set<String> PROFESSION = Set.of("profession", "profession_group", "yrkesgrupp", "yrke");
    static final Set<String> RESPONDENTS = Set.of("respondents", "svarande", "antal_svar", "answers");
    static final Set<String> RECOMMENDERS = Set.of("recommenders", "rekommenderar", "antal_rekommenderar");

    public enum Shape {
        ANSWERS,
        TOTALS
    }

    /** What the file turned out to be, by its content: text (CSV) or an Excel workbook (.xlsx). */
    public enum Format {
        CSV,
        XLSX
    }

    /** A bad row: its line in the file (1 = the header), a message key and its arguments. */
    public record Problem(long line, String key, List<String> arguments) implements Serializable {}

    /** Problems kept in the summary, by reason; more distinct reasons than this are only counted. */
    public static final int MAX_SUMMARISED_REASONS = 200;

    /**
     * One reason that bad rows share (the same message with the same arguments, e.g. one unknown
     * unit), how many rows have it and the first and last of their lines: 2,000 rows with the same
     * unknown unit are one line of the summary, not 2,000 lines of the report.
     */
    public record RepeatedProblem(String key, List<String> arguments, long rows, long firstLine, long lastLine)
            implements Serializable {}

    /** Where a count belongs: a unit and the answer's groupings (null when not given). */
    public record Key(long unitId, String ageBand, String profession) {}

    /**
     * What a set of rows adds to one key: answers, recommenders, on a 0–10 scale promoters (9–10)
     * and detractors (0–6), and how many answers carry a value (rows imported as totals do not).
     */
    public static final class Tally {
        private long answers;
        private long recommenders;
        private long promoters;
        private long detractors;
        private long valued;

        public long answers() {
            return answers;
        }

        public long recommenders() {
            return recommenders;
        }

        public long promoters() {
            return promoters;
        }

        public long detractors() {
            return detractors;
        }

        public long valued() {
            return valued;
        }

        public void add(
                long moreAnswers, long moreRecommenders, long morePromoters, long moreDetractors, long moreValued) {
            answers += moreAnswers;
            recommenders += moreRecommenders;
            promoters += morePromoters;
            detractors += moreDetractors;
            valued += moreValued;
        }
    }

    /** The outcome of a check: the problems (empty when the file may be imported) and the counts. */
    public record Result(
            Format format,
            Charset charset,
            Shape shape,
            long rows,
            long answers,
            long recommenders,
            List<Problem> problems,
            long problemCount,
            List<RepeatedProblem> summary,
            Map<Key, Tally> counts) {

        public boolean isValid() {
            return problemCount == 0;
        }
    }

    private AnswerFile() {}

    /**
     * Checks and sums a file.
     *
     * @param unitIdByCode finds a unit's id by its code (empty when unknown)
     */
    public static Result read(
            byte[] bytes, AnswerScale scale, int recommendsFrom, Function<String, Optional<Long>> unitIdByCode) {
        return read(bytes, scale, recommendsFrom, unitIdByCode, new ImportProgress());
    }

    /**
     * Checks and sums a file, CSV or Excel workbook, told apart by content (never by name), and
     * reports how far it has come to {@code progress} as it reads.
     */
    public static Result read(
            byte[] bytes,
            AnswerScale scale,
            int recommendsFrom,
            Function<String, Optional<Long>> unitIdByCode,
            ImportProgress progress) {
        return readMatching(
                bytes,
                scale,
                recommendsFrom,
                cell -> unitIdByCode
                        .apply(cell)
                        .<UnitMatcher.Match>map(UnitMatcher.Found::new)
                        .orElseGet(UnitMatcher.Unknown::new),
                progress);
    }

    /**
     * Checks and sums a file whose unit column may hold codes or names, matched by {@code units}
     * (see {@link UnitMatcher}).
     */
    public static Result read(
            byte[] bytes, AnswerScale scale, int recommendsFrom, UnitMatcher units, ImportProgress progress) {
        return readMatching(bytes, scale, recommendsFrom, units::match, progress);
    }

    private static Result readMatching(
            byte[] bytes,
            AnswerScale scale,
            int recommendsFrom,
            Function<String, UnitMatcher.Match> unitOf,
            ImportProgress progress) {
        Checker checker = new Checker(scale, recommendsFrom, unitOf);
        Collector collector = checker.collector;
        TableFile.Outcome outcome = TableFile.read(bytes, checker, progress);
        Format format = outcome.format() == null
                ? null
                : Format.valueOf(outcome.format().name());
        if (outcome.refusal() != null) {
            // A parser's message (Commons CSV, POI) names its exception classes and is English only:
            // the person importing gets the line and a reason in their language; the detail is logged.
            if (outcome.detail() != null) {
                LOG.fine(() -> "A survey file could not be read: " + outcome.detail());
            }
            boolean quote = outcome.refusal() == TableFile.Refusal.UNREADABLE
                    && String.valueOf(outcome.detail()).contains("encapsulated");
            collector.problem(
                    outcome.lastLine(),
                    quote ? "recommendation.import.problem.unreadableQuote" : problemKey(outcome.refusal()));
            return collector.result(format, outcome.charset(), outcome.headerAccepted() ? checker.shape : null);
        }
        if (!outcome.headerAccepted() && checker.shape == null && collector.problemCount > 0) {
            return collector.result(format, outcome.charset(), null); // the header was refused and reported
        }
        return checker.finish(format, outcome.charset(), outcome.lastLine());
    }

    private static String problemKey(TableFile.Refusal refusal) {
        return switch (refusal) {
            case EMPTY -> "recommendation.import.problem.empty";
            case OLD_EXCEL -> "recommendation.import.problem.oldExcel";
            case NOT_CSV_OR_EXCEL -> "recommendation.import.problem.notCsvOrExcel";
            case NOT_A_WORKBOOK -> "recommendation.import.problem.notAWorkbook";
            case UNREADABLE_WORKBOOK -> "recommendation.import.problem.unreadableWorkbook";
            case UNREADABLE -> "recommendation.import.problem.unreadable";
        };
    }

    /**
     * The checks every row goes through, whatever the file's format: the header decides the shape,
     * then each row is checked and summed, or reported with its line and reason.
     */
    static final class Checker implements TableFile.Rows {
        final Collector collector = new Collector();
        private final AnswerScale scale;
        private final int recommendsFrom;
        private final Function<String, UnitMatcher.Match> unitOf;
        private final Map<String, UnitMatcher.Match> units = new HashMap<>();
        private final Map<String, Integer> columns = new LinkedHashMap<>();
        Shape shape;

        Checker(AnswerScale scale, int recommendsFrom, Function<String, UnitMatcher.Match> unitOf) {
            this.scale = scale;
            this.recommendsFrom = recommendsFrom;
            this.unitOf = unitOf;
        }

        /** Reads the header; false (and a reported problem) when it lacks the needed columns. */
        @Override
        public boolean header(long line, List<String> cells) {
            for (int i = 0; i < cells.size(); i++) {
                columns.put(TableFile.normalise(cells.get(i)), i);
            }
            shape = shapeOf(columns.keySet());
            if (shape == null) {
                collector.problem(line, "recommendation.import.problem.header", String.join(", ", columns.keySet()));
                return false;
            }
            collector.shape = shape;
            return true;
        }

        @Override
        public long rowsRead() {
            return collector.rows;
        }

        @Override
        public void row(long line, List<String> record) {
            collector.rows++;
            String code = field(record, UNIT);
            if (code == null || code.isEmpty()) {
                collector.problem(line, "recommendation.import.problem.noUnit");
                return;
            }
            UnitMatcher.Match match = units.size() < 100_000 ? units.computeIfAbsent(code, unitOf) : unitOf.apply(code);
            if (match instanceof UnitMatcher.Ambiguous ambiguous) {
                collector.problem(
                        line,
                        "recommendation.import.problem.ambiguousUnit",
                        code,
                        String.join(", ", ambiguous.codes()));
                return;
            }
            if (!(match instanceof UnitMatcher.Found found)) {
                collector.problem(line, "recommendation.import.problem.unknownUnit", code);
                return;
            }
            Optional<Long> unitId = Optional.of(found.unitId());
            String age = grouping(field(record, AGE));
            String profession = grouping(field(record, PROFESSION));
            if (shape == Shape.ANSWERS) {
                String text = field(record, ANSWER);
                Optional<Integer> answer = scale.parse(text);
                if (answer.isEmpty()) {
                    collector.problem(
                            line,
                            "recommendation.import.problem.outsideScale",
                            text == null ? "" : text,
                            scale.min() + "–" + scale.max());
                    return;
                }
                int value = answer.get();
                boolean enps = scale.hasEnps();
                collector.add(
                        new Key(unitId.get(), age, profession),
                        1,
                        value >= recommendsFrom ? 1 : 0,
                        enps && value >= Enps.PROMOTER_FROM ? 1 : 0,
                        enps && value <= Enps.DETRACTOR_UP_TO ? 1 : 0,
                        1);
            } else {
                Long respondents = number(field(record, RESPONDENTS));
                Long recommenders = number(field(record, RECOMMENDERS));
                if (respondents == null || recommenders == null) {
                    collector.problem(line, "recommendation.import.problem.notANumber");
                    return;
                }
                if (recommenders > respondents) {
                    collector.problem(
                            line,
                            "recommendation.import.problem.moreRecommendersThanRespondents",
                            String.valueOf(recommenders),
                            String.valueOf(respondents));
                    return;
                }
                collector.add(new Key(unitId.get(), age, profession), respondents, recommenders, 0, 0, 0);
            }
        }

        /** The result once every row is read; a file without a header or rows is reported empty at {@code line}. */
        Result finish(Format format, Charset charset, long line) {
            if (shape == null || collector.rows == 0) {
                collector.problem(line, "recommendation.import.problem.empty");
            }
            return collector.result(format, charset, shape);
        }

        private String field(List<String> record, Set<String> names) {
            for (Map.Entry<String, Integer> column : columns.entrySet()) {
                if (names.contains(column.getKey())) {
                    return column.getValue() < record.size()
                            ? record.get(column.getValue()).trim()
                            : null;
                }
            }
            return null;
        }
    }

    private static Shape shapeOf(Set<String> columns) {
        boolean unit = columns.stream().anyMatch(UNIT::contains);
        if (!unit) {
            return null;
        }
        if (columns.stream().anyMatch(ANSWER::contains)) {
            return Shape.ANSWERS;
        }
        if (columns.stream().anyMatch(RESPONDENTS::contains) && columns.stream().anyMatch(RECOMMENDERS::contains)) {
            return Shape.TOTALS;
        }
        return null;
    }

    private static String grouping(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        return trimmed.length() > 60 ? trimmed.substring(0, 60) : trimmed;
    }

    private static Long number(String text) {
        if (text == null) {
            return null;
        }
        try {
            long value = Long.parseLong(text.replace(" ", "").replace("\u00A0", ""));
            return value < 0 ? null : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static final class Collector {
        final List<Problem> problems = new ArrayList<>();
        final Map<List<String>, long[]> repeated = new LinkedHashMap<>();
        final Map<Key, Tally> counts = new HashMap<>();
        long problemCount;
        long rows;
        long answers;
        long recommenders;
        Shape shape;

        void problem(long line, String key, String... arguments) {
            problemCount++;
            if (problems.size() < MAX_LISTED_PROBLEMS) {
                problems.add(new Problem(line, key, List.of(arguments)));
            }
            List<String> reason = new ArrayList<>();
            reason.add(key);
            reason.addAll(List.of(arguments));
            long[] seen = repeated.get(reason);
            if (seen != null) {
                seen[0]++;
                seen[2] = line;
            } else if (repeated.size() < MAX_SUMMARISED_REASONS) {
                repeated.put(List.copyOf(reason), new long[] {1, line, line});
            }
        }

        void add(Key key, long moreAnswers, long moreRecommenders, long promoters, long detractors, long valued) {
            counts.computeIfAbsent(key, k -> new Tally())
                    .add(moreAnswers, moreRecommenders, promoters, detractors, valued);
            answers += moreAnswers;
            recommenders += moreRecommenders;
        }

        Result result(Format format, Charset charset, Shape shapeFound) {
            return new Result(
                    format,
                    charset,
                    shapeFound,
                    rows,
                    answers,
                    recommenders,
                    List.copyOf(problems),
                    problemCount,
                    summary(),
                    problemCount == 0 ? counts : Map.of());
        }

        /** The reasons, the most frequent first (ties in the order met). */
        private List<RepeatedProblem> summary() {
            return repeated.entrySet().stream()
                    .map(e -> new RepeatedProblem(
                            e.getKey().get(0),
                            e.getKey().subList(1, e.getKey().size()),
                            e.getValue()[0],
                            e.getValue()[1],
                            e.getValue()[2]))
                    .sorted(java.util.Comparator.comparingLong(RepeatedProblem::rows)
                            .reversed())
                    .toList();
        }
    }
}
