package se.ambassadorsportalen.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The recommendation REST surface in the real server: survey import from CSV and Excel (bad rows,
 * all-or-nothing, duplicates, encodings, files that are neither), the anonymity floor in the API
 * and in the dashboard's CSV and Excel exports, and who may see what.
 */
@ExtendWith(ArquillianExtension.class)
class RecommendationApiIT {

    private static final AtomicInteger DAYS = new AtomicInteger();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.modules("recommendation");
    }

    @ArquillianResource
    URL base;

    private long newRound(String scale) {
        // Dates in 2010 keep these rounds out of the way of the demo rounds and the browser journey.
        String heldOn = java.time.LocalDate.of(2010, 1, 1)
                .plusDays(DAYS.incrementAndGet())
                .toString();
        Api.Reply reply = Api.as(base, "hanna")
                .post(
                        "/api/v1/survey-rounds",
                        "{\"name\":\"Test " + UUID.randomUUID() + "\",\"heldOn\":\"" + heldOn + "\",\"scale\":\""
                                + scale + "\"}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().getJsonNumber("id").longValue();
    }

    private Api.Reply upload(String user, long round, byte[] csv) {
        return Api.as(base, user).send("/api/v1/survey-rounds/" + round + "/answers", "POST", "text/csv", csv);
    }

    private static byte[] csv(String text, Charset charset) {
        return text.getBytes(charset);
    }

    private JsonObject rate(String user, long round, String unit) {
        Api.Reply reply = Api.as(base, user)
                .get("/api/v1/recommendation-rate?round=" + round + (unit == null ? "" : "&unit=" + unit));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    private static boolean hasNoNumber(JsonObject figure, String key) {
        return !figure.containsKey(key) || figure.isNull(key);
    }

    private static String answers(String unit, int n, int recommending, int scaleTop) {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < n; i++) {
            rows.append(unit)
                    .append(';')
                    .append(i < recommending ? scaleTop : 1)
                    .append(";30–39\n");
        }
        return rows.toString();
    }

    /** An Excel workbook of one sheet: a Number becomes a number cell (shown as "4.0"), anything else text. */
    private static byte[] xlsx(Object[]... rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Svar");
            CellStyle oneDecimal = workbook.createCellStyle();
            oneDecimal.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                        row.getCell(c).setCellStyle(oneDecimal);
                    } else {
                        row.createCell(c).setCellValue(String.valueOf(rows[r][c]));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object[][] answerRows(String header, Object[]... more) {
        List<Object[]> rows = new ArrayList<>();
        rows.add(header.split(","));
        rows.addAll(List.of(more));
        return rows.toArray(Object[][]::new);
    }

    private Api.Reply uploadXlsx(long round, byte[] workbook) {
        return Api.as(base, "hanna")
                .send(
                        "/api/v1/survey-rounds/" + round + "/answers",
                        "POST",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        workbook);
    }

    @Test
    void excelWorkbookIsImportedLikeCsvWithNumberCellsReadAsWholeAnswersAndASecondUploadIsADuplicate() {
        long round = newRound("ONE_TO_FIVE");
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            rows.add(new Object[] {"HSF-MED3", i < 9 ? 4 : 2, "30–39"});
        }
        rows.add(new Object[] {"HSF-AKUT", "5", "40–49"});
        rows.addAll(java.util.Collections.nCopies(4, new Object[] {"HSF-AKUT", 1, "40–49"}));
        byte[] workbook = xlsx(answerRows("Enhet,Svar,Åldersgrupp", rows.toArray(Object[][]::new)));

        Api.Reply reply = uploadXlsx(round, workbook);
        Api.Reply again = uploadXlsx(round, workbook);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.json().getString("format")).isEqualTo("XLSX");
        assertThat(reply.json().getString("shape")).isEqualTo("ANSWERS");
        assertThat(reply.json().getJsonNumber("answers").longValue()).isEqualTo(17);
        JsonObject med3 = rate("hanna", round, "HSF-MED3");
        assertThat(med3.getJsonNumber("answers").longValue()).isEqualTo(12);
        assertThat(med3.getJsonNumber("rate").doubleValue())
                .as("4.0 counted as 4, which recommends")
                .isEqualTo(0.75);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().getString("outcome")).isEqualTo("DUPLICATE");
        assertThat(rate("hanna", round, null).getJsonNumber("answers").longValue())
                .isEqualTo(17);
    }

    @Test
    void badWorkbookIsRefusedRowByRowWithExcelRowNumbersAndNothingIsImported() {
        long round = newRound("ONE_TO_FIVE");
        byte[] workbook = xlsx(answerRows(
                "unit,answer",
                new Object[] {"HSF-MED3", 5},
                new Object[] {"NO-SUCH-UNIT", 4},
                new Object[] {"HSF-MED3", 9},
                new Object[] {"HSF-MED3", 4.5},
                new Object[] {"HSF-MED3", 4}));

        Api.Reply reply = uploadXlsx(round, workbook);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(reply.json().getString("outcome")).isEqualTo("REJECTED");
        assertThat(reply.json().getString("format")).isEqualTo("XLSX");
        List<JsonObject> problems = reply.json().getJsonArray("problems").getValuesAs(JsonObject.class);
        assertThat(problems)
                .extracting(p -> p.getJsonNumber("line").longValue())
                .containsExactly(3L, 4L, 5L);
        assertThat(problems.get(0).getString("reason")).contains("NO-SUCH-UNIT");
        assertThat(problems.get(1).getString("reason")).contains("\"9\"").contains("1–5");
        assertThat(problems.get(2).getString("reason")).contains("4.5");
        assertThat(rate("hanna", round, null).getJsonNumber("answers").longValue())
                .isZero();
    }

    @Test
    void oldExcelFilesAndZipArchivesThatAreNoWorkbookAreRefusedWithOneClearLine() throws IOException {
        long round = newRound("YES_NO");
        byte[] xls = {
            (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0
        };
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(zip)) {
            out.putNextEntry(new java.util.zip.ZipEntry("svar.csv"));
            out.write("unit,answer\nHSF-MED3,yes\n".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }

        Api.Reply old = uploadXlsx(round, xls);
        Api.Reply archive = uploadXlsx(round, zip.toByteArray());

        assertThat(old.status()).as(old.toString()).isEqualTo(422);
        assertThat(old.json().getJsonArray("problems")).hasSize(1);
        assertThat(old.json().getJsonArray("problems").getJsonObject(0).getString("key"))
                .isEqualTo("recommendation.import.problem.oldExcel");
        assertThat(old.json().getJsonArray("problems").getJsonObject(0).getString("reason"))
                .contains(".xlsx");
        assertThat(archive.status()).isEqualTo(422);
        assertThat(archive.json().getJsonArray("problems").getJsonObject(0).getString("key"))
                .isEqualTo("recommendation.import.problem.notAWorkbook");
        assertThat(rate("hanna", round, null).getJsonNumber("answers").longValue())
                .isZero();
    }

    @Test
    void aRoundNamedLikeAFormulaIsPlainTextInTheDashboardsCsvExport() throws Exception {
        String formula = "=HYPERLINK(\"https://evil.example\",\"klicka\")";
        Api.Reply created = Api.as(base, "hanna")
                .post(
                        "/api/v1/survey-rounds",
                        Json.createObjectBuilder()
                                .add("name", formula)
                                .add(
                                        "heldOn",
                                        java.time.LocalDate.of(2009, 6, 1).toString())
                                .add("scale", "YES_NO")
                                .build()
                                .toString());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long round = created.json().getJsonNumber("id").longValue();
        try {
            Page hanna = new Page(base, "hanna");
            String dashboard = hanna.get("/recommendation/dashboard.xhtml");

            String csv = new String(
                    hanna.submit("dashboardForm", "dashboardForm:exportTrend", dashboard), StandardCharsets.UTF_8);

            assertThat(csv).contains("\"'=HYPERLINK(").doesNotContain("\"=HYPERLINK(");
        } finally {
            Api.as(base, "hanna").delete("/api/v1/survey-rounds/" + round);
        }
    }

    @Test
    void dashboardExportsGiveASuppressedUnitAsTooFewAnswersAndNeverANumber() throws Exception {
        long round = newRound("ONE_TO_FIVE");
        byte[] totals = xlsx(answerRows(
                "unit,respondents,recommenders",
                new Object[] {"FTV-CEN", 12, 9},
                new Object[] {"FTV-ABY", 3, 2},
                new Object[] {"FTV-SPEC", 15, 11},
                new Object[] {"HSF-MED3", 40, 30}));
        assertThat(uploadXlsx(round, totals).status()).isEqualTo(201);
        Page hanna = new Page(base, "hanna");
        String dashboard = hanna.get("/recommendation/dashboard.xhtml?round=" + round);
        assertThat(dashboard).contains("FTV-ABY");

        byte[] excel = hanna.submit("dashboardForm", "dashboardForm:exportUnitsXlsx", dashboard);
        byte[] csv = hanna.submit("dashboardForm", "dashboardForm:exportUnits", dashboard);

        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(excel))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row small = rowWithCode(sheet, "FTV-ABY");
            Row sibling = rowWithCode(sheet, "FTV-CEN");
            Row shown = rowWithCode(sheet, "FTV-SPEC");
            for (Row hidden : List.of(small, sibling)) {
                assertThat(hidden)
                        .as("suppressed row")
                        .allSatisfy(cell -> assertThat(cell.getCellType())
                                .as("cell %s", cell.getAddress())
                                .isEqualTo(CellType.STRING));
                assertThat(hidden).extracting(Cell::getStringCellValue).noneMatch(text -> text.matches(".*\\d.*"));
            }
            assertThat(small)
                    .extracting(Cell::getStringCellValue)
                    .as("3 answers")
                    .contains("För få svar");
            assertThat(sibling)
                    .extracting(Cell::getStringCellValue)
                    .as("12 answers, hidden only to protect the 3")
                    .contains("Dold för att skydda en mindre grupp (har tillräckligt många svar)");
            assertThat(shown).extracting(Cell::toString).contains("73,3 %").anyMatch(text -> text.startsWith("15"));
        }
        String csvText = new String(csv, StandardCharsets.UTF_8);
        assertThat(csvText)
                .as("as a Swedish Excel opens it, like the portal's other CSV exports")
                .startsWith("\ufeff")
                .contains("\"FTV-SPEC\";");
        String smallLine = csvText.lines()
                .filter(line -> line.contains("FTV-ABY"))
                .findFirst()
                .orElseThrow();
        assertThat(smallLine).contains("För få svar").doesNotContainPattern("\\d");
        assertThat(csvText.lines()
                        .filter(line -> line.contains("FTV-SPEC"))
                        .findFirst()
                        .orElseThrow())
                .contains("15");
    }

    private static Row rowWithCode(Sheet sheet, String code) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && code.equals(cell.getStringCellValue())) {
                    return row;
                }
            }
        }
        throw new AssertionError("no row for " + code);
    }

    /**
     * A signed-in browser without a browser: HTTP Basic on every request, the session cookie kept,
     * and a form posted back with its view state, as a click on a non-ajax button does.
     */
    private static final class Page {
        private static final Pattern INPUT = Pattern.compile("<input[^>]*>");
        private static final Pattern SELECT = Pattern.compile("(?s)<select[^>]*name=\"([^\"]*)\"[^>]*>(.*?)</select>");
        private static final Pattern SELECTED = Pattern.compile("<option value=\"([^\"]*)\"[^>]*selected");
        private final URI base;
        private final String authorization;
        private final HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10))
                .build();

        Page(URL base, String username) {
            this.base = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
            this.authorization = "Basic "
                    + Base64.getEncoder()
                            .encodeToString((username + ":" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        }

        String get(String path) throws IOException, InterruptedException {
            HttpResponse<String> response = client.send(
                    request(path).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            return response.body();
        }

        /** Posts {@code form} as the page rendered it (its inputs and chosen options) with {@code button} clicked. */
        byte[] submit(String form, String button, String page) throws IOException, InterruptedException {
            int start = page.indexOf("<form id=\"" + form + "\"");
            assertThat(start).as("form %s on the page", form).isNotNegative();
            String html = page.substring(start, page.indexOf("</form>", start));
            StringBuilder body = new StringBuilder(encode(button))
                    .append('=')
                    .append(encode(button))
                    .append("&primefaces.nonce=")
                    .append(encode(WebSession.nonceIn(page)));
            Matcher input = INPUT.matcher(html);
            while (input.find()) {
                String tag = input.group();
                String name = attribute(tag, "name");
                if (name != null && !tag.contains("type=\"submit\"") && !tag.contains("type=\"checkbox\"")) {
                    String value = attribute(tag, "value");
                    body.append('&').append(encode(name)).append('=').append(encode(value == null ? "" : value));
                }
            }
            Matcher select = SELECT.matcher(html);
            while (select.find()) {
                Matcher chosen = SELECTED.matcher(select.group(2));
                if (chosen.find()) {
                    body.append('&')
                            .append(encode(unescape(select.group(1))))
                            .append('=')
                            .append(encode(unescape(chosen.group(1))));
                }
            }
            HttpResponse<byte[]> response = client.send(
                    request("/recommendation/dashboard.xhtml")
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            String disposition =
                    response.headers().firstValue("Content-Disposition").orElse("");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(disposition)
                    .as(
                            "%s answered %s",
                            button,
                            new String(response.body(), StandardCharsets.UTF_8)
                                    .replaceAll("(?s)<script.*?</script>", "")
                                    .replaceAll("<[^>]+>", " ")
                                    .replaceAll("\\s+", " "))
                    .contains("attachment");
            return response.body();
        }

        private static String attribute(String tag, String name) {
            Matcher value = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(tag);
            return value.find() ? unescape(value.group(1)) : null;
        }

        private static String unescape(String html) {
            return html.replace("&#58;", ":")
                    .replace("&quot;", "\"")
                    .replace("&lt;", "<")
                    .replace("&gt;", ">")
                    .replace("&amp;", "&");
        }

        private HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(base.resolve(path.substring(1)))
                    .timeout(Duration.ofSeconds(60))
                    .header("Authorization", authorization)
                    .header("Accept-Language", "sv");
        }

        private static String encode(String text) {
            return URLEncoder.encode(text, StandardCharsets.UTF_8);
        }
    }

    @Test
    void hrDeletesAWronglyImportedRoundWithItsAnswersAndOthersMayNot() {
        long round = newRound("ONE_TO_FIVE");
        String file = "enhet;svar\n" + answers("HSF-MED3", 12, 6, 5).replace(";30–39", "");
        assertThat(upload("hanna", round, csv(file, StandardCharsets.UTF_8)).status())
                .isEqualTo(201);

        assertThat(Api.as(base, "magnus")
                        .delete("/api/v1/survey-rounds/" + round)
                        .outcome())
                .isEqualTo(Api.BY_ROLE);
        assertThat(Api.as(base, "eva").delete("/api/v1/survey-rounds/" + round).outcome())
                .isEqualTo(Api.BY_ROLE);
        assertThat(Api.as(base, "hanna")
                        .delete("/api/v1/survey-rounds/" + round)
                        .status())
                .isEqualTo(204);

        assertThat(Api.as(base, "hanna")
                        .get("/api/v1/survey-rounds")
                        .jsonArray()
                        .getValuesAs(JsonObject.class))
                .noneMatch(r -> r.getJsonNumber("id").longValue() == round);
        assertThat(Api.as(base, "hanna")
                        .get("/api/v1/recommendation-rate?round=" + round)
                        .status())
                .isEqualTo(404);
        assertThat(Api.as(base, "hanna")
                        .delete("/api/v1/survey-rounds/" + round)
                        .status())
                .isEqualTo(404);
        assertThat(upload("hanna", newRound("ONE_TO_FIVE"), csv(file, StandardCharsets.UTF_8))
                        .status())
                .as("the deleted round's file is no longer a duplicate")
                .isEqualTo(201);
    }

    @Test
    void goodFileIsImportedAndTheRateHasItsWilsonIntervalAndAnswers() {
        long round = newRound("ONE_TO_FIVE");
        String file = "enhet;svar;åldersgrupp\n" + answers("HSF-MED3", 20, 15, 5) + answers("HSF-AKUT", 10, 5, 4);

        Api.Reply reply = upload("hanna", round, csv(file, StandardCharsets.UTF_8));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.json().getString("outcome")).isEqualTo("IMPORTED");
        assertThat(reply.json().getJsonNumber("answers").longValue()).isEqualTo(30);
        JsonObject med3 = rate("hanna", round, "HSF-MED3");
        assertThat(med3.getBoolean("suppressed")).isFalse();
        assertThat(med3.getJsonNumber("answers").longValue()).isEqualTo(20);
        assertThat(med3.getJsonNumber("rate").doubleValue()).isEqualTo(0.75);
        assertThat(med3.getJsonNumber("low").doubleValue()).isBetween(0.53, 0.54);
        assertThat(med3.getJsonNumber("high").doubleValue()).isBetween(0.88, 0.89);
        JsonObject organisation = rate("hanna", round, null);
        assertThat(organisation.getJsonNumber("answers").longValue()).isEqualTo(30);
        assertThat(organisation.getJsonNumber("rate").doubleValue())
                .isCloseTo(20.0 / 30, org.assertj.core.data.Offset.offset(1e-9));
    }

    /**
     * Each node keeps the unit sums in memory (UnitSums). A rate read before an import, and one read
     * between two imports into the same round, must not be what the next read answers.
     */
    @Test
    void aRateReadBeforeAnImportIsReadAgainAfterItAndAfterTheNextImportIntoTheSameRound() {
        long round = newRound("ONE_TO_FIVE");
        JsonObject before = rate("hanna", round, null);
        assertThat(hasNoNumber(before, "answers")
                        || before.getJsonNumber("answers").longValue() == 0)
                .as("no answers yet: " + before)
                .isTrue();

        assertThat(organisationAnswersAfterImporting(round, answers("HSF-MED3", 20, 15, 5)))
                .isEqualTo(20);
        assertThat(organisationAnswersAfterImporting(round, answers("HSF-AKUT", 10, 5, 4)))
                .isEqualTo(30);
    }

    /**
     * Each node keeps the unit tree in memory (UnitOutlineCache). A unit an admin creates after a
     * rate was read must be in the next one: its answers counted and its own rate answered.
     */
    @Test
    void aUnitCreatedAfterARateWasReadHasItsOwnRateAtOnce() {
        long round = newRound("ONE_TO_FIVE");
        rate("hanna", round, null);
        Api admin = Api.as(base, "admin");
        long parentId = admin.get("/api/v1/admin/units?code=HSF-MED3")
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        String code = "IT-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Api.Reply created = admin.post(
                "/api/v1/admin/units",
                "{\"code\":\"%s\",\"name\":\"Ny mottagning\",\"kind\":\"UNIT\",\"parentId\":%d}"
                        .formatted(code, parentId));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);

        assertThat(organisationAnswersAfterImporting(round, answers(code, 20, 15, 5)))
                .isEqualTo(20);
        assertThat(rate("hanna", round, code).getJsonNumber("answers").longValue())
                .isEqualTo(20);
    }

    @Test
    void aUnitTheHrSystemAddsAfterARateWasReadHasItsOwnRateAtOnce() {
        long round = newRound("ONE_TO_FIVE");
        rate("hanna", round, null);
        String code = "HR-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String file = "unit_code;unit_name;parent_code;merged_into;employee_number;first_name;last_name;email;"
                + "profession;manager;employment_ends\n"
                + code + ";Ny mottagning från HR;HSF-MED3;;;;;;;;\n";
        Api.Reply imported = Api.as(base, "admin")
                .send("/api/v1/hr-import", "POST", "text/csv", file.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);

        assertThat(organisationAnswersAfterImporting(round, answers(code, 20, 15, 5)))
                .isEqualTo(20);
        assertThat(rate("hanna", round, code).getJsonNumber("answers").longValue())
                .isEqualTo(20);
    }

    private long organisationAnswersAfterImporting(long round, String rows) {
        String file = "enhet;svar\n" + rows.replace(";30–39", "");
        assertThat(upload("hanna", round, csv(file, StandardCharsets.UTF_8)).status())
                .isEqualTo(201);
        return rate("hanna", round, null).getJsonNumber("answers").longValue();
    }

    @Test
    void moreAnswersThanAUnitHasStaffAreImportedWithAWarningGivingTheResponseRate() {
        long round = newRound("ONE_TO_FIVE");
        // Psykiatriska mottagningen has 26 staff in the demo
        String file = "enhet;svar;åldersgrupp\n" + answers("HSF-PSY", 104, 60, 5) + answers("HSF-MED3", 20, 15, 5);

        Api.Reply reply = upload("hanna", round, csv(file, StandardCharsets.UTF_8));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        List<JsonObject> warnings = reply.json().getJsonArray("warnings").getValuesAs(JsonObject.class);
        assertThat(warnings)
                .singleElement()
                .satisfies(warning -> assertThat(warning.getString("reason"))
                        .contains("Psykiatriska mottagningen")
                        .contains("104 svar")
                        .contains("26 anställda")
                        .contains("400 %"));
    }

    @Test
    void badRowsAreReportedWithTheirLinesAndNothingIsImported() {
        long round = newRound("ONE_TO_FIVE");
        String file = "enhet;svar\nHSF-MED3;5\nNO-SUCH-UNIT;4\nHSF-MED3;9\nHSF-MED3;ja\nHSF-MED3;4\n";

        Api.Reply reply = upload("hanna", round, csv(file, StandardCharsets.UTF_8));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(reply.json().getString("outcome")).isEqualTo("REJECTED");
        List<JsonObject> problems = reply.json().getJsonArray("problems").getValuesAs(JsonObject.class);
        assertThat(problems)
                .extracting(p -> p.getJsonNumber("line").longValue())
                .containsExactly(3L, 4L, 5L);
        assertThat(problems.get(0).getString("reason")).contains("NO-SUCH-UNIT");
        assertThat(problems.get(1).getString("reason")).contains("9").contains("1–5");
        assertThat(rate("hanna", round, null).getJsonNumber("answers").longValue())
                .isZero();
    }

    @Test
    void emptyFileUnknownRoundAndDuplicateAreEachReported() {
        long round = newRound("YES_NO");
        // Unique content, so that no other test's file is the "same file".
        int extra = 1 + new java.util.Random().nextInt(400);
        byte[] file = csv(
                "unit,answer\n" + "HSF-MED3,yes\n".repeat(5) + "HSF-MED3,no\n".repeat(extra), StandardCharsets.UTF_8);

        Api.Reply empty = upload("hanna", round, new byte[0]);
        Api.Reply noRound = upload("hanna", 999_999_999L, file);
        LocalDateTime before = LocalDateTime.now(ZoneId.of("Europe/Stockholm")).truncatedTo(ChronoUnit.MINUTES);
        Api.Reply first = upload("hanna", round, file);
        Api.Reply again = upload("hanna", round, file);
        LocalDateTime after = LocalDateTime.now(ZoneId.of("Europe/Stockholm"));

        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.json().getJsonArray("problems").getJsonObject(0).getString("key"))
                .isEqualTo("recommendation.import.problem.empty");
        assertThat(noRound.status()).isEqualTo(404);
        assertThat(noRound.json().getJsonArray("problems").getJsonObject(0).getString("key"))
                .isEqualTo("recommendation.import.problem.noSuchRound");
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().getString("outcome")).isEqualTo("DUPLICATE");
        // the message names when the file was first imported, on Stockholm's wall clock
        Matcher when = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}")
                .matcher(again.json().getJsonArray("problems").getJsonObject(0).getString("reason"));
        assertThat(when.find()).as(again.toString()).isTrue();
        assertThat(LocalDateTime.parse(when.group().replace(' ', 'T'))).isBetween(before, after);
        assertThat(rate("hanna", round, "HSF-MED3").getJsonNumber("answers").longValue())
                .isEqualTo(first.json().getJsonNumber("answers").longValue());
    }

    @ParameterizedTest(name = "Swedish letters survive in {0}")
    @ValueSource(strings = {"UTF-8", "UTF-8 with BOM", "windows-1252"})
    void swedishLettersSurviveUtf8AndTheExcelEncoding(String encoding) {
        long round = newRound("ZERO_TO_TEN");
        String text = "Enhet;Svar;Yrkesgrupp\nHSF-MED3;10;Sjuksköterska\nVÅRDCENTRAL-ÖÄ;9;Läkare\n";
        byte[] bytes = encoding.equals("windows-1252")
                ? csv(text, Charset.forName("windows-1252"))
                : csv((encoding.endsWith("BOM") ? "\uFEFF" : "") + text, StandardCharsets.UTF_8);

        Api.Reply reply = upload("hanna", round, bytes);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(reply.json().getJsonArray("problems").getJsonObject(0).getString("reason"))
                .contains("VÅRDCENTRAL-ÖÄ");
        assertThat(reply.json().getString("encoding"))
                .isEqualTo(encoding.startsWith("UTF-8") ? "UTF-8" : "windows-1252");
    }

    @Test
    void totalsOnlyExportIsImportedAndSmallUnitsAreSuppressedWithTheirSmallestSibling() {
        long round = newRound("ONE_TO_FIVE");
        String file = "unit,respondents,recommenders\nFTV-CEN,12,9\nFTV-ABY,3,2\nFTV-SPEC,15,11\n" + "HSF-MED3,40,30\n";

        Api.Reply reply = upload("hanna", round, csv(file, StandardCharsets.UTF_8));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);

        JsonObject small = rate("hanna", round, "FTV-ABY");
        JsonObject sibling = rate("hanna", round, "FTV-CEN");
        JsonObject shown = rate("hanna", round, "FTV-SPEC");
        assertThat(small.getBoolean("suppressed")).isTrue();
        assertThat(hasNoNumber(small, "answers")).isTrue();
        assertThat(hasNoNumber(small, "rate")).isTrue();
        assertThat(hasNoNumber(small, "low")).isTrue();
        assertThat(hasNoNumber(sibling, "answers")).isTrue();
        assertThat(sibling.getBoolean("suppressed"))
                .as("complementary suppression")
                .isTrue();
        assertThat(shown.getBoolean("suppressed")).isFalse();
        assertThat(shown.getJsonNumber("answers").longValue()).isEqualTo(15);
    }

    @Test
    void managerSeesHisUnitsAndTheOrganisationButNoOtherUnit() {
        long round = newRound("ONE_TO_FIVE");
        upload(
                "hanna",
                round,
                csv(
                        "enhet;svar\n" + answers("HSF-MED3", 8, 6, 5) + answers("HSF-AKUT", 9, 3, 5),
                        StandardCharsets.UTF_8));

        assertThat(rate("magnus", round, "HSF-MED3").getJsonNumber("answers").longValue())
                .isEqualTo(8);
        assertThat(rate("magnus", round, null).getJsonNumber("answers").longValue())
                .isEqualTo(17);
        // the manager role lets him in; the rule that a manager sees only his own units refuses
        Api.Reply otherUnit =
                Api.as(base, "magnus").get("/api/v1/recommendation-rate?round=" + round + "&unit=HSF-AKUT");
        assertThat(otherUnit.outcome()).isEqualTo(Api.BY_RULE);
        assertThat(otherUnit.rule()).isEqualTo("recommendation.unit.notYours");
        Api.Reply administration =
                Api.as(base, "magnus").get("/api/v1/recommendation-rate?round=" + round + "&unit=HSF");
        assertThat(administration.outcome()).isEqualTo(Api.BY_RULE);
        assertThat(administration.rule()).isEqualTo("recommendation.unit.notYours");
    }

    @Test
    void organisationSplitByAgeBandHidesSmallGroupsAndTheNextSmallestToo() {
        long round = newRound("YES_NO");
        StringBuilder file = new StringBuilder("unit;answer;age_band\n");
        file.append("HSF-MED3;ja;-29\n".repeat(2))
                .append("HSF-MED3;ja;30–39\n".repeat(10))
                .append("HSF-AKUT;nej;40–49\n".repeat(12))
                .append("HSF-AKUT;ja;50-\n".repeat(20));
        assertThat(upload("hanna", round, csv(file.toString(), StandardCharsets.UTF_8))
                        .status())
                .isEqualTo(201);

        Api.Reply reply =
                Api.as(base, "hanna").get("/api/v1/recommendation-rate/groups?round=" + round + "&by=AGE_BAND");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        List<JsonObject> groups = reply.jsonArray().getValuesAs(JsonObject.class);
        assertThat(groups).extracting(g -> g.getString("group")).containsExactly("-29", "30–39", "40–49", "50-");
        assertThat(groups).extracting(g -> g.getBoolean("suppressed")).containsExactly(true, true, false, false);
        assertThat(hasNoNumber(groups.get(0), "answers")).isTrue();
        assertThat(groups.get(2).getJsonNumber("rate").doubleValue()).isZero();
        assertThat(Api.as(base, "magnus")
                        .get("/api/v1/recommendation-rate/groups?round=" + round)
                        .outcome())
                .isEqualTo(Api.BY_ROLE);
    }

    @Test
    void trendGivesEveryRoundWithTheGoalPath() {
        Api.Reply goals = Api.as(base, "hanna").get("/api/v1/recommendation-goals");
        assertThat(goals.status()).isEqualTo(200);
        long goal = goals.jsonArray().getJsonObject(0).getJsonNumber("id").longValue();

        Api.Reply trend = Api.as(base, "magnus").get("/api/v1/recommendation-rate/trend?goal=" + goal);

        assertThat(trend.status()).as(trend.toString()).isEqualTo(200);
        assertThat(trend.json().getJsonArray("rounds")).isNotEmpty();
        assertThat(trend.json().getJsonObject("goal").getJsonNumber("target").doubleValue())
                .isEqualTo(0.80);
        assertThat(trend.json()
                        .getJsonArray("rounds")
                        .getJsonObject(0)
                        .getJsonNumber("expected")
                        .doubleValue())
                .isBetween(0.70, 0.80);
    }

    @Test
    void theHomeCardShowsTheOrganisationTrendsNewestRoundThatHasARate() {
        JsonObject goal = Api.as(base, "hanna").get("/api/v1/recommendation-goals").jsonArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(g -> !g.containsKey("population") || g.isNull("population"))
                .findFirst()
                .orElseThrow();
        JsonObject newestWithRate = Api.as(base, "hanna")
                .get("/api/v1/recommendation-rate/trend?goal=" + goal.getInt("id"))
                .json()
                .getJsonArray("rounds")
                .stream()
                .map(JsonValue::asJsonObject)
                .filter(round -> round.getJsonObject("figure").get("rate") instanceof JsonNumber)
                .reduce((older, newer) -> newer)
                .orElseThrow();

        String home = WebSession.signIn(base, "hanna", Api.DEMO_PASSWORD)
                .get("/index.xhtml")
                .body();
        String card = home.substring(home.indexOf("id=\"homeRate\""));

        assertThat(card.substring(0, card.indexOf("</p>")))
                .contains(newestWithRate.getString("round"))
                .contains(String.valueOf(Math.round(newestWithRate
                                .getJsonObject("figure")
                                .getJsonNumber("rate")
                                .doubleValue()
                        * 100)));
    }

    @ParameterizedTest(name = "{0} may not create rounds, import answers or see rates")
    @ValueSource(strings = {"eva", "petra", "klara", "admin"})
    void onlyHrAndManagersReachTheRecommendationApi(String username) {
        Api api = Api.as(base, username);
        assertThat(api.post("/api/v1/survey-rounds", "{\"name\":\"x\",\"heldOn\":\"2010-01-01\",\"scale\":\"YES_NO\"}")
                        .outcome())
                .isEqualTo(Api.BY_ROLE);
        assertThat(api.send("/api/v1/survey-rounds/1/answers", "POST", "text/csv", "unit,answer\n".getBytes())
                        .outcome())
                .isEqualTo(Api.BY_ROLE);
        assertThat(api.get("/api/v1/recommendation-rate?round=1").outcome()).isEqualTo(Api.BY_ROLE);
        assertThat(api.get("/api/v1/recommendation-rate/trend?goal=1").outcome())
                .isEqualTo(Api.BY_ROLE);
        assertThat(api.get("/api/v1/recommendation-goals").outcome()).isEqualTo(Api.BY_ROLE);
    }

    @Test
    void managersMayReadButNotImportAndNobodyGetsInWithoutCredentials() {
        long round = newRound("YES_NO");
        Api magnus = Api.as(base, "magnus");
        assertThat(magnus.post(
                                "/api/v1/survey-rounds",
                                "{\"name\":\"x\",\"heldOn\":\"2010-01-01\",\"scale\":\"YES_NO\"}")
                        .outcome())
                .isEqualTo(Api.BY_ROLE);
        assertThat(magnus.send(
                                "/api/v1/survey-rounds/" + round + "/answers",
                                "POST",
                                "text/csv",
                                "unit,answer\nHSF-MED3,1\n".getBytes())
                        .outcome())
                .isEqualTo(Api.BY_ROLE);
        assertThat(magnus.get("/api/v1/survey-rounds").status()).isEqualTo(200);
        Api anonymous = Api.anonymous(base);
        assertThat(anonymous.get("/api/v1/recommendation-rate?round=" + round).status())
                .isEqualTo(401);
        assertThat(anonymous.post("/api/v1/survey-rounds", "{}").status()).isEqualTo(401);
        assertThat(anonymous.get("/api/v1/recommendation-rate/trend?goal=1").status())
                .isEqualTo(401);
    }

    @Test
    void roundWithAThresholdOutsideItsScaleIsRefused() {
        Api.Reply reply = Api.as(base, "hanna")
                .post(
                        "/api/v1/survey-rounds",
                        "{\"name\":\"Fel\",\"heldOn\":\"2010-01-01\",\"scale\":\"ONE_TO_FIVE\",\"recommendsFrom\":7}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }
}
