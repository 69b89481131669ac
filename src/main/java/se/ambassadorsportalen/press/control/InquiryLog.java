package se.ambassadorsportalen.press.control;

import static se.ambassadorsportalen.platform.export.SpreadsheetText.csvCell;
import static se.ambassadorsportalen.platform.export.SpreadsheetText.xlsxCell;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import se.ambassadorsportalen.platform.export.ExcelCsv;

/**
 * The exported log of media inquiries as a file: CSV (for Excel or RFC 4180) or an Excel workbook. The
 * boundary reads the inquiries a batch at a time and hands each one over as a {@link Line} whose
 * labels are already in the reader's language; the writers only lay the lines out, so they are
 * tested without a server. User text is written so that a spreadsheet never runs it as a formula.
 */
public final class InquiryLog {

    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** The question column is wide; the others fit a date or a name. */
    private static final int QUESTION_COLUMN = 5;

    private InquiryLog() {}

    /** One inquiry as the log shows it; channel and status are labels in the reader's language. */
    public record Line(
            long id,
            LocalDateTime receivedAt,
            String journalist,
            String outlet,
            String channel,
            String question,
            String topics,
            LocalDateTime deadline,
            String assignee,
            String status,
            LocalDateTime answeredAt) {}

    /**
     * A log being written: lines in, then {@link #finish()} completes the file; {@link #close()}
     * frees what the writer held, finished or not (a failed export writes no half workbook).
     */
    public interface Writer extends AutoCloseable {

        void add(Line line);

        void finish();

        @Override
        default void close() {}
    }

    /**
     * A CSV file as a Swedish Excel opens it with a double click (semicolons, UTF-8 byte order
     * mark, see {@link ExcelCsv}), with a header row; times as {@code yyyy-MM-dd HH:mm}.
     */
    public static Writer excelCsv(List<String> header, OutputStream out) {
        try {
            CSVPrinter printer = ExcelCsv.printer(out);
            printer.printRecord(header);
            return csvWriter(printer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An RFC 4180 CSV file (commas, no byte order mark) for scripts, with a header row. */
    public static Writer csv(List<String> header, OutputStream out) {
        try {
            return csvWriter(new CSVPrinter(
                    new OutputStreamWriter(out, StandardCharsets.UTF_8),
                    CSVFormat.RFC4180
                            .builder()
                            .setHeader(header.toArray(String[]::new))
                            .get()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Writer csvWriter(CSVPrinter printer) {
        return new Writer() {
            @Override
            public void add(Line l) {
                try {
                    printer.printRecord(
                            l.id(),
                            time(l.receivedAt()),
                            csvCell(l.journalist()),
                            csvCell(l.outlet()),
                            l.channel(),
                            csvCell(l.question()),
                            csvCell(l.topics()),
                            time(l.deadline()),
                            csvCell(l.assignee()),
                            l.status(),
                            time(l.answeredAt()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public void finish() {
                try {
                    printer.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    /**
     * One sheet with a bold, frozen header row and real date cells for the times; user text only
     * ever as text cells. The streaming workbook keeps only a window of rows in memory.
     */
    public static Writer workbook(String sheetName, List<String> header, OutputStream out) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
        CellStyle time = workbook.createCellStyle();
        time.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        Row headerRow = sheet.createRow(0);
        for (int c = 0; c < header.size(); c++) {
            Cell cell = headerRow.createCell(c);
            cell.setCellValue(header.get(c));
            cell.setCellStyle(bold);
            sheet.setColumnWidth(c, (c == QUESTION_COLUMN ? 60 : 18) * 256);
        }
        sheet.createFreezePane(0, 1);
        return new Writer() {
            private int next = 1;

            @Override
            public void add(Line l) {
                Row row = sheet.createRow(next++);
                row.createCell(0).setCellValue(l.id());
                timeCell(row, 1, l.receivedAt(), time);
                text(row, 2, l.journalist());
                text(row, 3, l.outlet());
                text(row, 4, l.channel());
                text(row, QUESTION_COLUMN, l.question());
                text(row, 6, l.topics());
                timeCell(row, 7, l.deadline(), time);
                text(row, 8, l.assignee());
                text(row, 9, l.status());
                timeCell(row, 10, l.answeredAt(), time);
            }

            @Override
            public void finish() {
                try {
                    workbook.write(out);
                    out.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public void close() {
                workbook.dispose();
                try {
                    workbook.close();
                } catch (IOException ignored) {
                    // the temporary files are already removed by dispose()
                }
            }
        };
    }

    private static String time(LocalDateTime value) {
        return value == null ? null : CSV_TIME.format(value);
    }

    private static void text(Row row, int column, String value) {
        if (value != null) {
            row.createCell(column).setCellValue(xlsxCell(value));
        }
    }

    private static void timeCell(Row row, int column, LocalDateTime value, CellStyle style) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(style);
        }
    }
}
