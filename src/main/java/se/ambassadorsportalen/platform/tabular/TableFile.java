package se.ambassadorsportalen.platform.tabular;

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
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an uploaded table, CSV or Excel workbook, told apart by its content (never by its name),
 * one row at a time into a {@link Rows} handler that checks it. Shared by every import (survey
 * answers, the HR export), so each import only says what its columns mean.
 * <p>
 * CSV: UTF-8 with or without a byte order mark when the bytes are valid UTF-8, otherwise
 * Windows-1252 (what Excel writes for "CSV" on a Swedish Windows), so å, ä and ö survive both; the
 * delimiter is whichever of semicolon, comma or tab the header line uses; parsed as a stream by
 * Commons CSV. An Excel workbook (.xlsx: a ZIP holding an Office Open XML workbook) goes through
 * {@link Workbook}, which streams its first sheet. Anything else that is not text (an old .xls, a
 * PDF) is refused before a row is read.
 */
public final class TableFile {

    /** Rows between two progress reports: often enough for a bar, rare enough to cost nothing. */
    public static final int PROGRESS_EVERY_ROWS = 500;

    /** What the file turned out to be, by its content. */
    public enum Format {
        CSV,
        XLSX
    }

    /** Why a file was not read at all; each import words it with its own message. */
    public enum Refusal {
        EMPTY,
        OLD_EXCEL,
        NOT_CSV_OR_EXCEL,
        NOT_A_WORKBOOK,
        UNREADABLE_WORKBOOK,
        UNREADABLE
    }

    /**
     * What an import does with the rows. Lines are the file's own (1 = the header for a CSV, the row
     * number Excel shows for a workbook), so a report points at the row to fix.
     */
    public interface Rows {

        /** The header; false when it lacks the needed columns (the handler reports why), which stops the read. */
        boolean header(long line, List<String> cells);

        void row(long line, List<String> cells);

        /** Rows handed over so far, for the progress report. */
        long rowsRead();
    }

    /**
     * How the read went: the format and a CSV's charset, whether the header was accepted, the last
     * line read, or why nothing could be read ({@code refusal} with a technical {@code detail}).
     */
    public record Outcome(
            Format format, Charset charset, boolean headerAccepted, long lastLine, Refusal refusal, String detail) {

        static Outcome refused(Format format, Refusal refusal, String detail) {
            return new Outcome(format, null, false, 0, refusal, detail);
        }
    }

    private TableFile() {}

    public static Outcome read(byte[] bytes, Rows rows, ImportProgress progress) {
        if (bytes.length == 0) {
            return Outcome.refused(Format.CSV, Refusal.EMPTY, null);
        }
        if (Workbook.isZip(bytes)) {
            return Workbook.read(bytes, rows, progress);
        }
        if (isOldExcel(bytes)) {
            return Outcome.refused(null, Refusal.OLD_EXCEL, null);
        }
        if (isBinary(bytes)) {
            return Outcome.refused(null, Refusal.NOT_CSV_OR_EXCEL, null);
        }
        return readCsv(bytes, rows, progress);
    }

    public static Charset detectCharset(byte[] bytes) {
        if (startsWithBom(bytes)) {
            return StandardCharsets.UTF_8;
        }
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

    /** A header cell as a column name: lower case, spaces and dashes as underscores, no byte order mark. */
    public static String normalise(String header) {
        return header.replace("\uFEFF", "")
                .trim()
                .toLowerCase(Locale.ROOT)
                .replace(' ', '_')
                .replace('-', '_');
    }

    private static boolean startsWithBom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
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

    private static Outcome readCsv(byte[] bytes, Rows rows, ImportProgress progress) {
        Charset charset = detectCharset(bytes);
        if (new String(bytes, charset).isBlank()) {
            return new Outcome(Format.CSV, charset, false, 0, Refusal.EMPTY, null);
        }
        int offset = startsWithBom(bytes) ? 3 : 0;
        char delimiter = delimiter(firstLine(bytes, offset, charset));
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setTrim(true)
                .setIgnoreEmptyLines(true)
                .setAllowMissingColumnNames(true)
                .get();
        CountingStream counted = new CountingStream(new ByteArrayInputStream(bytes, offset, bytes.length - offset));
        boolean headerSeen = false;
        long line = 1;
        try (Reader reader = new InputStreamReader(counted, charset);
                CSVParser parser = CSVParser.parse(reader, format)) {
            for (CSVRecord record : parser) {
                line = parser.getCurrentLineNumber();
                if (!headerSeen) {
                    if (!rows.header(line, record.toList())) {
                        return new Outcome(Format.CSV, charset, false, line, null, null);
                    }
                    headerSeen = true;
                    continue;
                }
                rows.row(line, record.toList());
                if (rows.rowsRead() % PROGRESS_EVERY_ROWS == 0) {
                    progress.reading(offset + counted.count, bytes.length, rows.rowsRead());
                }
            }
            progress.reading(bytes.length, bytes.length, rows.rowsRead());
            return new Outcome(Format.CSV, charset, headerSeen, 1, null, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | UncheckedIOException e) {
            // Commons CSV reports a broken quote this way; the rows before it were read.
            return new Outcome(
                    Format.CSV,
                    charset,
                    headerSeen,
                    rows.rowsRead() + 2,
                    Refusal.UNREADABLE,
                    String.valueOf(e.getMessage()));
        }
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
}
