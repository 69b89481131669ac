package se.ambassadorsportalen.followup.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import se.ambassadorsportalen.platform.export.SpreadsheetText;
import se.ambassadorsportalen.platform.i18n.Messages;

/**
 * The month's report as an Excel workbook for the editors' meeting: one row per channel with its
 * figures beside its targets and how each stands, and a second sheet with the best posts. Text
 * cells go through {@link SpreadsheetText} so a post title never becomes a formula.
 */
public final class ReportWorkbook {

    /** A channel's line of the report, as plain values. */
    public record Line(
            String channel,
            Integer followers,
            Integer newFollowers,
            Integer newFollowersTarget,
            String newFollowersStatus,
            Double ratePercent,
            String rateKind,
            Double rateTarget,
            String rateStatus,
            Integer posts,
            Integer postsTarget,
            String postsStatus,
            String postsByType,
            String learned,
            String changeNext) {}

    /** A best post's line. */
    public record PostLine(
            String channel,
            String title,
            String materialType,
            String link,
            int impressions,
            int interactions,
            Double ratePercent) {}

    private ReportWorkbook() {}

    public static byte[] write(String periodLabel, List<Line> lines, List<PostLine> posts, Locale locale) {
        Function<String, String> text = key -> Messages.text(locale, key);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(text.apply("followup.export.sheet.channels"));
            cells(sheet.createRow(0), Messages.text(locale, "followup.report.title", periodLabel));
            cells(
                    sheet.createRow(1),
                    text.apply("followup.column.channel"),
                    text.apply("followup.column.followers"),
                    text.apply("followup.column.newFollowers"),
                    text.apply("followup.column.newFollowersTarget"),
                    text.apply("followup.column.status"),
                    text.apply("followup.column.rate"),
                    text.apply("followup.column.rateKind"),
                    text.apply("followup.column.rateTarget"),
                    text.apply("followup.column.status"),
                    text.apply("followup.column.posts"),
                    text.apply("followup.column.postsTarget"),
                    text.apply("followup.column.status"),
                    text.apply("followup.column.postsByType"),
                    text.apply("followup.note.learned"),
                    text.apply("followup.note.change"));
            int r = 2;
            for (Line line : lines) {
                cells(
                        sheet.createRow(r++),
                        line.channel(),
                        line.followers(),
                        line.newFollowers(),
                        line.newFollowersTarget(),
                        line.newFollowersStatus(),
                        line.ratePercent(),
                        line.rateKind(),
                        line.rateTarget(),
                        line.rateStatus(),
                        line.posts(),
                        line.postsTarget(),
                        line.postsStatus(),
                        line.postsByType(),
                        line.learned(),
                        line.changeNext());
            }
            Sheet best = workbook.createSheet(text.apply("followup.export.sheet.posts"));
            cells(
                    best.createRow(0),
                    text.apply("followup.column.channel"),
                    text.apply("followup.column.title"),
                    text.apply("followup.column.materialType"),
                    text.apply("followup.column.link"),
                    text.apply("followup.column.impressions"),
                    text.apply("followup.column.interactions"),
                    text.apply("followup.column.rate"));
            r = 1;
            for (PostLine post : posts) {
                cells(
                        best.createRow(r++),
                        post.channel(),
                        post.title(),
                        post.materialType(),
                        post.link(),
                        post.impressions(),
                        post.interactions(),
                        post.ratePercent());
            }
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cells(Row row, Object... values) {
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value instanceof Number number) {
                row.createCell(i).setCellValue(number.doubleValue());
            } else if (value != null) {
                row.createCell(i).setCellValue(SpreadsheetText.xlsxCell(value.toString()));
            }
        }
    }
}
