package se.ambassadorsportalen.recommendation.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.platform.tabular.ImportProgress;
import se.ambassadorsportalen.platform.tabular.TableFile;

/** Survey answers as Excel workbooks, built here with POI the way Excel and survey tools write them. */
class AnswerWorkbookTest {

    private final Function<String, Optional<Long>> units = code -> Optional.ofNullable(
            Map.of("HSF-MED3", 1L, "HSF-AKUT", 2L, "4711", 3L).get(code));

    /** Each row's cells: a Number becomes a number cell, anything else a text cell, null no cell. */
    private static byte[] workbook(Object[]... rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Svar");
            CellStyle oneDecimal = workbook.createCellStyle();
            oneDecimal.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
            for (int r = 0; r < rows.length; r++) {
                if (rows[r] == null) {
                    continue; // a row Excel leaves out
                }
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object value = rows[r][c];
                    if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                        row.getCell(c).setCellStyle(oneDecimal); // shows 4 as "4.0"
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private AnswerFile.Result read(byte[] bytes, AnswerScale scale) {
        return AnswerFile.read(bytes, scale, scale.defaultRecommendsFrom(), units);
    }

    @Test
    void workbookIsToldByItsContentAndSummedExactlyLikeTheSameAnswersAsCsv() {
        byte[] xlsx = workbook(
                new Object[] {"Enhet", "Svar", "Åldersgrupp"},
                new Object[] {"HSF-MED3", 10, "30–39"},
                new Object[] {"HSF-MED3", 9, "30–39"},
                new Object[] {"HSF-MED3", 3, "30–39"},
                new Object[] {"HSF-AKUT", 7, null});
        byte[] csv = "enhet;svar;åldersgrupp\nHSF-MED3;10;30–39\nHSF-MED3;9;30–39\nHSF-MED3;3;30–39\nHSF-AKUT;7;\n"
                .getBytes(StandardCharsets.UTF_8);

        AnswerFile.Result fromExcel = read(xlsx, AnswerScale.ZERO_TO_TEN);
        AnswerFile.Result fromCsv = read(csv, AnswerScale.ZERO_TO_TEN);

        assertThat(fromExcel.problems()).isEmpty();
        assertThat(fromExcel.format()).isEqualTo(AnswerFile.Format.XLSX);
        assertThat(fromExcel.charset()).isNull();
        assertThat(fromCsv.format()).isEqualTo(AnswerFile.Format.CSV);
        assertThat(fromExcel.shape()).isEqualTo(AnswerFile.Shape.ANSWERS);
        assertThat(fromExcel.rows()).isEqualTo(4);
        assertThat(fromExcel.answers()).isEqualTo(fromCsv.answers());
        assertThat(fromExcel.recommenders()).isEqualTo(2);
        assertThat(fromExcel.counts().keySet()).isEqualTo(fromCsv.counts().keySet());
        AnswerFile.Tally med3 = fromExcel.counts().get(new AnswerFile.Key(1, "30–39", null));
        assertThat(med3.answers()).isEqualTo(3);
        assertThat(med3.promoters()).isEqualTo(2);
        assertThat(med3.detractors()).isEqualTo(1);
    }

    @Test
    void numberCellsAreReadAsTheirValueWhateverFormatShowsThem() {
        byte[] xlsx = workbook(
                new Object[] {"unit", "answer"}, new Object[] {"HSF-MED3", 4.0}, new Object[] {4711, 5}, new Object[] {
                    "HSF-AKUT", 4.5
                });

        AnswerFile.Result result = read(xlsx, AnswerScale.ONE_TO_FIVE);

        assertThat(result.counts()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(4);
            assertThat(problem.key()).isEqualTo("recommendation.import.problem.outsideScale");
            assertThat(problem.arguments()).first().isEqualTo("4.5");
        });
    }

    @Test
    void everyBadRowIsReportedWithTheRowNumberExcelShowsAndNothingIsCounted() {
        byte[] xlsx = workbook(
                new Object[] {"unit", "answer"},
                new Object[] {"HSF-MED3", 5},
                null,
                new Object[] {"XX-1", 4},
                new Object[] {null, 3},
                new Object[] {"HSF-MED3", 6},
                new Object[] {"HSF-MED3", "fem"},
                new Object[] {"HSF-AKUT", 1});

        AnswerFile.Result result = read(xlsx, AnswerScale.ONE_TO_FIVE);

        assertThat(result.isValid()).isFalse();
        assertThat(result.rows()).isEqualTo(6);
        assertThat(result.problems()).extracting(AnswerFile.Problem::line).containsExactly(4L, 5L, 6L, 7L);
        assertThat(result.problems())
                .extracting(AnswerFile.Problem::key)
                .containsExactly(
                        "recommendation.import.problem.unknownUnit", "recommendation.import.problem.noUnit",
                        "recommendation.import.problem.outsideScale", "recommendation.import.problem.outsideScale");
        assertThat(result.counts()).isEmpty();
    }

    @Test
    void totalsWorkbookIsReadAsUnitRespondentsAndRecommenders() {
        byte[] xlsx = workbook(
                new Object[] {"Enhet", "Svarande", "Rekommenderar"},
                new Object[] {"HSF-MED3", 40, 30},
                new Object[] {"HSF-AKUT", 3, 5});

        AnswerFile.Result result = read(xlsx, AnswerScale.ONE_TO_FIVE);

        assertThat(result.shape()).isEqualTo(AnswerFile.Shape.TOTALS);
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.key()).isEqualTo("recommendation.import.problem.moreRecommendersThanRespondents");
            assertThat(problem.arguments()).containsExactly("5", "3");
        });
    }

    @Test
    void workbookWithoutTheNeededColumnsOrWithoutRowsIsReported() {
        assertThat(read(workbook(new Object[] {"namn", "ålder"}, new Object[] {"Eva", 40}), AnswerScale.YES_NO)
                        .problems())
                .extracting(AnswerFile.Problem::key)
                .containsExactly("recommendation.import.problem.header");
        assertThat(read(workbook(new Object[] {"enhet", "svar"}), AnswerScale.YES_NO)
                        .problems())
                .extracting(AnswerFile.Problem::key)
                .containsExactly("recommendation.import.problem.empty");
        assertThat(read(workbook(), AnswerScale.YES_NO).problems())
                .extracting(AnswerFile.Problem::key)
                .containsExactly("recommendation.import.problem.empty");
    }

    @Test
    void zipThatIsNoWorkbookOldExcelAndOtherBinaryFilesAreRefusedWithOneLine() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("svar.csv"));
            out.write("enhet;svar\nHSF-MED3;5\n".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("enhet;svar");
            document.write(docx);
        }
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

        assertThat(onlyProblem(zip.toByteArray())).isEqualTo("recommendation.import.problem.notAWorkbook");
        assertThat(onlyProblem(docx.toByteArray())).isEqualTo("recommendation.import.problem.notAWorkbook");
        assertThat(onlyProblem(xls)).isEqualTo("recommendation.import.problem.oldExcel");
        assertThat(onlyProblem(png)).isEqualTo("recommendation.import.problem.notCsvOrExcel");
    }

    @Test
    void brokenWorkbookIsReportedAsUnreadable() {
        byte[] xlsx = workbook(new Object[] {"enhet", "svar"}, new Object[] {"HSF-MED3", 5});
        byte[] truncated = java.util.Arrays.copyOf(xlsx, xlsx.length / 2);

        String key = onlyProblem(truncated);

        assertThat(key)
                .isIn("recommendation.import.problem.unreadableWorkbook", "recommendation.import.problem.notAWorkbook");
    }

    private String onlyProblem(byte[] bytes) {
        AnswerFile.Result result = read(bytes, AnswerScale.ONE_TO_FIVE);
        assertThat(result.isValid()).isFalse();
        assertThat(result.counts()).isEmpty();
        assertThat(result.problems()).hasSize(1);
        return result.problems().get(0).key();
    }

    @Test
    void progressFollowsTheSheetRowByRowToItsLastByte() throws IOException {
        byte[] xlsx;
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet();
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("enhet");
            header.createCell(1).setCellValue("svar");
            for (int i = 1; i <= 5_000; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue(i % 2 == 0 ? "HSF-MED3" : "HSF-AKUT");
                row.createCell(1).setCellValue(1 + i % 5);
            }
            workbook.write(out);
            workbook.dispose();
            xlsx = out.toByteArray();
        }
        Recording progress = new Recording();

        AnswerFile.Result result = AnswerFile.read(xlsx, AnswerScale.ONE_TO_FIVE, 4, units, progress);

        assertThat(result.isValid()).isTrue();
        assertThat(result.answers()).isEqualTo(5_000);
        assertThat(progress.percents)
                .as("a report every %d rows", TableFile.PROGRESS_EVERY_ROWS)
                .hasSizeGreaterThan(5)
                .isSorted();
        assertThat(progress.percents.get(0))
                .as("after the first %d rows", TableFile.PROGRESS_EVERY_ROWS)
                .isBetween(1, 20);
        assertThat(progress.percents).filteredOn(p -> p > 40 && p < 60).isNotEmpty();
        assertThat(progress.percent()).isEqualTo(100);
        assertThat(progress.rows()).isEqualTo(5_000);
        assertThat(progress.bytesTotal())
                .as("the unpacked sheet, larger than the file")
                .isGreaterThan(xlsx.length);
    }

    @Test
    void csvProgressCountsTheFileBytes() {
        StringBuilder csv = new StringBuilder("enhet;svar\n");
        csv.append("HSF-MED3;5\n".repeat(3_000));
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        Recording progress = new Recording();

        AnswerFile.read(bytes, AnswerScale.ONE_TO_FIVE, 4, units, progress);

        assertThat(progress.percents).hasSizeGreaterThan(3).isSorted();
        assertThat(progress.bytesTotal()).isEqualTo(bytes.length);
        assertThat(progress.bytesRead()).isEqualTo(bytes.length);
        assertThat(progress.rows()).isEqualTo(3_000);
    }

    /** Keeps the share at every report, to see that it grows with what was read. */
    private static final class Recording extends ImportProgress {
        final List<Integer> percents = new ArrayList<>();

        @Override
        public void reading(long read, long total, long rowsRead) {
            super.reading(read, total, rowsRead);
            percents.add(percent());
        }
    }

    @Test
    void formulasGiveTheirResult() throws IOException {
        byte[] xlsx;
        try (Workbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet();
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("unit");
            header.createCell(1).setCellValue("answer");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellFormula("\"HSF-\"&\"MED3\"");
            row.createCell(1).setCellFormula("2+3");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
            xlsx = out.toByteArray();
        }

        AnswerFile.Result result = read(xlsx, AnswerScale.ONE_TO_FIVE);

        assertThat(result.problems()).isEmpty();
        assertThat(result.counts().get(new AnswerFile.Key(1, null, null)).recommenders())
                .isEqualTo(1);
    }
}
