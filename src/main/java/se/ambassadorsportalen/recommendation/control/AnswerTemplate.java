package se.ambassadorsportalen.recommendation.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import se.ambassadorsportalen.platform.export.ExcelCsv;
import se.ambassadorsportalen.platform.export.SpreadsheetText;

/**
 * The file HR can start an import from: the header the import reads (unit, answer, age band,
 * profession group) and one row per unit of the organisation with its code in the unit column
 * and its name beside it, in the CSV a Swedish Excel opens. The name column is there to read;
 * the import only looks at the unit column, where a code or an unambiguous name both work.
 */
public final class AnswerTemplate {

    public static final List<String> HEADER = List.of("enhet", "enhetsnamn", "svar", "åldersgrupp", "yrkesgrupp");

    private AnswerTemplate() {}

    public static byte[] csv(List<UnitMatcher.Candidate> units) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CSVPrinter csv = ExcelCsv.printer(out)) {
            csv.printRecord(HEADER);
            for (UnitMatcher.Candidate unit : units.stream()
                    .sorted(Comparator.comparing(UnitMatcher.Candidate::code))
                    .toList()) {
                csv.printRecord(SpreadsheetText.csvCell(unit.code()), SpreadsheetText.csvCell(unit.name()), "", "", "");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
