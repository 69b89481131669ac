package se.ambassadorsportalen.lobbying.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import se.ambassadorsportalen.platform.export.SpreadsheetText;
import se.ambassadorsportalen.platform.i18n.Messages;
import se.ambassadorsportalen.platform.security.OpenOnPurpose;

/**
 * The register as a CSV file for anyone to download: written while the entries are read, a chunk
 * at a time, so its size is bounded by nothing but the register. Every cell anyone typed goes through
 * {@link SpreadsheetText#csvCell}: an organisation named "=HYPERLINK(...)" must not become a formula
 * in the reader's spreadsheet.
 */
@Stateless
public class LobbyingExport {

    private static final List<String> COLUMNS = List.of(
            "date",
            "ourPeople",
            "organisations",
            "issue",
            "position",
            "links",
            "status",
            "withdrawnReason",
            "revisions");
    private static final String COLUMN_KEY = "lobbying.column.";
    private static final String STATUS_KEY = "lobbying.status.";

    @Inject
    LobbyingRegister register;

    @PermitAll
    @OpenOnPurpose("the public register as CSV, for anyone")
    public void csv(Map<String, String> filters, Locale locale, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\ufeff'); // lets spreadsheet programs read the Swedish letters as UTF-8
        CSVPrinter csv = new CSVPrinter(
                writer, CSVFormat.EXCEL.builder().setDelimiter(';').get());
        csv.printRecord(COLUMNS.stream()
                .map(column -> Messages.text(locale, COLUMN_KEY + column))
                .toList());
        try {
            register.eachMeeting(filters, meeting -> {
                try {
                    csv.printRecord(
                            meeting.getDetails().date(),
                            SpreadsheetText.csvCell(meeting.getDetails().ourPeople()),
                            SpreadsheetText.csvCell(meeting.getDetails().counterparts()),
                            SpreadsheetText.csvCell(meeting.getDetails().issue()),
                            SpreadsheetText.csvCell(meeting.getDetails().position()),
                            SpreadsheetText.csvCell(
                                    String.join(" ", meeting.getDetails().linkList())),
                            Messages.text(
                                    locale, STATUS_KEY + meeting.getStatus().name()),
                            SpreadsheetText.csvCell(meeting.getWithdrawnReason()),
                            meeting.getRevisionCount());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        csv.flush();
    }
}
