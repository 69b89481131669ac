package se.ambassadorsportalen.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
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
 * The press desk's REST API in the real server on the demo press desk: routing with reasons,
 * the inquiry log's life, bad input answered in words, export, retention, reminders and roles.
 */
@ExtendWith(ArquillianExtension.class)
class PressApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.modules("press");
    }

    @ArquillianResource
    URL base;

    /** A Wednesday at 10:00 in Stockholm, weeks ahead: office hours, and after this week's demo absences. */
    static String wednesdayMorningAhead() {
        LocalDate wednesday = LocalDate.now(ZoneId.of("Europe/Stockholm"))
                .plusWeeks(3)
                .with(TemporalAdjusters.nextOrSame(java.time.DayOfWeek.WEDNESDAY));
        return wednesday.atTime(10, 0).toString();
    }

    static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static String inHours(int hours) {
        return OffsetDateTime.now().plusHours(hours).withNano(0).toString();
    }

    JsonObject log(String journalist, String question, String deadline) {
        Api.Reply reply = Api.as(base, "petra")
                .post(
                        "/api/v1/press/inquiries",
                        "{\"journalist\":\"" + journalist
                                + "\",\"outlet\":\"Testbladet\",\"channel\":\"PHONE\",\"question\":\"" + question
                                + "\",\"deadline\":\"" + deadline + "\"}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json();
    }

    @Test
    void politicalDentalQuestionProposesTheChairOfTheDentalCommitteeWithTheReasonInWords() {
        Api.Reply reply = Api.as(base, "petra")
                .get("/api/v1/spokespeople?q=" + enc("Varför höjs avgifterna i tandvården?") + "&political=true&at="
                        + wednesdayMorningAhead());

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonObject first = reply.json().getJsonArray("proposals").getJsonObject(0);
        assertThat(reply.json().getString("decidedBy")).isEqualTo("POLITICAL");
        assertThat(first.getString("name")).isEqualTo("Tomas Rydén");
        assertThat(first.getString("reason")).startsWith("Politisk fråga om").contains("Ordförande i tandvårdsnämnden");
        assertThat(first.getJsonArray("reasons").getJsonObject(0).getString("key"))
                .isEqualTo("press.reason.POLITICAL");
    }

    @Test
    void reasonsComeInEnglishForAnEnglishSpeakingClient() {
        Api.Reply reply = Api.as(base, "klara")
                .inLanguage("en")
                .get("/api/v1/spokespeople?q=" + enc("tandvård") + "&political=true&at=" + wednesdayMorningAhead());

        assertThat(reply.json().getJsonArray("proposals").getJsonObject(0).getString("reason"))
                .startsWith("Political question about");
    }

    @Test
    void questionThatMatchesNothingGoesToTheCoordinatorAndSaysSo() {
        Api.Reply reply = Api.as(base, "petra")
                .get("/api/v1/spokespeople?q=" + enc("Vad tycker ni om vädret?") + "&at=" + wednesdayMorningAhead());

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().getJsonArray("notices").toString()).contains("matchade inget ämne");
        assertThat(reply.json().getJsonArray("proposals").getJsonObject(0).getString("name"))
                .isIn("Petra Holm", "Sofia Karlsson");
    }

    @Test
    void unknownTopicIsRefusedWithTheClosestTopicOffered() {
        Api.Reply reply = Api.as(base, "petra").get("/api/v1/spokespeople?topic=folktandvrd");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().getString("field")).isEqualTo("topics");
        assertThat(reply.json().getString("detail")).contains("Menade du").contains("Folktandvården");
    }

    @Test
    void inquiryIsLoggedWithItsProposalThenAssignedAnsweredAndClosed() {
        JsonObject logged = log("Tove Test", "Hur långa är väntetiderna på akuten?", inHours(3));
        JsonObject inquiry = logged.getJsonObject("inquiry");
        long id = inquiry.getJsonNumber("id").longValue();
        assertThat(inquiry.getString("status")).isEqualTo("NEW");
        assertThat(inquiry.getJsonArray("topics").toString()).contains("akutvard");
        long proposed = logged.getJsonObject("routing")
                .getJsonArray("proposals")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        Api petra = Api.as(base, "petra");

        Api.Reply assigned =
                petra.patch("/api/v1/press/inquiries/" + id, "{\"action\":\"assign\",\"assigneeId\":" + proposed + "}");
        Api.Reply answered = petra.patch("/api/v1/press/inquiries/" + id, "{\"action\":\"answer\"}");
        Api.Reply again = petra.patch("/api/v1/press/inquiries/" + id, "{\"action\":\"answer\"}");
        Api.Reply closed = Api.as(base, "klara").patch("/api/v1/press/inquiries/" + id, "{\"action\":\"close\"}");

        assertThat(assigned.json().getString("status")).isEqualTo("ASSIGNED");
        assertThat(assigned.json().getJsonNumber("assigneeId").longValue()).isEqualTo(proposed);
        assertThat(answered.json().getString("status")).isEqualTo("ANSWERED");
        assertThat(answered.json().getString("answeredAt")).isNotBlank();
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().getString("detail")).contains("inte längre öppen");
        assertThat(closed.json().getString("status")).isEqualTo("CLOSED");
        assertThat(petra.get("/api/v1/press/inquiries?status=CLOSED&from=" + LocalDate.now() + "&to=" + LocalDate.now())
                        .body())
                .contains("\"id\":" + id);
    }

    @Test
    void badInquiriesGetAClearAnswerAtTheRightField() {
        Api petra = Api.as(base, "petra");

        Api.Reply past =
                petra.post("/api/v1/press/inquiries", "{\"question\":\"Något\",\"deadline\":\"" + inHours(-1) + "\"}");
        Api.Reply noQuestion =
                petra.post("/api/v1/press/inquiries", "{\"question\":\" \",\"deadline\":\"" + inHours(2) + "\"}");
        Api.Reply noTopic = petra.post(
                "/api/v1/press/inquiries",
                "{\"question\":\"Buss\",\"topics\":[\"busstrafk\"]," + "\"deadline\":\"" + inHours(2) + "\"}");
        Api.Reply badTime = petra.post("/api/v1/press/inquiries", "{\"question\":\"Buss\",\"deadline\":\"i morgon\"}");
        Api.Reply badAction = petra.patch("/api/v1/press/inquiries/1", "{\"action\":\"publish\"}");

        assertThat(past.status()).isEqualTo(400);
        assertThat(past.json().getString("field")).isEqualTo("deadline");
        assertThat(past.json().getString("detail")).contains("Deadline har redan passerat");
        assertThat(noQuestion.json().getString("field")).isEqualTo("question");
        assertThat(noTopic.json().getString("detail")).contains("Busstrafik");
        assertThat(badTime.json().getString("detail")).contains("i morgon");
        assertThat(badAction.status()).isIn(400, 404);
    }

    @Test
    void theCsvExportOpensInSwedishExcelWithTranslatedHeadersAndTopicNames() throws Exception {
        Api.Reply logged = Api.as(base, "petra")
                .post(
                        "/api/v1/press/inquiries",
                        "{\"journalist\":\"Erik Export\","
                                + "\"outlet\":\"Testbladet\",\"channel\":\"PHONE\",\"question\":\"Hur långa är köerna på akuten?\","
                                + "\"topics\":[\"akutvard\",\"vardkoer\"],\"deadline\":\"" + inHours(5) + "\"}");
        assertThat(logged.status()).as(logged.toString()).isEqualTo(201);
        String today = LocalDate.now(ZoneId.of("Europe/Stockholm")).toString();

        Api.Reply csv = Api.as(base, "petra")
                .get("/api/v1/press/inquiries/export?from=" + today + "&to=" + today + "&format=csv");

        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(java.util.Arrays.copyOf(csv.bytes(), 3))
                .as("UTF-8 byte order mark")
                .containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(csv.body())
                .startsWith(
                        "\uFEFFNummer;Mottagen;Journalist;Medium;Kanal;Fråga;Ämnen;Deadline;Ansvarig;Status;Besvarad\r\n")
                .contains(";Erik Export;Testbladet;")
                .contains(";Hur långa är köerna på akuten?;Akutvård, Vårdköer;")
                .doesNotContain("akutvard");

        Api.Reply comma = Api.as(base, "petra")
                .get("/api/v1/press/inquiries/export?from=" + today + "&to=" + today + "&format=csv-comma");
        assertThat(comma.body())
                .as("for scripts: RFC 4180")
                .startsWith("Nummer,Mottagen,Journalist,")
                .contains(",\"Akutvård, Vårdköer\",");

        LocalDate day = LocalDate.parse(today);
        Api.Reply workbook = Api.as(base, "petra")
                .get("/api/v1/press/inquiries/export?from=" + today + "&to=" + today + "&format=xlsx");
        assertThat(sheetRows(workbook.bytes(), day, day))
                .anySatisfy(row -> assertThat(row.get(6))
                        .as("topics column of the workbook")
                        .isEqualTo("Akutvård, Vårdköer"));
    }

    @Test
    void aFormulaTypedIntoAnInquiryIsPlainTextInTheCsvExport() {
        log("@SUM(1+1)", "=1+2 eller -3?", inHours(5));
        String today = LocalDate.now(ZoneId.of("Europe/Stockholm")).toString();

        String csv = Api.as(base, "petra")
                .get("/api/v1/press/inquiries/export?from=" + today + "&to=" + today + "&format=csv")
                .body();

        assertThat(csv).contains(";'@SUM(1+1);", ";'=1+2 eller -3?;").doesNotContain(";@SUM(1+1);", ";=1+2");
    }

    @Test
    void aQuestionLongerThanAnExcelCellIsCutInTheWorkbookInsteadOfFailingTheExport() throws Exception {
        String longQuestion = "Varför " + "mycket ".repeat(6_000) + "?";
        log("Lång Fråga", longQuestion, inHours(5));
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));

        Api.Reply workbook = Api.as(base, "petra")
                .get("/api/v1/press/inquiries/export?from=" + today + "&to=" + today + "&format=xlsx");

        assertThat(workbook.status()).as(workbook.toString()).isEqualTo(200);
        assertThat(sheetRows(workbook.bytes(), today, today)).anySatisfy(row -> {
            assertThat(row).contains("Lång Fråga");
            assertThat(row.get(5)).hasSize(32_767).startsWith("Varför mycket").endsWith("…");
        });
    }

    @Test
    void exportRefusesAPeriodThatEndsBeforeItStartsAndUnknownFormats() {
        Api petra = Api.as(base, "petra");

        assertThat(petra.get("/api/v1/press/inquiries/export?from=2026-02-01&to=2026-01-01")
                        .json()
                        .getString("field"))
                .isEqualTo("to");
        Api.Reply xml = petra.get("/api/v1/press/inquiries/export?from=2026-01-01&to=2026-02-01&format=xml");
        assertThat(xml.status()).isEqualTo(400);
        assertThat(xml.contentType()).startsWith("application/problem+json");
        assertThat(xml.json().getString("field")).isEqualTo("format");
        assertThat(xml.json().getString("detail")).contains("xml").contains("xlsx");
    }

    @Test
    void pressOfficerExportsAPeriodAsAnExcelWorkbookHoldingThatPeriodsInquiriesAndNoOthers() throws Exception {
        log("Xenia Arkstad", "Hur många tandläkare saknas i Norrby?", inHours(6));
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
        Api petra = Api.as(base, "petra");

        Api.Reply todays = petra.get("/api/v1/press/inquiries/export?from=" + today + "&to=" + today + "&format=xlsx");
        LocalDate earlierFrom = today.minusDays(30);
        LocalDate earlierTo = today.minusDays(2);
        Api.Reply earlier =
                petra.get("/api/v1/press/inquiries/export?from=" + earlierFrom + "&to=" + earlierTo + "&format=XLSX");

        assertThat(todays.status()).as(todays.toString()).isEqualTo(200);
        assertThat(todays.contentType())
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        List<List<String>> todaysRows = sheetRows(todays.bytes(), today, today);
        assertThat(todaysRows.get(0)).startsWith("Nummer", "Mottagen", "Journalist", "Medium");
        assertThat(todaysRows)
                .anySatisfy(row -> assertThat(row).contains("Xenia Arkstad", "Hur många tandläkare saknas i Norrby?"));

        assertThat(earlier.status()).as(earlier.toString()).isEqualTo(200);
        List<List<String>> earlierRows = sheetRows(earlier.bytes(), earlierFrom, earlierTo);
        long loggedThen = petra.get("/api/v1/press/inquiries?from=" + earlierFrom + "&to=" + earlierTo + "&size=1")
                .json()
                .getJsonNumber("total")
                .longValue();
        assertThat(earlierRows)
                .as("a header and every inquiry the log lists for the period")
                .hasSize(1 + (int) loggedThen);
        assertThat(earlierRows).noneSatisfy(row -> assertThat(row).contains("Xenia Arkstad"));
    }

    /**
     * The rows of an exported workbook's first sheet as text, header first; asserts on the way
     * that every inquiry's received time (a real date cell) lies in the period.
     */
    static List<List<String>> sheetRows(byte[] workbook, LocalDate from, LocalDate to) throws Exception {
        List<List<String>> rows = new java.util.ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            for (Row row : book.getSheetAt(0)) {
                if (row.getRowNum() > 0) {
                    LocalDate received =
                            row.getCell(1).getLocalDateTimeCellValue().toLocalDate();
                    assertThat(received).as("row " + row.getRowNum()).isBetween(from, to);
                }
                List<String> cells = new java.util.ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    cells.add(row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    @ParameterizedTest(name = "{0} may not export the inquiry log")
    @ValueSource(strings = {"eva", "magnus", "klara"})
    void onlyPressOfficersExportTheLogInEitherFormat(String username) {
        Api api = Api.as(base, username);

        assertThat(api.get("/api/v1/press/inquiries/export?from=2026-01-01&to=2026-01-31&format=xlsx")
                        .outcome())
                .isEqualTo(Api.BY_ROLE);
        assertThat(api.get("/api/v1/press/inquiries/export?from=2026-01-01&to=2026-01-31&format=csv")
                        .outcome())
                .isEqualTo(Api.BY_ROLE);
    }

    @Test
    void retentionJobAnonymisesOnlyInquiriesReceivedBeforeTheCutOff() throws Exception {
        // Whatever earlier tests and the demo logged is anonymised first, so the run below finds only this test's.
        Api.Reply earlier = Api.as(base, "admin")
                .post(
                        "/api/v1/admin/press/retention/run?olderThan="
                                + enc(OffsetDateTime.now().toString()),
                        "");
        assertThat(earlier.status()).as(earlier.toString()).isEqualTo(200);
        long older = log("Olga Gammal", "Gammal fråga om färdtjänst", inHours(4))
                .getJsonObject("inquiry")
                .getJsonNumber("id")
                .longValue();
        // Taken after the older inquiry's answer and before the newer one is sent: the server received
        // the one before this moment and will receive the other after it, with no need to wait.
        String cutOff = OffsetDateTime.now().toString();
        long newer = log("Nora Ny", "Ny fråga om färdtjänst", inHours(4))
                .getJsonObject("inquiry")
                .getJsonNumber("id")
                .longValue();

        Api.Reply run = Api.as(base, "admin").post("/api/v1/admin/press/retention/run?olderThan=" + enc(cutOff), "");

        assertThat(run.status()).as(run.toString()).isEqualTo(200);
        assertThat(run.json().getInt("anonymised"))
                .as("the older inquiry and nothing else")
                .isEqualTo(1);
        JsonObject anonymised =
                Api.as(base, "petra").get("/api/v1/press/inquiries/" + older).json();
        JsonObject kept =
                Api.as(base, "petra").get("/api/v1/press/inquiries/" + newer).json();
        assertThat(anonymised.getBoolean("anonymised")).isTrue();
        assertThat(anonymised.getString("journalist")).isEqualTo("–");
        assertThat(anonymised.getString("question")).isEqualTo("–");
        assertThat(anonymised.getString("receivedAt")).isNotBlank();
        assertThat(kept.getString("journalist")).isEqualTo("Nora Ny");
    }

    @Test
    void aRetentionCutOffInTheFutureIsRefusedSoNoOpenInquiryIsAnonymised() {
        long open = log("Fia Framtid", "Fråga som ska besvaras i morgon", inHours(20))
                .getJsonObject("inquiry")
                .getJsonNumber("id")
                .longValue();

        Api.Reply run = Api.as(base, "admin")
                .post(
                        "/api/v1/admin/press/retention/run?olderThan="
                                + enc(OffsetDateTime.now().plusDays(1).toString()),
                        "");

        assertThat(run.status()).isEqualTo(400);
        assertThat(run.json().getString("field")).isEqualTo("olderThan");
        assertThat(Api.as(base, "petra")
                        .get("/api/v1/press/inquiries/" + open)
                        .json()
                        .getString("journalist"))
                .isEqualTo("Fia Framtid");
    }

    @Test
    void retentionPeriodIsConfigurableByAdminsAndNeverNegative() {
        Api admin = Api.as(base, "admin");

        assertThat(admin.get("/api/v1/admin/press/retention").json().getInt("days"))
                .isPositive();
        assertThat(admin.put("/api/v1/admin/press/retention", "{\"days\":-3}").status())
                .isEqualTo(400);
        assertThat(admin.put("/api/v1/admin/press/retention", "{\"days\":365}")
                        .json()
                        .getInt("days"))
                .isEqualTo(365);
        assertThat(admin.put("/api/v1/admin/press/retention", "{\"days\":730}")
                        .json()
                        .getInt("days"))
                .isEqualTo(730);
    }

    @Test
    void assigneeOfAnInquiryNearItsDeadlineIsRemindedByMailOnce() {
        JsonObject logged = log("Rita Påminn", "Hur många ambulanser finns i Bergsjö?", inHours(1));
        long id = logged.getJsonObject("inquiry").getJsonNumber("id").longValue();
        JsonObject proposal =
                logged.getJsonObject("routing").getJsonArray("proposals").getJsonObject(0);
        Api.as(base, "petra")
                .patch(
                        "/api/v1/press/inquiries/" + id,
                        "{\"action\":\"assign\",\"assigneeId\":" + proposal.getJsonNumber("id") + "}");
        Api admin = Api.as(base, "admin");

        Api.Reply first = admin.post("/api/v1/admin/press/reminders/run", "");
        Api.Reply second = admin.post("/api/v1/admin/press/reminders/run", "");

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(second.json().getInt("reminded")).isZero();
        String outbox = admin.get("/api/v1/admin/outbox?to=" + enc(proposal.getString("email")))
                .body();
        assertThat(outbox).contains("Påminnelse");
        assertThat(outbox.split("Hur många ambulanser finns i Bergsjö\\?", -1))
                .as("reminded exactly once")
                .hasSize(2);
    }

    @Test
    void pressReleaseBeforeTheInternalNoticeNeedsAReason() {
        Api klara = Api.as(base, "klara");
        String internal = LocalDateTime.now().plusDays(2).withNano(0).toString();
        String external = LocalDateTime.now().plusDays(1).withNano(0).toString();

        Api.Reply refused = klara.post(
                "/api/v1/press/releases",
                "{\"title\":\"Ny vårdcentral\",\"internalNoticeAt\":\"" + internal + "\",\"externalReleaseAt\":\""
                        + external + "\"}");
        Api.Reply accepted = klara.post(
                "/api/v1/press/releases",
                "{\"title\":\"Ny vårdcentral\",\"internalNoticeAt\":\"" + internal + "\",\"externalReleaseAt\":\""
                        + external + "\",\"earlyReason\":\"Börsregler kräver samtidig publicering\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().getString("field")).isEqualTo("earlyReason");
        assertThat(accepted.status()).isEqualTo(201);
    }

    long personId(String username) {
        return Api.as(base, "admin")
                .get("/api/v1/admin/users?username=" + username)
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("personId")
                .longValue();
    }

    @Test
    void theTopicVocabularyComesInTheAlphabetOfTheLanguageAsked() {
        Api klara = Api.as(base, "klara");
        String run = Long.toString(System.nanoTime(), 36);
        // the database's own order (code points or its collation) would put Ä before Å and Æ before Ø
        List<String> names = List.of("Zebrakorsning", "Åkerholme", "Ängsmark", "Ærøfærge", "Örlogsbas", "Ørnerede");
        for (String name : names) {
            assertThat(klara.post(
                                    "/api/v1/press/topics",
                                    "{\"code\":\"alfabet-" + run + "-" + names.indexOf(name) + "\",\"name\":\"" + name
                                            + " " + run + "\",\"area\":\"RUF\",\"synonyms\":[]}")
                            .status())
                    .isEqualTo(201);
        }

        assertThat(topicNamesOfRun(klara.inLanguage("sv"), run))
                .containsExactly("Zebrakorsning", "Åkerholme", "Ängsmark", "Ærøfærge", "Örlogsbas", "Ørnerede");
        assertThat(topicNamesOfRun(Api.as(base, "klara").inLanguage("da"), run))
                .containsExactly("Zebrakorsning", "Ängsmark", "Ærøfærge", "Örlogsbas", "Ørnerede", "Åkerholme");
    }

    private static List<String> topicNamesOfRun(Api api, String run) {
        return api.get("/api/v1/press/topics").jsonArray().getValuesAs(JsonObject.class).stream()
                .map(topic -> topic.getString("name"))
                .filter(name -> name.endsWith(" " + run))
                .map(name -> name.substring(0, name.length() - run.length() - 1))
                .toList();
    }

    @Test
    void registryChangesReachTheLookUpAtOnceAndAnAbsenceHandsOverToTheDeputy() {
        Api klara = Api.as(base, "klara");
        String code = "stickprov-" + System.nanoTime();
        assertThat(klara.post(
                                "/api/v1/press/topics",
                                "{\"code\":\"" + code + "\",\"name\":\"Stickprovsämne\","
                                        + "\"area\":\"RUF\",\"synonyms\":[\"hembygdsdag\"]}")
                        .status())
                .isEqualTo(201);
        Api.Reply deputy = klara.post(
                "/api/v1/press/spokespeople",
                "{\"personId\":" + personId("ronja")
                        + ",\"kind\":\"EXPERT\",\"title\":\"Ersättare för stickprov\",\"areaCodes\":[\"RUF\"],"
                        + "\"topicCodes\":[\"" + code + "\"]}");
        Api.Reply expert = klara.post(
                "/api/v1/press/spokespeople",
                "{\"personId\":" + personId("felix")
                        + ",\"kind\":\"MANAGER\",\"title\":\"Samordnare för hembygdsdagen\",\"areaCodes\":[\"RUF\"],"
                        + "\"topicCodes\":[\"" + code + "\"],\"deputyId\":"
                        + deputy.json().getJsonNumber("id") + "}");
        assertThat(expert.status()).as(expert.toString()).isEqualTo(201);
        long expertId = expert.json().getJsonNumber("id").longValue();
        String at = wednesdayMorningAhead();

        JsonObject before = klara.get("/api/v1/spokespeople?q=" + enc("Vad händer på hembygdsdagen?") + "&at=" + at)
                .json();
        klara.post(
                "/api/v1/press/spokespeople/" + expertId + "/absences",
                "{\"starts\":\"" + at.substring(0, 10) + "T00:00\",\"ends\":\"" + at.substring(0, 10)
                        + "T23:59\",\"note\":\"Ledig\"}");
        JsonObject during = klara.get("/api/v1/spokespeople?q=" + enc("Vad händer på hembygdsdagen?") + "&at=" + at)
                .json();

        assertThat(before.getJsonArray("proposals").getJsonObject(0).getString("name"))
                .isEqualTo("Felix Axelsson");
        JsonObject first = during.getJsonArray("proposals").getJsonObject(0);
        assertThat(first.getString("name")).isEqualTo("Ronja Holmberg");
        assertThat(first.getString("reason"))
                .contains("Felix Axelsson är borta till")
                .contains("därför ersättaren Ronja Holmberg");
    }

    @Test
    void onCallShiftAddedToTheRotaAnswersOutsideOfficeHours() {
        Api klara = Api.as(base, "klara");
        LocalDate sunday = LocalDate.now(ZoneId.of("Europe/Stockholm"))
                .plusWeeks(8)
                .with(TemporalAdjusters.nextOrSame(java.time.DayOfWeek.SUNDAY));
        long coordinator = klara.get("/api/v1/spokespeople?q=" + enc("vädret") + "&at=" + wednesdayMorningAhead())
                .json()
                .getJsonArray("proposals")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();

        Api.Reply shift = klara.post(
                "/api/v1/press/spokespeople/" + coordinator + "/on-call",
                "{\"starts\":\"" + sunday + "T08:00\",\"ends\":\"" + sunday + "T20:00\"}");
        Api.Reply backwards = klara.post(
                "/api/v1/press/spokespeople/" + coordinator + "/on-call",
                "{\"starts\":\"" + sunday + "T20:00\",\"ends\":\"" + sunday + "T08:00\"}");
        JsonObject routed = klara.get("/api/v1/spokespeople?q=" + enc("tandvård") + "&at=" + sunday + "T12:00")
                .json();

        assertThat(shift.status()).as(shift.toString()).isEqualTo(201);
        assertThat(backwards.status()).isEqualTo(400);
        JsonObject first = routed.getJsonArray("proposals").getJsonObject(0);
        assertThat(first.getJsonNumber("id").longValue()).isEqualTo(coordinator);
        assertThat(first.getString("reason")).contains("arbetar inte just nu, därför den som har pressjour");
    }

    @Test
    void electedOfficialCannotBeRegisteredAsAManager() {
        long official = Api.as(base, "petra")
                .get("/api/v1/spokespeople?q=" + enc("tandvård") + "&political=true&at=" + wednesdayMorningAhead())
                .json()
                .getJsonArray("proposals")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        long personOfOfficial = Api.as(base, "petra")
                .get("/api/v1/press/spokespeople/" + official)
                .json()
                .getJsonNumber("personId")
                .longValue();

        Api.Reply refused = Api.as(base, "petra")
                .post(
                        "/api/v1/press/spokespeople",
                        "{\"personId\":" + personOfOfficial + ",\"kind\":\"MANAGER\",\"title\":\"Chef\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().getString("field")).isEqualTo("kind");
    }

    @Test
    void communicatorsReadTheRulesAndOnlyTheyMayReplaceThem() {
        Api klara = Api.as(base, "klara");
        List<JsonObject> before = klara.get("/api/v1/press/rules").jsonArray().getValuesAs(JsonObject.class);
        List<JsonObject> changed = new java.util.ArrayList<>(
                before.stream().map(PressApiIT::ruleDetails).toList());
        JsonObject last = changed.remove(changed.size() - 1);
        changed.add(Json.createObjectBuilder(last)
                .add("active", !last.getBoolean("active"))
                .build());
        try {
            Api.Reply replaced = klara.put(
                    "/api/v1/press/rules",
                    Json.createArrayBuilder(changed).build().toString());
            List<JsonObject> after =
                    klara.get("/api/v1/press/rules").jsonArray().getValuesAs(JsonObject.class);

            assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
            assertThat(after.stream().map(PressApiIT::ruleDetails).toList())
                    .as("the rules sent, in their order")
                    .isEqualTo(changed);
            assertThat(after)
                    .extracting(rule -> rule.getInt("position"))
                    .isEqualTo(java.util.stream.IntStream.rangeClosed(1, changed.size())
                            .boxed()
                            .toList());
        } finally {
            klara.put(
                    "/api/v1/press/rules",
                    Json.createArrayBuilder(
                                    before.stream().map(PressApiIT::ruleDetails).toList())
                            .build()
                            .toString());
        }
        assertThat(klara.get("/api/v1/press/rules").jsonArray().getValuesAs(JsonObject.class))
                .as("put back")
                .isEqualTo(before);
        assertThat(Api.as(base, "petra").put("/api/v1/press/rules", "[]").outcome())
                .isEqualTo(Api.BY_ROLE);
        assertThat(klara.put("/api/v1/press/rules", "[]").status()).isEqualTo(400);
    }

    /** A rule as the replacement takes it: condition, targets and whether it is active. */
    static JsonObject ruleDetails(JsonObject rule) {
        return Json.createObjectBuilder()
                .add("condition", rule.get("condition"))
                .add("targets", rule.get("targets"))
                .add("active", rule.get("active"))
                .build();
    }

    @ParameterizedTest(name = "{0} may not use the press desk''s API")
    @ValueSource(strings = {"eva", "magnus", "hanna", "admin"})
    void onlyPressOfficersAndCommunicatorsUseThePressDesk(String username) {
        Api api = Api.as(base, username);

        assertThat(api.get("/api/v1/spokespeople?q=buss").outcome()).isEqualTo(Api.BY_ROLE);
        assertThat(api.get("/api/v1/press/inquiries").outcome()).isEqualTo(Api.BY_ROLE);
        assertThat(api.post("/api/v1/press/inquiries", "{\"question\":\"x\"}").outcome())
                .isEqualTo(Api.BY_ROLE);
        assertThat(api.patch("/api/v1/press/inquiries/1", "{\"action\":\"close\"}")
                        .outcome())
                .isEqualTo(Api.BY_ROLE);
        assertThat(api.get("/api/v1/press/inquiries/export?from=2026-01-01&to=2026-01-31")
                        .outcome())
                .isEqualTo(Api.BY_ROLE);
        assertThat(api.get("/api/v1/press/topics").outcome()).isEqualTo(Api.BY_ROLE);
    }

    @Test
    void withoutCredentialsEveryPressEndpointAnswers401() {
        Api anonymous = Api.anonymous(base);

        assertThat(anonymous.get("/api/v1/spokespeople?q=buss").status()).isEqualTo(401);
        assertThat(anonymous.get("/api/v1/press/inquiries").status()).isEqualTo(401);
        assertThat(anonymous.post("/api/v1/press/inquiries", "{}").status()).isEqualTo(401);
        assertThat(anonymous
                        .get("/api/v1/press/inquiries/export?from=2026-01-01&to=2026-01-31")
                        .status())
                .isEqualTo(401);
        assertThat(anonymous.post("/api/v1/admin/press/retention/run", "").status())
                .isEqualTo(401);
    }

    @Test
    void communicatorsUseTheLookUpAndTheLogButOnlyPressOfficersExport() {
        Api klara = Api.as(base, "klara");

        assertThat(klara.get("/api/v1/spokespeople?q=buss").status()).isEqualTo(200);
        assertThat(klara.get("/api/v1/press/inquiries?status=NEW").status()).isEqualTo(200);
        assertThat(klara.get("/api/v1/press/inquiries/export?from=2026-01-01&to=2026-01-31")
                        .outcome())
                .isEqualTo(Api.BY_ROLE);
        assertThat(Api.as(base, "petra")
                        .post("/api/v1/admin/press/retention/run", "")
                        .outcome())
                .isEqualTo(Api.BY_ROLE);
    }

    @Test
    void demoLogHasInquiriesInEveryStatusAndSomeOverdue() {
        Api petra = Api.as(base, "petra");
        for (String status : new String[] {"NEW", "ASSIGNED", "ANSWERED", "DECLINED", "CLOSED"}) {
            assertThat(petra.get("/api/v1/press/inquiries?status=" + status)
                            .json()
                            .getJsonNumber("total")
                            .longValue())
                    .as(status)
                    .isPositive();
        }
        assertThat(petra.get("/api/v1/press/topics").jsonArray()).hasSizeGreaterThanOrEqualTo(20);
    }
}
