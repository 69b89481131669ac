package se.ambassadorsportalen.platform.tabular;

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
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an Excel workbook (.xlsx) into a {@link TableFile.Rows} handler. The
 * sheet's XML is streamed through POI's event reader (SAX) one row at a time, so 100,000 rows never
 * become a workbook in memory; only the shared-strings table (each distinct text once) is held. The
 * package is opened from a temporary file, so POI reads the ZIP entries on demand, with its
 * zip-bomb limits, instead of unpacking them all into memory.
 * <p>
 * Numbers are read as their value, not as the cell's display format: a cell holding 4 shows as
 * "4", "4.0" or "4,0" depending on its format, and reaches the checks as "4"; a date cell as
 * 2026-06-30. Line numbers are the
 * row numbers Excel shows, so a report line points at the row to fix.
 */
final class Workbook {

    private Workbook() {}

    /** A ZIP archive's local file header: "PK\3\4", how every .xlsx starts. */
    static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    static TableFile.Outcome read(byte[] bytes, TableFile.Rows rows, ImportProgress progress) {
        Path temporary = null;
        try {
            temporary = Files.createTempFile("upload", ".xlsx");
            Files.write(temporary, bytes);
            return read(temporary, rows, progress);
        } catch (IOException e) {
            return refused(TableFile.Refusal.UNREADABLE_WORKBOOK, String.valueOf(e.getMessage()));
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

    private static TableFile.Outcome read(Path file, TableFile.Rows rows, ImportProgress progress) {
        OPCPackage workbook;
        try {
            workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (OpenXML4JException | RuntimeException notOoxml) {
            // A ZIP that is no Office document at all (POI's NotOfficeXmlFileException and kin).
            return refused(TableFile.Refusal.NOT_A_WORKBOOK, null);
        }
        Sheet sheet = new Sheet(rows, progress);
        try {
            if (!isSpreadsheet(workbook)) {
                return refused(TableFile.Refusal.NOT_A_WORKBOOK, null);
            }
            XSSFReader reader = new XSSFReader(workbook);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                return refused(TableFile.Refusal.EMPTY, null);
            }
            try (InputStream data = sheets.next()) {
                long size = sheets instanceof XSSFReader.SheetIterator iterator
                        ? iterator.getSheetPart().getSize()
                        : -1;
                TableFile.CountingStream counted = new TableFile.CountingStream(data);
                sheet.counted = counted;
                sheet.total = size > 0 ? size : -1;
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(
                        reader.getStylesTable(),
                        new ReadOnlySharedStringsTable(workbook),
                        sheet,
                        new PlainNumbers(),
                        false));
                parser.parse(new InputSource(counted));
            } catch (HeaderRefused refused) {
                return new TableFile.Outcome(TableFile.Format.XLSX, null, false, sheet.lastLine, null, null);
            }
            progress.reading(Math.max(sheet.total, 0), Math.max(sheet.total, 0), rows.rowsRead());
            return new TableFile.Outcome(
                    TableFile.Format.XLSX, null, sheet.headerSeen, Math.max(1, sheet.lastLine), null, null);
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            // POI reports a broken sheet (bad XML, a bad shared-string index, zip-bomb limits) this way.
            return new TableFile.Outcome(
                    TableFile.Format.XLSX,
                    null,
                    sheet.headerSeen,
                    0,
                    TableFile.Refusal.UNREADABLE_WORKBOOK,
                    String.valueOf(e.getMessage()));
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

    private static TableFile.Outcome refused(TableFile.Refusal refusal, String detail) {
        return TableFile.Outcome.refused(TableFile.Format.XLSX, refusal, detail);
    }

    /** Stops the sheet's parse once the header is refused: no row after it can be checked. */
    private static final class HeaderRefused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        HeaderRefused() {
            super(null, null, false, false);
        }
    }

    /** Gathers each row's cells (blank where Excel leaves a cell out) and hands the row to the handler. */
    private static final class Sheet implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final TableFile.Rows rows;
        private final ImportProgress progress;
        private final List<String> cells = new ArrayList<>();
        TableFile.CountingStream counted;
        long total;
        long lastLine;
        boolean headerSeen;

        Sheet(TableFile.Rows rows, ImportProgress progress) {
            this.rows = rows;
            this.progress = progress;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : column(reference);
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
            if (!headerSeen) {
                if (!rows.header(line, List.copyOf(cells))) {
                    throw new HeaderRefused();
                }
                headerSeen = true;
                return;
            }
            rows.row(line, cells);
            if (rows.rowsRead() % TableFile.PROGRESS_EVERY_ROWS == 0 && total > 0) {
                progress.reading(counted.count, total, rows.rowsRead());
            }
        }
    }

    /** The zero-based column of a cell reference ("C7" is 2): the letters, without parsing the whole reference. */
    static int column(String reference) {
        int column = 0;
        for (int i = 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
        }
        return column - 1;
    }

    /**
     * Gives a number cell's value in plain digits whatever its display format (4.0, 4,00 or 400 %
     * are all the number they hold): 4 for a whole number, else the shortest exact decimal.
     */
    static final class PlainNumbers extends DataFormatter {

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                // A date cell (an HR export's end date) as ISO 8601, whatever the sheet's locale shows.
                return DateUtil.getLocalDateTime(value).toLocalDate().toString();
            }
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
