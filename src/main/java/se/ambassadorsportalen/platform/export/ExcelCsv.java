package se.ambassadorsportalen.platform.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV as a Swedish Excel opens it with a double click: UTF-8 with a byte order mark (without it
 * Excel reads the file as Windows-1252 and å, ä, ö come out garbled) and semicolons between the
 * cells (Excel in a Swedish locale splits on its list separator, the semicolon, and shows a
 * comma-separated file in one column). Lines end in CRLF, fields are quoted when needed.
 */
public final class ExcelCsv {

    /** Semicolon-separated, CRLF, quotes where needed. */
    public static final CSVFormat FORMAT =
            CSVFormat.EXCEL.builder().setDelimiter(';').get();

    private ExcelCsv() {}

    /** A printer that has already written the byte order mark; the caller flushes or closes it. */
    public static CSVPrinter printer(OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\ufeff');
        return new CSVPrinter(writer, FORMAT);
    }
}
