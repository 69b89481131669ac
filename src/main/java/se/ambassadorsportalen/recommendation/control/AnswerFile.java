package se.ambassadorsportalen.recommendation.control;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a survey tool's export and checks every row before anything is stored. Two shapes are
 * accepted, told apart by the header: one row per answer (unit, answer, optional age band and
 * profession group) or one row per unit with totals (unit, respondents, recommenders). The file
 * is parsed as a stream and summed into counts per unit × grouping on the way (answers,
 * recommenders, promoters, detractors), so 100,000 rows become a few thousand counts and no answer
 * is ever kept on its own.
 * <p>
 * Encoding: UTF-8 with or without a byte order mark when the bytes are valid UTF-8, otherwise
 * Windows-1252 (what Excel writes for "CSV" on a Swedish Windows), so å, ä and ö survive both.
 * The delimiter is whichever of semicolon, comma or tab the header line uses.
 * <p>
 * An Excel workbook (.xlsx, known by its content: a ZIP holding an Office Open XML workbook) goes
 * through {@link AnswerWorkbook}, which streams its first sheet into the same checks: the same
 * headers, the same problems with the row number Excel shows, the same sums. Anything else that is
 * not text (an old .xls, a PDF) is refused with one report line.
 */
public final class AnswerFile {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(AnswerFile.class.getName());

    /** More bad rows than this are counted but not listed one by one. */
    public static final int MAX_LISTED_PROBLEMS = 500;

    /** Rows between two progress reports: often enough for a bar, rare enough to cost nothing. */
    static final int PROGRESS_EVERY_ROWS = 500;

    static final Set<String> UNIT = Set.of("unit", "unit_code", "enhet", "enhetskod", "enhet_kod", "enhetens_kod");
    static final Set<String> ANSWER = Set.of("answer", "svar", "recommend", "rekommendera", "rekommenderar_oss");
    static final Set<String> AGE = Set.of("age_band", "age", "åldersgrupp", "ålder", "aldersgrupp");
    static final Set<String> PROFESSION = Set.of("profession", "profession_group", "yrkesgrupp", "yrke");
    static final Set<String> RESPONDENTS = Set.of("respondents", "svarande", "antal_svar", "answers");
    static final Set<String> RECOMMENDERS = Set.of("recommenders", "rekommenderar", "antal_rekommenderar");

    public enum Shape { ANSWERS, TOTALS }

    /** What the file turned out to be, by its content: text (CSV) or an Excel workbook (.xlsx). */
    public enum Format { CSV, XLSX }

    /** A bad row: its line in the file (1 = the header), a message key and its arguments. */
    public record Problem(long line, String key, List<String> arguments) {
    }

    /** Where a count belongs: a unit and the answer's groupings (null when not given). */
    public record Key(long unitId, String ageBand, String profession) {
    }

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

        public void add(long moreAnswers, long moreRecommenders, long morePromoters, long moreDetractors,
                        long moreValued) {
            answers += moreAnswers;
            recommenders += moreRecommenders;
            promoters += morePromoters;
            detractors += moreDetractors;
            valued += moreValued;
        }
    }

    /** The outcome of a check: the problems (empty when the file may be imported) and the counts. */
    public record Result(Format format, Charset charset, Shape shape, long rows, long answers, long recommenders,
                         List<Problem> problems, long problemCount, Map<Key, Tally> counts) {

        public boolean isValid() {
            return problemCount == 0;
        }
    }

    private AnswerFile() {
    }

    public static Charset detectCharset(byte[] bytes) {
        if (startsWithBom(bytes)) {
            return StandardCharsets.UTF_8;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return Charset.forName("windows-1252");
        }
    }

    private static boolean startsWithBom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    /**
     * Checks and sums a file.
     *
     * @param unitIdByCode finds a unit's id by its code (empty when unknown)
     */
    public static Result read(byte[] bytes, AnswerScale scale, int recommendsFrom,
                              Function<String, Optional<Long>> unitIdByCode) {
        return read(bytes, scale, recommendsFrom, unitIdByCode, new ImportProgress());
    }

    /**
     * Checks and sums a file, CSV or Excel workbook, told apart by content (never by name), and
     * reports how far it has come to {@code progress} as it reads.
     */
    public static Result read(byte[] bytes, AnswerScale scale, int recommendsFrom,
                              Function<String, Optional<Long>> unitIdByCode, ImportProgress progress) {
        Checker checker = new Checker(scale, recommendsFrom, unitIdByCode);
        if (bytes.length == 0) {
            checker.collector.problem(0, "recommendation.import.problem.empty");
            return checker.collector.result(Format.CSV, StandardCharsets.UTF_8, null);
        }
        if (AnswerWorkbook.isZip(bytes)) {
            return AnswerWorkbook.read(bytes, checker, progress);
        }
        if (isOldExcel(bytes)) {
            checker.collector.problem(0, "recommendation.import.problem.oldExcel");
            return checker.collector.result(null, null, null);
        }
        if (isBinary(bytes)) {
            checker.collector.problem(0, "recommendation.import.problem.notCsvOrExcel");
            return checker.collector.result(null, null, null);
        }
        return readCsv(bytes, checker, progress);
    }

    /** The compound-file header of Excel 97–2003 (.xls), which is not read: save as .xlsx or CSV. */
    static boolean isOldExcel(byte[] bytes) {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        if (bytes.length < ole2.length) {
            return false;
        }
        for (int i = 0; i < ole2.length; i++) {
            if (bytes[i] != ole2[i]) {
                return false;
            }
        }
        return true;
    }

    /** Text files carry no NUL bytes: one in the first 8 KB means a PDF, an image or the like. */
    static boolean isBinary(byte[] bytes) {
        int end = Math.min(bytes.length, 8192);
        for (int i = 0; i < end; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static Result readCsv(byte[] bytes, Checker checker, ImportProgress progress) {
        Collector collector = checker.collector;
        Charset charset = detectCharset(bytes);
        if (new String(bytes, charset).isBlank()) {
            collector.problem(0, "recommendation.import.problem.empty");
            return collector.result(Format.CSV, charset, null);
        }
        int offset = startsWithBom(bytes) ? 3 : 0;
        String firstLine = firstLine(bytes, offset, charset);
        char delimiter = delimiter(firstLine);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setTrim(true)
                .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).get();
        CountingStream counted = new CountingStream(new ByteArrayInputStream(bytes, offset, bytes.length - offset));
        try (Reader reader = new InputStreamReader(counted, charset);
             CSVParser parser = CSVParser.parse(reader, format)) {
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                if (checker.shape == null) {
                    if (!checker.header(line, record.toList())) {
                        return collector.result(Format.CSV, charset, null);
                    }
                    continue;
                }
                checker.row(line, record.toList());
                if (collector.rows % PROGRESS_EVERY_ROWS == 0) {
                    progress.reading(offset + counted.count, bytes.length, collector.rows);
                }
            }
            progress.reading(bytes.length, bytes.length, collector.rows);
            return checker.finish(Format.CSV, charset, 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            // Commons CSV's message names its exception classes and is English only: the person
            // importing gets the line and a reason in their language; the detail goes to the log.
            LOG.fine(() -> "A survey file could not be read as CSV: " + e);
            boolean quote = String.valueOf(e.getMessage()).contains("encapsulated");
            collector.problem(collectorLine(collector), quote ? "recommendation.import.problem.unreadableQuote"
                    : "recommendation.import.problem.unreadable");
            return collector.result(Format.CSV, charset, collector.shape);
        }
    }

    /** Counts the bytes a reader has taken from the file, for the progress bar. */
    static final class CountingStream extends FilterInputStream {
        volatile long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }

    /**
     * The checks every row goes through, whatever the file's format: the header decides the shape,
     * then each row is checked and summed, or reported with its line and reason.
     */
    static final class Checker {
        final Collector collector = new Collector();
        private final AnswerScale scale;
        private final int recommendsFrom;
        private final Function<String, Optional<Long>> unitIdByCode;
        private final Map<String, Optional<Long>> codes = new HashMap<>();
        private final Map<String, Integer> columns = new LinkedHashMap<>();
        Shape shape;

        Checker(AnswerScale scale, int recommendsFrom, Function<String, Optional<Long>> unitIdByCode) {
            this.scale = scale;
            this.recommendsFrom = recommendsFrom;
            this.unitIdByCode = unitIdByCode;
        }

        /** Reads the header; false (and a reported problem) when it lacks the needed columns. */
        boolean header(long line, List<String> cells) {
            for (int i = 0; i < cells.size(); i++) {
                columns.put(normalise(cells.get(i)), i);
            }
            shape = shapeOf(columns.keySet());
            if (shape == null) {
                collector.problem(line, "recommendation.import.problem.header", String.join(", ", columns.keySet()));
                return false;
            }
            collector.shape = shape;
            return true;
        }

        void row(long line, List<String> record) {
            collector.rows++;
            String code = field(record, UNIT);
            if (code == null || code.isEmpty()) {
                collector.problem(line, "recommendation.import.problem.noUnit");
                return;
            }
            Optional<Long> unitId = codes.computeIfAbsent(code, unitIdByCode);
            if (unitId.isEmpty()) {
                collector.problem(line, "recommendation.import.problem.unknownUnit", code);
                return;
            }
            String age = grouping(field(record, AGE));
            String profession = grouping(field(record, PROFESSION));
            if (shape == Shape.ANSWERS) {
                String text = field(record, ANSWER);
                Optional<Integer> answer = scale.parse(text);
                if (answer.isEmpty()) {
                    collector.problem(line, "recommendation.import.problem.outsideScale", text == null ? "" : text,
                            scale.min() + "–" + scale.max());
                    return;
                }
                int value = answer.get();
                boolean enps = scale.hasEnps();
                collector.add(new Key(unitId.get(), age, profession), 1, value >= recommendsFrom ? 1 : 0,
                        enps && value >= Enps.PROMOTER_FROM ? 1 : 0, enps && value <= Enps.DETRACTOR_UP_TO ? 1 : 0, 1);
            } else {
                Long respondents = number(field(record, RESPONDENTS));
                Long recommenders = number(field(record, RECOMMENDERS));
                if (respondents == null || recommenders == null) {
                    collector.problem(line, "recommendation.import.problem.notANumber");
                    return;
                }
                if (recommenders > respondents) {
                    collector.problem(line, "recommendation.import.problem.moreRecommendersThanRespondents",
                            String.valueOf(recommenders), String.valueOf(respondents));
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
                    return column.getValue() < record.size() ? record.get(column.getValue()).trim() : null;
                }
            }
            return null;
        }
    }

    private static long collectorLine(Collector collector) {
        return collector.rows + 2;
    }

    private static String firstLine(byte[] bytes, int offset, Charset charset) {
        int end = offset;
        while (end < bytes.length && bytes[end] != '\n' && bytes[end] != '\r') {
            end++;
        }
        return new String(bytes, offset, end - offset, charset);
    }

    static char delimiter(String header) {
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        long tabs = header.chars().filter(c -> c == '\t').count();
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return semicolons >= commas && semicolons > 0 ? ';' : ',';
    }

    static String normalise(String header) {
        return header.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
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
        }

        void add(Key key, long moreAnswers, long moreRecommenders, long promoters, long detractors, long valued) {
            counts.computeIfAbsent(key, k -> new Tally()).add(moreAnswers, moreRecommenders, promoters, detractors,
                    valued);
            answers += moreAnswers;
            recommenders += moreRecommenders;
        }

        Result result(Format format, Charset charset, Shape shapeFound) {
            return new Result(format, charset, shapeFound, rows, answers, recommenders, List.copyOf(problems), problemCount,
                    problemCount == 0 ? counts : Map.of());
        }
    }
}
