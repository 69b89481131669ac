package se.ambassadorsportalen.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The policy REST API in the real server: who may call what, versioning and acknowledgement
 * rules end to end, and coverage by unit as managers, HR and communicators see it.
 */
@ExtendWith(ArquillianExtension.class)
class PolicyApiIT {

    private static final List<String> ALL_USERS = List.of("eva", "magnus", "petra", "hanna", "klara", "admin");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.modules("policy");
    }

    @ArquillianResource
    URL base;

    private JsonObject createDocument(boolean requiresAck) {
        String title = "IT-riktlinje " + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply created = Api.as(base, "klara").post("/api/v1/policies", """
                {"type":"GUIDELINE","ownerName":"Webbchef","adoptedBy":"Kommunikationschefen",
                 "requiresAcknowledgement":%s,"acknowledgementDue":"%s","titleSv":"%s",
                 "bodySv":"Vi skriver enkelt.\\n\\nVi svarar snabbt.","validFrom":"2026-01-01"}""".formatted(
                        requiresAck, LocalDate.now().plusDays(14), title));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    private Api.Reply publish(JsonObject document, String number, String body) {
        JsonObject current = Api.as(base, "klara")
                .get("/api/v1/policies/" + document.getInt("id"))
                .json();
        return Api.as(base, "klara").post("/api/v1/policies/" + document.getInt("id") + "/versions", """
                {"type":"GUIDELINE","ownerName":"Webbchef","adoptedBy":"Kommunikationschefen",
                 "requiresAcknowledgement":%s,"versionNumber":"%s","lockVersion":%d,"titleSv":"%s",
                 "bodySv":"%s","validFrom":"2026-01-01","changeNote":"IT"}""".formatted(
                        current.getBoolean("requiresAcknowledgement"),
                        number,
                        current.getJsonNumber("lockVersion").longValue(),
                        current.getString("title"),
                        body));
    }

    private long unitId(String code) {
        return Api.as(base, "admin")
                .get("/api/v1/admin/units?code=" + code)
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(unit -> unit.getString("code").equals(code))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
    }

    private JsonObject unitRow(JsonObject coverage, String code) {
        return coverage.getJsonArray("units").getValuesAs(JsonObject.class).stream()
                .filter(row -> row.getString("code").equals(code))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void listShowsTheCurrentVersionOfEachDemoDocument() {
        Api.Reply list = Api.as(base, "eva").get("/api/v1/policies");

        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        JsonObject policy = list.jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(doc -> doc.getString("title").equals("Kommunikationspolicy"))
                .findFirst()
                .orElseThrow();
        assertThat(policy.getString("type")).isEqualTo("POLICY");
        assertThat(policy.getString("version")).isEqualTo("1.1");
        assertThat(policy.getBoolean("requiresAcknowledgement")).isTrue();
        assertThat(list.jsonArray().getValuesAs(JsonObject.class))
                .extracting(doc -> doc.getString("title"))
                .contains("Riktlinje för sociala medier", "Riktlinje för veckans instagrammare");
    }

    @Test
    void readerGetsTheEnglishTranslationWhereOneExists() {
        Api.Reply list = Api.as(base, "eva").inLanguage("en").get("/api/v1/policies");

        assertThat(list.jsonArray().getValuesAs(JsonObject.class))
                .extracting(doc -> doc.getString("title"))
                .contains("Communication policy", "Riktlinje för sociala medier");
    }

    @Test
    void everySignedInUserReadsDocumentsAndTheirVersionsAndNobodyWithoutCredentials() {
        long id = createDocument(false).getInt("id");
        for (String user : ALL_USERS) {
            Api api = Api.as(base, user);
            assertThat(api.get("/api/v1/policies").status()).as(user).isEqualTo(200);
            assertThat(api.get("/api/v1/policies/" + id).status()).as(user).isEqualTo(200);
            assertThat(api.get("/api/v1/policies/" + id + "/versions/1.0").status())
                    .as(user)
                    .isEqualTo(200);
        }
        Api anonymous = Api.anonymous(base);
        assertThat(anonymous.get("/api/v1/policies").status()).isEqualTo(401);
        assertThat(anonymous.get("/api/v1/policies/" + id).status()).isEqualTo(401);
        assertThat(anonymous.get("/api/v1/policies/" + id + "/versions/1.0").status())
                .isEqualTo(401);
        assertThat(anonymous
                        .post("/api/v1/policies/" + id + "/acknowledgements", "")
                        .status())
                .isEqualTo(401);
        assertThat(anonymous.get("/api/v1/policies/" + id + "/coverage").status())
                .isEqualTo(401);
        assertThat(anonymous.post("/api/v1/policies", "{}").status()).isEqualTo(401);
    }

    @ParameterizedTest(name = "{0} may not write policy documents")
    @ValueSource(strings = {"eva", "magnus", "petra", "hanna", "admin"})
    void onlyCommunicatorsCreateAndPublish(String user) {
        JsonObject document = createDocument(false);
        Api api = Api.as(base, user);

        assertThat(api.post("/api/v1/policies", "{\"type\":\"POLICY\",\"titleSv\":\"X\"}")
                        .outcome())
                .isEqualTo(Api.BY_ROLE);
        assertThat(api.post(
                                "/api/v1/policies/" + document.getInt("id") + "/versions",
                                "{\"lockVersion\":0,\"versionNumber\":\"9.0\"}")
                        .outcome())
                .isEqualTo(Api.BY_ROLE);
        assertThat(api.put(
                                "/api/v1/policies/" + document.getInt("id") + "/settings",
                                "{\"lockVersion\":0,\"type\":\"POLICY\",\"ownerName\":\"X\",\"adoptedBy\":\"X\"}")
                        .outcome())
                .isEqualTo(Api.BY_ROLE);
    }

    private Api.Reply adjust(long id, long lockVersion, String owner, LocalDate due, String validUntil) {
        return Api.as(base, "klara").put("/api/v1/policies/" + id + "/settings", """
                {"lockVersion":%d,"type":"GUIDELINE","ownerName":"%s","adoptedBy":"Kommunikationschefen",
                 "requiresAcknowledgement":true,"acknowledgementDue":"%s","validUntil":%s}""".formatted(
                        lockVersion, owner, due, validUntil == null ? "null" : "\"" + validUntil + "\""));
    }

    @Test
    void communicatorChangesOwnerDueDateAndValidUntilWithoutANewVersionAndNobodyIsAskedAgain() {
        JsonObject document = createDocument(true);
        long id = document.getInt("id");
        String path = "/api/v1/policies/" + id;
        Api eva = Api.as(base, "eva");
        assertThat(eva.post(path + "/acknowledgements", "").status()).isEqualTo(200);
        long lock = Api.as(base, "klara")
                .get(path)
                .json()
                .getJsonNumber("lockVersion")
                .longValue();
        LocalDate due = LocalDate.now().plusDays(30);

        Api.Reply changed = adjust(id, lock, "Ny webbchef", due, "2027-06-30");

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        JsonObject after = eva.get(path).json();
        assertThat(after.getString("ownerName")).isEqualTo("Ny webbchef");
        assertThat(after.getString("acknowledgementDue")).isEqualTo(due.toString());
        assertThat(after.getString("validUntil")).isEqualTo("2027-06-30");
        assertThat(after.getString("version")).isEqualTo("1.0");
        assertThat(after.getJsonArray("versions")).hasSize(1);
        assertThat(eva.post(path + "/acknowledgements", "").json().getString("version"))
                .as("still acknowledged")
                .isEqualTo("1.0");

        Api.Reply stale = adjust(id, lock, "Någon annan", due, null);
        assertThat(stale.status()).as("a stale lock version").isEqualTo(409);
        Api.Reply backwards =
                adjust(id, after.getJsonNumber("lockVersion").longValue(), "Ny webbchef", due, "2025-12-31");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json().getString("field")).isEqualTo("validUntil");
        assertThat(eva.get(path).json().getString("validUntil")).isEqualTo("2027-06-30");
    }

    @Test
    void publishingKeepsEveryEarlierVersionReadable() {
        JsonObject document = createDocument(false);

        Api.Reply second = publish(document, "2.0", "Helt ny text.");

        assertThat(second.status()).as(second.toString()).isEqualTo(201);
        Api eva = Api.as(base, "eva");
        assertThat(eva.get("/api/v1/policies/" + document.getInt("id")).json().getString("version"))
                .isEqualTo("2.0");
        JsonObject first = eva.get("/api/v1/policies/" + document.getInt("id") + "/versions/1.0")
                .json();
        assertThat(first.getString("markdown")).contains("Vi svarar snabbt.");
        assertThat(first.getJsonArray("versions")).hasSize(2);
        assertThat(eva.get("/api/v1/policies/" + document.getInt("id") + "/versions/3.0")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void versionThatWouldGoBackwardsIsRefusedWithAMessageAtTheVersionField() {
        JsonObject document = createDocument(false);
        publish(document, "2.0", "Ny text.");

        Api.Reply backwards = publish(document, "1.5", "Bakåt.");

        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json().getString("field")).isEqualTo("versionNumber");
        assertThat(backwards.json().getString("detail")).contains("1.5").contains("2.0");
    }

    @Test
    void badInputIsRefusedWithATranslatedMessageForItsField() {
        Api klara = Api.as(base, "klara").inLanguage("en");

        Api.Reply noTitle = klara.post("/api/v1/policies", """
                {"type":"POLICY","ownerName":"A","adoptedBy":"B","titleSv":" ","bodySv":"Text","validFrom":"2026-01-01"}""");
        Api.Reply backwardsDates = klara.post("/api/v1/policies", """
                {"type":"POLICY","ownerName":"A","adoptedBy":"B","titleSv":"T","bodySv":"Text",
                 "validFrom":"2026-05-01","validUntil":"2026-04-01"}""");

        assertThat(noTitle.status()).isEqualTo(400);
        assertThat(noTitle.json().getString("field")).isEqualTo("titleSv");
        assertThat(noTitle.json().getString("detail")).isEqualTo("Write a title.");
        assertThat(backwardsDates.json().getString("field")).isEqualTo("validUntil");
    }

    @Test
    void scriptsAndEventHandlersAreStrippedBeforeTheTextIsStored() {
        Api.Reply created = Api.as(base, "klara").post("/api/v1/policies", """
                {"type":"ROUTINE","ownerName":"A","adoptedBy":"B","titleSv":"Med skript","validFrom":"2026-01-01",
                 "bodySv":"Hej <img src=x onerror=alert(1)> du.\\n\\n<script>alert(2)</script>\\n\\nSlut."}""");

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonObject stored = Api.as(base, "eva")
                .get("/api/v1/policies/" + created.json().getInt("id"))
                .json();
        assertThat(stored.getString("markdown"))
                .doesNotContain("onerror")
                .doesNotContain("<script")
                .contains("Slut.");
        assertThat(stored.getString("html")).doesNotContain("onerror").doesNotContain("<script");
    }

    @Test
    void searchFindsDocumentsByWordsAndRefusesOnlyPunctuation() {
        Api eva = Api.as(base, "eva");

        Api.Reply found = eva.get("/api/v1/policies?q=meddelarfrihet");
        Api.Reply punctuation = eva.get("/api/v1/policies?q=%3F%21");

        assertThat(found.jsonArray().getValuesAs(JsonObject.class))
                .extracting(doc -> doc.getString("title"))
                .contains("Kommunikationspolicy")
                .doesNotContain("Riktlinje för veckans instagrammare");
        assertThat(punctuation.status()).isEqualTo(400);
        assertThat(punctuation.json().getString("detail")).contains("skiljetecken");
    }

    @Test
    void acknowledgingIsIdempotentAndOnlyANewMajorVersionAsksAgain() {
        JsonObject document = createDocument(true);
        String path = "/api/v1/policies/" + document.getInt("id") + "/acknowledgements";
        Api eva = Api.as(base, "eva");

        Api.Reply first = eva.post(path, "");
        Api.Reply again = eva.post(path, "");

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(again.json().getString("acknowledgedAt"))
                .isEqualTo(first.json().getString("acknowledgedAt"));
        assertThat(first.json().getString("version")).isEqualTo("1.0");

        publish(document, "1.1", "Rättat.");
        assertThat(eva.post(path, "").json().getString("version"))
                .as("minor correction keeps the acknowledgement")
                .isEqualTo("1.0");
        publish(document, "2.0", "Nytt innehåll.");
        assertThat(eva.post(path, "").json().getString("version"))
                .as("major version asks again")
                .isEqualTo("2.0");
    }

    @Test
    void adminWithoutAPersonCannotAcknowledgeAndADocumentWithoutAcknowledgementRefusesOne() {
        long withAck = createDocument(true).getInt("id");
        long withoutAck = createDocument(false).getInt("id");

        assertThat(Api.as(base, "admin")
                        .post("/api/v1/policies/" + withAck + "/acknowledgements", "")
                        .outcome())
                .isEqualTo(Api.BY_ROLE);
        assertThat(Api.as(base, "eva")
                        .post("/api/v1/policies/" + withoutAck + "/acknowledgements", "")
                        .status())
                .isEqualTo(409);
    }

    @Test
    void coverageRisesForTheManagersUnitWhenAnEmployeeAcknowledges() {
        JsonObject document = createDocument(true);
        String coverage = "/api/v1/policies/" + document.getInt("id") + "/coverage";
        Api magnus = Api.as(base, "magnus");

        JsonObject before = unitRow(magnus.get(coverage).json(), "HSF-MED3");
        Api.as(base, "eva").post("/api/v1/policies/" + document.getInt("id") + "/acknowledgements", "");
        JsonObject after = unitRow(magnus.get(coverage).json(), "HSF-MED3");

        assertThat(before.getInt("acknowledged")).isZero();
        assertThat(after.getInt("acknowledged")).isEqualTo(1);
        assertThat(after.getInt("total"))
                .as("the unit's staff, whom an acknowledgement does not change")
                .isEqualTo(before.getInt("total"));
        assertThat(after.getInt("share"))
                .as("one of the unit's staff, in per cent")
                .isEqualTo((int) Math.round(100.0 / after.getInt("total")));
    }

    @Test
    void managerSeesOnlyTheirOwnUnitsWhileHrAndCommunicatorsSeeAll() {
        long id = createDocument(true).getInt("id");
        String coverage = "/api/v1/policies/" + id + "/coverage";
        long med3 = unitId("HSF-MED3");
        long akut = unitId("HSF-AKUT");

        JsonObject magnus = Api.as(base, "magnus").get(coverage).json();
        assertThat(magnus.getJsonArray("units").getValuesAs(JsonObject.class))
                .extracting(row -> row.getString("code"))
                .containsExactly("HSF-MED3");
        assertThat(Api.as(base, "magnus").get(coverage + "?unit=" + med3).status())
                .isEqualTo(200);
        Api.Reply otherUnit = Api.as(base, "magnus").get(coverage + "?unit=" + akut);
        assertThat(otherUnit.outcome()).as("a manager, but not of that unit").isEqualTo(Api.BY_RULE);
        assertThat(otherUnit.rule()).isEqualTo("policy.coverage.notYourUnit");
        for (String user : List.of("hanna", "klara")) {
            Api.Reply all = Api.as(base, user).get(coverage);
            assertThat(all.status()).isEqualTo(200);
            assertThat(all.json().getJsonArray("units").getValuesAs(JsonObject.class))
                    .extracting(row -> row.getString("code"))
                    .contains("HSF-MED3", "HSF-AKUT", "RLF-KOM");
            assertThat(Api.as(base, user).get(coverage + "?unit=" + akut).status())
                    .isEqualTo(200);
        }
        for (String user : List.of("eva", "petra", "admin")) {
            assertThat(Api.as(base, user).get(coverage).outcome()).as(user).isEqualTo(Api.BY_ROLE);
        }
    }

    @Test
    void demoPolicyHasAcknowledgementsSoTheCoverageViewHasSomethingToShow() {
        long id = Api.as(base, "eva").get("/api/v1/policies").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(doc -> doc.getString("title").equals("Kommunikationspolicy"))
                .findFirst()
                .orElseThrow()
                .getInt("id");

        JsonObject med3 = unitRow(
                Api.as(base, "hanna")
                        .get("/api/v1/policies/" + id + "/coverage")
                        .json(),
                "HSF-MED3");

        // The demo's own acknowledgements; no test acknowledges the demo policy, each makes its own document.
        assertThat(med3.getInt("acknowledged"))
                .as("magnus, maria and nils, as PolicyDemo loads them")
                .isEqualTo(3);
    }

    @Test
    void managerRemindsTheStaffWhoHaveNotAcknowledgedByMail() {
        long id = createDocument(true).getInt("id");
        Api.as(base, "eva").post("/api/v1/policies/" + id + "/acknowledgements", "");
        long med3 = unitId("HSF-MED3");

        Api.Reply reminded = Api.as(base, "magnus").post("/api/v1/policies/" + id + "/reminders?unit=" + med3, "");

        assertThat(reminded.status()).as(reminded.toString()).isEqualTo(200);
        int total = unitRow(
                        Api.as(base, "magnus")
                                .get("/api/v1/policies/" + id + "/coverage")
                                .json(),
                        "HSF-MED3")
                .getInt("total");
        assertThat(reminded.json().getInt("reminded")).isEqualTo(total - 1);
        Api.Reply aishasMail = Api.as(base, "admin").get("/api/v1/admin/outbox?to=aisha@fjallmark.example");
        assertThat(aishasMail.jsonArray().getValuesAs(JsonObject.class))
                .anySatisfy(mail -> assertThat(mail.getString("subject")).startsWith("Påminnelse"));
        assertThat(Api.as(base, "admin")
                        .get("/api/v1/admin/outbox?to=eva@fjallmark.example")
                        .jsonArray()
                        .getValuesAs(JsonObject.class))
                .noneSatisfy(mail -> assertThat(mail.getString("body")).contains("IT-riktlinje"));
        assertThat(Api.as(base, "eva")
                        .post("/api/v1/policies/" + id + "/reminders?unit=" + med3, "")
                        .outcome())
                .isEqualTo(Api.BY_ROLE);
        Api.Reply otherUnit =
                Api.as(base, "magnus").post("/api/v1/policies/" + id + "/reminders?unit=" + unitId("HSF-AKUT"), "");
        assertThat(otherUnit.outcome()).as("a manager, but not of that unit").isEqualTo(Api.BY_RULE);
        assertThat(otherUnit.rule()).isEqualTo("policy.coverage.notYourUnit");
    }

    @Test
    void everySignedInUserReadsTheChannelsWithTheirMatrixInWords() {
        for (String user : ALL_USERS) {
            assertThat(Api.as(base, user).get("/api/v1/channels").status())
                    .as(user)
                    .isEqualTo(200);
        }
        List<JsonObject> channels =
                Api.as(base, "eva").get("/api/v1/channels").jsonArray().getValuesAs(JsonObject.class);

        JsonObject instagram = channels.stream()
                .filter(c -> c.getString("code").equals("INSTAGRAM"))
                .findFirst()
                .orElseThrow();
        JsonObject web = channels.stream()
                .filter(c -> c.getString("code").equals("WEB"))
                .findFirst()
                .orElseThrow();
        assertThat(instagram.getJsonArray("materialTypes").getValuesAs(JsonObject.class))
                .filteredOn(cell -> cell.getString("materialType").equals("POLITICS"))
                .extracting(cell -> cell.getString("rating"))
                .containsExactly("RED");
        assertThat(web.getJsonArray("materialTypes").getValuesAs(JsonObject.class))
                .extracting(cell -> cell.getString("rating"))
                .containsOnly("GREEN");
        assertThat(Api.anonymous(base).get("/api/v1/channels").status()).isEqualTo(401);
    }

    @Test
    void aClientAskingInDanishGetsTheChannelsAndMaterialTypesDanishNames() {
        List<JsonObject> channels = Api.as(base, "eva")
                .inLanguage("da")
                .get("/api/v1/channels")
                .jsonArray()
                .getValuesAs(JsonObject.class);

        assertThat(channels)
                .filteredOn(c -> c.getString("code").equals("WEB"))
                .extracting(c -> c.getString("name"))
                .containsExactly("Hjemmesiden");
        assertThat(channels.get(0).getJsonArray("materialTypes").getValuesAs(JsonObject.class))
                .filteredOn(cell -> cell.getString("materialType").equals("JOB_AD"))
                .extracting(cell -> cell.getString("name"))
                .containsExactly("Stillingsopslag");
        assertThat(Api.as(base, "eva").inLanguage("en").get("/api/v1/channels").body())
                .contains("\"Website\"", "\"Job ad\"");
    }

    @Test
    void readabilityGivesTheLixOfAHandCountedText() {
        // 5 words, 2 sentences, 2 words over six letters (skriver, förstår): 5/2 + 100 * 2/5 = 42.5
        Api.Reply score =
                Api.as(base, "eva").post("/api/v1/readability", "{\"text\":\"Vi skriver enkelt. Du förstår.\"}");

        assertThat(score.status()).as(score.toString()).isEqualTo(200);
        assertThat(score.json().getJsonNumber("lix").doubleValue()).isEqualTo(42.5);
        assertThat(score.json().getString("band")).isEqualTo("MEDIUM");
        assertThat(score.json().getInt("words")).isEqualTo(5);
        assertThat(score.json().getInt("sentences")).isEqualTo(2);
        for (String user : ALL_USERS) {
            assertThat(Api.as(base, user)
                            .post("/api/v1/readability", "{\"text\":\"Hej.\"}")
                            .status())
                    .as(user)
                    .isEqualTo(200);
        }
        assertThat(Api.anonymous(base)
                        .post("/api/v1/readability", "{\"text\":\"Hej.\"}")
                        .status())
                .isEqualTo(401);
        assertThat(Api.as(base, "eva").post("/api/v1/readability", "{}").status())
                .isEqualTo(400);
    }
}
