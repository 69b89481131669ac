package se.ambassadorsportalen.recommendation.control;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
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
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an Excel workbook (.xlsx) into {@link AnswerFile}'s checks. The sheet's
 * XML is streamed through POI's event reader (SAX) one row at a time, so 100,000 rows never become
 * a workbook in memory; only the shared-strings table (each distinct text once) is held. The
 * package is opened from a temporary file, so POI reads the ZIP entries on demand, with its
 * zip-bomb limits, instead of unpacking them all into memory.
 * <p>
 * Numbers are read as their value, not as the cell's display format: a cell holding 4 shows as
 * "4", "4.0" or "4,0" depending on its format, and reaches the checks as "4". Line numbers are the
 * row numbers Excel shows, so a report line points at the row to fix.
 */
final class AnswerWorkbook {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(AnswerWorkbook.class.getName());

    private AnswerWorkbook() {
    }

    /** A ZIP archive's local file header: "PK\3\4", how every .xlsx starts. */
    static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    static AnswerFile.Result read(byte[] bytes, AnswerFile.Checker checker, ImportProgress progress) {
        Path temporary = null;
        try {
            temporary = Files.createTempFile("survey-answers", ".xlsx");
            Files.write(temporary, bytes);
            return read(temporary, checker, progress);
        } catch (IOException e) {
            LOG.fine(() -> "A survey workbook could not be read: " + e);
            return refused(checker, "recommendation.import.problem.unreadableWorkbook");
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // the server's temporary folder is cleaned at start-up
                }
            }
        }
    }

    private static AnswerFile.Result read(Path file, AnswerFile.Checker checker, ImportProgress progress) {
        OPCPackage workbook;
        try {
            workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (OpenXML4JException | RuntimeException notOoxml) {
            // A ZIP that is no Office document at all (POI's NotOfficeXmlFileException and kin).
            return refused(checker, "recommendation.import.problem.notAWorkbook");
        }
        try {
            if (!isSpreadsheet(workbook)) {
                return refused(checker, "recommendation.import.problem.notAWorkbook");
            }
            XSSFReader reader = new XSSFReader(workbook);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                return refused(checker, "recommendation.import.problem.empty");
            }
            Rows rows = new Rows(checker, progress);
            try (InputStream sheet = sheets.next()) {
                long size = sheets instanceof XSSFReader.SheetIterator iterator ? iterator.getSheetPart().getSize() : -1;
                AnswerFile.CountingStream counted = new AnswerFile.CountingStream(sheet);
                rows.counted = counted;
                rows.total = size > 0 ? size : -1;
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(),
                        new ReadOnlySharedStringsTable(workbook), rows, new PlainNumbers(), false));
                parser.parse(new InputSource(counted));
            } catch (HeaderRefused refused) {
                return checker.collector.result(AnswerFile.Format.XLSX, null, null);
            }
            progress.reading(Math.max(rows.total, 0), Math.max(rows.total, 0), checker.collector.rows);
            return checker.finish(AnswerFile.Format.XLSX, null, Math.max(1, rows.lastLine));
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            // POI reports a broken sheet (bad XML, a bad shared-string index, zip-bomb limits) this way.
            // POI's message is technical and English only: it goes to the log, the person gets a reason.
            LOG.fine(() -> "A survey workbook could not be read: " + e);
            checker.collector.problem(0, "recommendation.import.problem.unreadableWorkbook");
            return checker.collector.result(AnswerFile.Format.XLSX, null, checker.shape);
        } finally {
            workbook.revert(); // read-only: close without writing anything back
        }
    }

    /** The package's main part is a workbook (.xlsx, .xlsm, .xltx), not a document or a presentation. */
    private static boolean isSpreadsheet(OPCPackage workbook) {
        List<PackagePart> main = workbook.getPartsByRelationshipType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (main.isEmpty()) {
            return false;
        }
        String type = main.get(0).getContentType();
        return type.endsWith(".main+xml") && (type.contains("spreadsheetml") || type.contains("ms-excel.sheet"));
    }

    private static AnswerFile.Result refused(AnswerFile.Checker checker, String key, String... arguments) {
        checker.collector.problem(0, key, arguments);
        return checker.collector.result(AnswerFile.Format.XLSX, null, null);
    }

    /** Stops the sheet's parse once the header is refused: no row after it can be checked. */
    private static final class HeaderRefused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        HeaderRefused() {
            super(null, null, false, false);
        }
    }

    /** Gathers each row's cells (blank where Excel leaves a cell out) and hands the row to the checks. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final AnswerFile.Checker checker;
        private final ImportProgress progress;
        private final List<String> cells = new ArrayList<>();
        AnswerFile.CountingStream counted;
        long total;
        long lastLine;

        Rows(AnswerFile.Checker checker, ImportProgress progress) {
            this.checker = checker;
            this.progress = progress;
        }

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
            if (cells.stream().allMatch(String::isBlank)) {
                return; // a formatted but empty row, which Excel keeps in the file
            }
            long line = rowNum + 1L;
            lastLine = line;
            if (checker.shape == null) {
                if (!checker.header(line, List.copyOf(cells))) {
                    throw new HeaderRefused();
                }
                return;
            }
            checker.row(line, cells);
            if (checker.collector.rows % AnswerFile.PROGRESS_EVERY_ROWS == 0 && total > 0) {
                progress.reading(counted.count, total, checker.collector.rows);
            }
        }
    }

    /**
     * Gives a number cell's value in plain digits whatever its display format (4.0, 4,00 or 400 %
     * are all the number they hold): 4 for a whole number, else the shortest exact decimal.
     */
    static final class PlainNumbers extends DataFormatter {

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return plain(value);
        }

        static String plain(double value) {
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                return String.valueOf(value);
            }
            if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                return Long.toString((long) value);
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }
}
