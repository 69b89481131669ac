package se.ambassadorsportalen.platform.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Streams the rows of an uploaded table, CSV or Excel workbook (.xlsx, first sheet), to a
 * {@link Rows} handler: the format is told by the content, never by the name or content type.
 * For small imports of any module (channel statistics, goal measurements) that map columns by
 * their header and check every row before anything is stored. The survey import keeps its own
 * reader with progress reporting ({@code recommendation.control.AnswerFile}); both follow the same
 * rules: UTF-8 (with or without BOM) or Windows-1252 as Excel writes CSV on Swedish Windows, the
 * delimiter the header uses, the workbook streamed through POI's event reader so a large sheet never
 * becomes a workbook in memory, line numbers as the user's program shows them.
 * <p>
 * A file that cannot be read as a table ends in a {@link Refused} with a message key of the
 * {@code platform.import.*} family; the caller reports it like any row problem.
 */
public final class TableFile {

    /** The callback for each non-empty row; line 1 is normally the header. */
    @FunctionalInterface
    public interface Rows {
        void row(long line, List<String> cells);
    }

    /** What stopped the file from being read at all: a message key and its arguments. */
    public static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String key;
        private final transient Object[] arguments;

        Refused(String key, Object... arguments) {
            super(key, null, false, false);
            this.key = key;
            this.arguments = arguments.clone();
        }

        public String key() {
            return key;
        }

        public Object[] arguments() {
            return arguments.clone();
        }
    }

    /**
     * Thrown by a {@link Rows} handler to stop reading (a header without the needed columns, after
     * reporting it): passed through to the caller of {@link #read} untouched.
     */
    public static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Stop() {
            super(null, null, false, false);
        }
    }

    private TableFile() {}

    /**
     * Reads the table, handing each row with cells to {@code rows}.
     *
     * @throws Refused when the bytes are empty, an old .xls, binary, or a broken workbook
     * @throws Stop when the handler stopped the reading
     */
    public static void read(byte[] bytes, Rows rows) {
        if (bytes == null || bytes.length == 0) {
            throw new Refused("platform.import.empty");
        }
        if (isZip(bytes)) {
            readWorkbook(bytes, rows);
        } else if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            throw new Refused("platform.import.oldExcel");
        } else if (hasNul(bytes)) {
            throw new Refused("platform.import.notCsvOrExcel");
        } else {
            readCsv(bytes, rows);
        }
    }

    /** A header cell made comparable: lower case, spaces and dashes as underscores, no BOM, no unit suffix. */
    public static String normalise(String header) {
        String text = header == null ? "" : header.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT);
        text = text.replaceAll("\\s*\\((%|percent|procent|antal|count)\\)$", "");
        return text.replace(' ', '_').replace('-', '_');
    }

    static boolean isZip(byte[] bytes) {
        return startsWith(bytes, 'P', 'K', 3, 4);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Text carries no NUL bytes: one in the first 8 KB means a PDF, an image or the like. */
    private static boolean hasNul(byte[] bytes) {
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /** UTF-8 when the bytes are valid UTF-8, otherwise Windows-1252 (what Excel writes as "CSV" on Swedish Windows). */
    public static Charset charset(byte[] bytes) {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return Charset.forName("windows-1252");
        }
    }

    private static void readCsv(byte[] bytes, Rows rows) {
        Charset charset = charset(bytes);
        int offset = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        String text = new String(bytes, offset, bytes.length - offset, charset);
        if (text.isBlank()) {
            throw new Refused("platform.import.empty");
        }
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter(header))
                .setTrim(true)
                .setIgnoreEmptyLines(true)
                .get();
        try (Reader reader =
                        new InputStreamReader(new ByteArrayInputStream(bytes, offset, bytes.length - offset), charset);
                CSVParser parser = CSVParser.parse(reader, format)) {
            for (CSVRecord record : parser) {
                rows.row(parser.getCurrentLineNumber(), record.toList());
            }
        } catch (Stop stop) {
            throw stop;
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new Refused("platform.import.unreadable", String.valueOf(e.getMessage()));
        }
    }

    /** Whichever of semicolon, comma or tab the header line uses most (semicolon on a tie: Swedish Excel). */
    public static char delimiter(String header) {
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        long tabs = header.chars().filter(c -> c == '\t').count();
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return semicolons >= commas && semicolons > 0 ? ';' : ',';
    }

    private static void readWorkbook(byte[] bytes, Rows rows) {
        Path temporary = null;
        try {
            // From a file POI reads the ZIP entries on demand, with its zip-bomb limits.
            temporary = Files.createTempFile("table", ".xlsx");
            Files.write(temporary, bytes);
            readWorkbook(temporary, rows);
        } catch (IOException e) {
            throw new Refused("platform.import.unreadable", String.valueOf(e.getMessage()));
        } finally {
            if (temporary != null) {
                temporary.toFile().delete();
            }
        }
    }

    private static void readWorkbook(Path file, Rows rows) {
        OPCPackage workbook;
        try {
            workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (Exception notOoxml) {
            throw new Refused("platform.import.notAWorkbook");
        }
        try {
            List<PackagePart> main = workbook.getPartsByRelationshipType(PackageRelationshipTypes.CORE_DOCUMENT);
            String type = main.isEmpty() ? "" : main.get(0).getContentType();
            if (!type.contains("spreadsheetml") && !type.contains("ms-excel.sheet")) {
                throw new Refused("platform.import.notAWorkbook");
            }
            XSSFReader reader = new XSSFReader(workbook);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new Refused("platform.import.empty");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(
                        reader.getStylesTable(),
                        new ReadOnlySharedStringsTable(workbook),
                        new SheetRows(rows),
                        new PlainNumbers(),
                        false));
                parser.parse(new InputSource(sheet));
            }
        } catch (Refused | Stop passOn) {
            throw passOn;
        } catch (Exception e) {
            // POI reports a broken sheet (bad XML, a bad shared-string index, zip-bomb limits) this way.
            throw new Refused("platform.import.unreadable", String.valueOf(e.getMessage()));
        } finally {
            workbook.revert(); // read-only: close without writing anything back
        }
    }

    /**
     * Gathers a sheet row's cells (blank where Excel leaves one out) and hands on the non-empty rows
     * with the row number Excel shows. Public so that other readers of POI's event stream (the survey
     * import) gather cells the same way.
     */
    public abstract static class SheetRowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final List<String> cells = new ArrayList<>();

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(value == null ? "" : value);
        }

        @Override
        public void endRow(int rowNum) {
            if (!cells.stream().allMatch(String::isBlank)) {
                row(rowNum + 1L, List.copyOf(cells));
            }
        }

        /** A row with at least one non-blank cell; {@code line} as Excel numbers it. */
        protected abstract void row(long line, List<String> cells);
    }

    private static final class SheetRows extends SheetRowCollector {
        private final Rows rows;

        SheetRows(Rows rows) {
            this.rows = rows;
        }

        @Override
        protected void row(long line, List<String> cells) {
            rows.row(line, cells);
        }
    }

    /**
     * A number cell's value in plain digits whatever its display format; dates, which Excel stores
     * as numbers, keep their display so that "2026-11-03" stays a date.
     */
    static final class PlainNumbers extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (org.apache.poi.ss.usermodel.DateUtil.isADateFormat(formatIndex, formatString)) {
                return org.apache.poi.ss.usermodel.DateUtil.getLocalDateTime(value)
                        .toLocalDate()
                        .toString();
            }
            if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                return Long.toString((long) value);
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }
}
