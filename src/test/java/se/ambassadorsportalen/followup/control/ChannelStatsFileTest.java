package se.ambassadorsportalen.followup.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.platform.imports.RowProblems;

class ChannelStatsFileTest {

    private static final Cycle CYCLE = new Cycle(LocalDate.of(2024, 1, 1));
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final LocalDate NOV_2 = LocalDate.of(2026, 11, 2); // a period start on the 2024 grid

    private static ChannelStatsFile.Result read(String text) {
        return ChannelStatsFile.read(text.getBytes(StandardCharsets.UTF_8), CYCLE, TODAY);
    }

    @Test
    void linkedInsDailyFollowerExportSumsNewFollowersAndTakesTheLastTotal() {
        assertThat(CYCLE.isPeriodStart(NOV_2)).isTrue();
        ChannelStatsFile.Result result = read("""
                Date,Sponsored followers,Organic followers,Total followers
                11/02/2026,0,60,6650
                11/03/2026,2,55,6705
                11/04/2026,0,41,6744
                """);
        assertThat(result.isValid()).isTrue();
        assertThat(result.shape()).isEqualTo(ChannelStatsFile.Shape.FIGURES);
        ChannelStatsFile.PeriodFigures period = result.periods().get(NOV_2);
        assertThat(period.newFollowers()).isEqualTo(156);
        assertThat(period.followers()).isEqualTo(6744);
        assertThat(period.ratePercent()).isNull();
    }

    @Test
    void swedishHeadersSemicolonsAndPercentRatesAreReadAsTheyAreWritten() {
        ChannelStatsFile.Result result = ChannelStatsFile.read(
                ("Datum;Följare;Nya följare;Aktivitetsgrad;Inlägg\n"
                                + "2026-11-02;6 650;80;4,8 %;10\n2026-11-16;6 700;75;5,4 %;11\n")
                        .getBytes(Charset.forName("windows-1252")),
                CYCLE,
                TODAY);
        assertThat(result.problems().listed()).isEmpty();
        ChannelStatsFile.PeriodFigures period = result.periods().get(NOV_2);
        assertThat(period.followers()).isEqualTo(6700);
        assertThat(period.newFollowers()).isEqualTo(155);
        assertThat(period.ratePercent()).isEqualTo(5.1);
        assertThat(period.posts()).isEqualTo(21);
    }

    @Test
    void anEngagementRateWithoutPercentSignIsAFractionAsTheExportsWriteIt() {
        ChannelStatsFile.Result result = read("date,engagement rate\n2026-11-03,0.052\n");
        assertThat(result.periods().get(NOV_2).ratePercent()).isEqualTo(5.2);
    }

    @Test
    void postRowsBecomePostFiguresWithInteractionsSummedFromTheirParts() {
        ChannelStatsFile.Result result = read("""
                Post title,Post link,Created date,Impressions,Likes,Comments,Reposts,Clicks
                Aisha,https://www.linkedin.com/posts/a,11/05/2026,9800,500,40,12,260
                Jobb,https://www.linkedin.com/posts/b,11/06/2026,6100,80,2,0,40
                """);
        assertThat(result.shape()).isEqualTo(ChannelStatsFile.Shape.POSTS);
        ChannelStatsFile.PeriodFigures period = result.periods().get(NOV_2);
        assertThat(period.postRows())
                .extracting(ChannelStatsFile.PostRow::interactions)
                .containsExactly(812, 122);
        assertThat(period.posts()).isEqualTo(2);
    }

    @Test
    void oneBadRowRefusesTheWholeFileAndEveryProblemIsListedWithItsLine() {
        ChannelStatsFile.Result result = read("""
                Date,Total followers,New followers,Engagement rate
                2026-11-02,6650,60,4.5%
                not a date,6700,50,4.1%
                2026-11-04,many,41,4.0%
                2026-11-05,6760,12,140%
                2027-01-01,6800,10,4%
                """);
        assertThat(result.isValid()).isFalse();
        assertThat(result.periods()).isEmpty();
        assertThat(result.problems().listed())
                .extracting(RowProblems.Problem::line, RowProblems.Problem::key)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3L, "followup.import.problem.date"),
                        org.assertj.core.groups.Tuple.tuple(4L, "followup.import.problem.number"),
                        org.assertj.core.groups.Tuple.tuple(5L, "followup.import.problem.rate"),
                        org.assertj.core.groups.Tuple.tuple(6L, "followup.import.problem.future"));
    }

    @Test
    void aHeaderWithoutADateOrFiguresIsRefusedNamingWhatItFound() {
        ChannelStatsFile.Result result = read("Name,Colour\nLinkedIn,blue\n");
        assertThat(result.problems().listed()).singleElement().satisfies(problem -> {
            assertThat(problem.key()).isEqualTo("followup.import.problem.header");
            assertThat(problem.arguments().get(0)).contains("name").contains("colour");
        });
    }

    @Test
    void aPdfOrAnEmptyFileIsRefusedAsAWhole() {
        assertThat(ChannelStatsFile.read("%PDF-1.7\0\0".getBytes(StandardCharsets.ISO_8859_1), CYCLE, TODAY)
                        .problems()
                        .listed())
                .extracting(RowProblems.Problem::key)
                .containsExactly("platform.import.notCsvOrExcel");
        assertThat(ChannelStatsFile.read(new byte[0], CYCLE, TODAY).problems().listed())
                .extracting(RowProblems.Problem::key)
                .containsExactly("platform.import.empty");
        assertThat(read("Date,Followers\n").problems().listed())
                .extracting(RowProblems.Problem::key)
                .containsExactly("platform.import.empty");
    }

    @Test
    void anExcelWorkbookIsReadLikeTheSameCsvWithExcelsRowNumbers() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Followers");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Date");
            header.createCell(1).setCellValue("Total followers");
            header.createCell(2).setCellValue("New followers");
            Row one = sheet.createRow(1);
            one.createCell(0).setCellValue("2026-11-02");
            one.createCell(1).setCellValue(6650.0);
            one.createCell(2).setCellValue(151.0);
            Row bad = sheet.createRow(3);
            bad.createCell(0).setCellValue("2026-11-09");
            bad.createCell(1).setCellValue("x");
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        ChannelStatsFile.Result result = ChannelStatsFile.read(xlsx, CYCLE, TODAY);
        assertThat(result.problems().listed())
                .extracting(RowProblems.Problem::line)
                .containsExactly(4L);
    }

    @Test
    void aWorkbookWhoseHeaderLacksTheColumnsIsReportedAsTheHeaderNotAsUnreadable() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Row header = workbook.createSheet("Sheet1").createRow(0);
            header.createCell(0).setCellValue("Kanal");
            header.createCell(1).setCellValue("Färg");
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        assertThat(ChannelStatsFile.read(xlsx, CYCLE, TODAY).problems().listed())
                .extracting(RowProblems.Problem::key)
                .containsExactly("followup.import.problem.header");
    }
}
