package se.ambassadorsportalen.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The employer-brand plan as data: everyone signed in reads the brand associations and target
 * groups, only communicators create, rename, retire and restore them; bad input is a problem at its
 * field; a rename shows on the stories and goal lines that already carry the record, a retired
 * record stays on them but cannot be chosen anew by stories, news or goals. The tests only rename
 * records they made themselves, except the goal-line test, which gives the seeded name back.
 */
@ExtendWith(ArquillianExtension.class)
class BrandPlanIT {

    private static final String ASSOCIATIONS = "/api/v1/brand-plan/associations";
    private static final String GROUPS = "/api/v1/brand-plan/target-groups";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.modules("policy", "story", "news", "recommendation");
    }

    @ArquillianResource
    URL base;

    private static String unique() {
        return Long.toString(System.nanoTime() % 100_000_000L, 36).toUpperCase();
    }

    private static String texts(String sv, String en) {
        return Json.createObjectBuilder()
                .add("sv", Json.createObjectBuilder().add("name", sv).add("description", "Beskrivning av " + sv))
                .add("en", Json.createObjectBuilder().add("name", en))
                .build()
                .toString();
    }

    private JsonObject create(String path, String sv, String en, String parentCode) {
        String body = "{\"texts\":" + texts(sv, en)
                + (parentCode == null ? "" : ",\"parentCode\":\"" + parentCode + "\"") + "}";
        Api.Reply reply = Api.as(base, "klara").post(path, body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json();
    }

    private Api.Reply change(String path, JsonObject entry, String action) {
        return Api.as(base, "klara")
                .post(
                        path + "/" + entry.getJsonNumber("id").longValue() + "/" + action,
                        "{\"version\":" + entry.getJsonNumber("version").longValue() + "}");
    }

    private JsonObject entry(String user, String path, String code) {
        return Api.as(base, user).get(path).jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(e -> code.equals(e.getString("code")))
                .findFirst()
                .orElseThrow();
    }

    private Api.Reply story(String title, String group, String brand, Long id, Long version) {
        JsonObjectBuilder story = Json.createObjectBuilder()
                .add("title", title)
                .add("body", "Jag trivs här. Vi hjälper varandra varje dag.")
                .add("materialType", "STAFF_PORTRAIT")
                .add("targetGroups", Json.createArrayBuilder().add(group))
                .add("brands", Json.createArrayBuilder().add(brand))
                .add("channels", Json.createArrayBuilder().add("WEB"))
                .add("showFirstName", true);
        if (id == null) {
            return Api.as(base, "eva").post("/api/v1/stories", story.build().toString());
        }
        return Api.as(base, "eva")
                .put(
                        "/api/v1/stories/" + id,
                        story.add("version", version).build().toString());
    }

    @Test
    void everyoneSignedInReadsTheSeededPlanInBothLanguagesAndNobodyElse() {
        JsonObject close = entry("eva", ASSOCIATIONS, "CLOSE");
        assertThat(close.getJsonObject("texts").getJsonObject("sv").getString("name"))
                .isEqualTo("Nära");
        assertThat(close.getJsonObject("texts").getJsonObject("en").getString("name"))
                .isEqualTo("Close");
        assertThat(close.getBoolean("active")).isTrue();
        assertThat(Api.as(base, "admin").get(GROUPS).jsonArray().getValuesAs(JsonObject.class).stream()
                        .map(g -> g.getString("code")))
                .contains("INTERNAL", "POTENTIAL_EMPLOYEES", "STUDENTS", "STAKEHOLDERS");
        assertThat(Api.anonymous(base).get(ASSOCIATIONS).status()).isEqualTo(401);
        assertThat(Api.as(base, "eva").get("/api/v1/brand-plan/colours").status())
                .isEqualTo(404);
    }

    /**
     * The texts of all records load together (a batch read by the records' ids), not one statement
     * per record: three more records, sub-groups among them, add no statement.
     */
    @Test
    void readingThePlanSendsNoMoreStatementsForMoreRecords() {
        SqlStatementCount associationsBefore = SqlStatementCount.of(base, "eva", ASSOCIATIONS);
        SqlStatementCount groupsBefore = SqlStatementCount.of(base, "eva", GROUPS);

        for (int i = 0; i < 3; i++) {
            create(ASSOCIATIONS, "Räknad " + unique(), "Counted " + i, null);
            create(GROUPS, "Räknad grupp " + unique(), "Counted group " + i, i == 0 ? null : "STUDENTS");
        }
        SqlStatementCount associationsAfter = SqlStatementCount.of(base, "eva", ASSOCIATIONS);
        SqlStatementCount groupsAfter = SqlStatementCount.of(base, "eva", GROUPS);

        assertThat(associationsAfter.statements())
                .as(associationsAfter + "\n\nbefore three more: " + associationsBefore)
                .isEqualTo(associationsBefore.statements())
                .isLessThanOrEqualTo(4);
        assertThat(groupsAfter.statements())
                .as(groupsAfter + "\n\nbefore three more: " + groupsBefore)
                .isEqualTo(groupsBefore.statements())
                .isLessThanOrEqualTo(5);
    }

    @Test
    void onlyCommunicatorsCreateRenameRetireAndRestore() {
        String body = "{\"texts\":" + texts("Nekad " + unique(), "Refused") + "}";
        for (String user : List.of("eva", "magnus", "petra", "hanna", "admin")) {
            assertThat(Api.as(base, user).post(ASSOCIATIONS, body).outcome())
                    .as(user + " creates")
                    .isEqualTo(Api.BY_ROLE);
        }
        JsonObject close = entry("eva", ASSOCIATIONS, "CLOSE");
        long id = close.getJsonNumber("id").longValue();
        Api eva = Api.as(base, "eva");
        assertThat(eva.put(ASSOCIATIONS + "/" + id, "{\"version\":0,\"texts\":" + texts("Nära", "Close") + "}")
                        .outcome())
                .isEqualTo(Api.BY_ROLE);
        assertThat(eva.post(ASSOCIATIONS + "/" + id + "/retirement", "{\"version\":0}")
                        .outcome())
                .isEqualTo(Api.BY_ROLE);
        assertThat(eva.post(ASSOCIATIONS + "/" + id + "/restoration", "{\"version\":0}")
                        .outcome())
                .isEqualTo(Api.BY_ROLE);
        JsonObject made = create(ASSOCIATIONS, "Tillåten " + unique(), "Allowed", null);
        assertThat(made.getString("code")).startsWith("TILLATEN_");
    }

    @Test
    void badInputIsAProblemAtItsFieldInTheCallersLanguage() {
        Api klara = Api.as(base, "klara").inLanguage("en");
        Api.Reply noSwedish = klara.post(ASSOCIATIONS, "{\"texts\":{\"en\":{\"name\":\"Brave\"}}}");
        assertThat(noSwedish.status()).isEqualTo(400);
        assertThat(noSwedish.contentType()).startsWith("application/problem+json");
        assertThat(noSwedish.json().getString("field")).isEqualTo("name_sv");
        assertThat(noSwedish.body()).contains("Write a name");

        Api.Reply taken = klara.post(ASSOCIATIONS, "{\"texts\":{\"sv\":{\"name\":\"nära\"}}}");
        assertThat(taken.status()).isEqualTo(400);
        assertThat(taken.json().getString("field")).isEqualTo("name_sv");

        String fresh = texts("Fri " + unique(), "Free " + unique());
        assertThat(klara.post(ASSOCIATIONS, "{\"code\":\"close to me\",\"texts\":" + fresh + "}")
                        .json()
                        .getString("field"))
                .isEqualTo("code");
        assertThat(klara.post(ASSOCIATIONS, "{\"code\":\"CLOSE\",\"texts\":" + fresh + "}")
                        .json()
                        .getString("field"))
                .isEqualTo("code");
        assertThat(klara.post(
                                ASSOCIATIONS,
                                "{\"texts\":{\"xx\":{\"name\":\"X\"},\"sv\":{\"name\":\"Y " + unique() + "\"}}}")
                        .json()
                        .getString("field"))
                .isEqualTo("texts");
        assertThat(klara.post(ASSOCIATIONS, "{\"texts\":{\"sv\":{\"name\":\"" + "x".repeat(101) + "\"}}}")
                        .json()
                        .getString("field"))
                .isEqualTo("name_sv");
        assertThat(klara.post(ASSOCIATIONS, "{\"texts\":").status()).isEqualTo(400);

        long id = entry("klara", ASSOCIATIONS, "CLOSE").getJsonNumber("id").longValue();
        Api.Reply noVersion = klara.put(ASSOCIATIONS + "/" + id, "{\"texts\":" + texts("Nära", "Close") + "}");
        assertThat(noVersion.status()).isEqualTo(400);
        assertThat(noVersion.json().getString("field")).isEqualTo("version");
        assertThat(klara.put(ASSOCIATIONS + "/" + id, "{\"version\":999,\"texts\":" + texts("Nära", "Close") + "}")
                        .status())
                .as("a stale version changes nothing")
                .isEqualTo(409);
        assertThat(klara.post(ASSOCIATIONS + "/99999999/retirement", "{\"version\":0}")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aRenamedAssociationShowsItsNewNameOnOldStoriesAndARetiredOneStaysOnThemButCannotBeChosenAnew() {
        String s = unique();
        JsonObject made = create(ASSOCIATIONS, "Djärv " + s, "Bold " + s, null);
        String code = made.getString("code");
        Api.Reply written = story("Min modiga dag " + s, "INTERNAL", code, null, null);
        assertThat(written.status()).as(written.toString()).isEqualTo(201);
        long storyId = written.json().getJsonNumber("id").longValue();

        Api.Reply renamed = Api.as(base, "klara")
                .put(
                        ASSOCIATIONS + "/" + made.getJsonNumber("id").longValue(),
                        "{\"version\":" + made.getJsonNumber("version").longValue() + ",\"texts\":"
                                + texts("Modig " + s, "Brave " + s) + "}");
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(renamed.json().getString("code")).isEqualTo(code);

        JsonObject story = Api.as(base, "eva").get("/api/v1/stories/" + storyId).json();
        assertThat(story.getJsonArray("brands").getString(0)).isEqualTo(code);
        String page = WebSession.signIn(base, "eva", "demo")
                .get("/story/view.xhtml?id=" + storyId)
                .body();
        assertThat(page).contains("Modig " + s).doesNotContain("Djärv " + s);

        Api.Reply retired = change(ASSOCIATIONS, renamed.json(), "retirement");
        assertThat(retired.status()).as(retired.toString()).isEqualTo(200);
        assertThat(retired.json().getBoolean("active")).isFalse();
        Api.Reply refused = story("En ny dag " + s, "INTERNAL", code, null, null);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().getString("field")).isEqualTo("brands");
        Api.Reply kept = story(
                "Min modiga dag " + s,
                "INTERNAL",
                code,
                storyId,
                story.getJsonNumber("version").longValue());
        assertThat(kept.status())
                .as("the story that carries it keeps it: " + kept)
                .isEqualTo(200);
        assertThat(kept.json().getJsonArray("brands").getString(0)).isEqualTo(code);
        assertThat(entry("eva", ASSOCIATIONS, code).getBoolean("active")).isFalse();

        Api.Reply restored = change(ASSOCIATIONS, retired.json(), "restoration");
        assertThat(restored.json().getBoolean("active")).isTrue();
    }

    @Test
    void targetGroupsHaveOneLevelOfSubGroupsAndAMainGroupIsRetiredAfterThem() {
        String s = unique();
        JsonObject main = create(GROUPS, "Huvudgrupp " + s, "Main group " + s, null);
        JsonObject sub = create(GROUPS, "Undergrupp " + s, "Sub-group " + s, main.getString("code"));
        assertThat(sub.getString("parentCode")).isEqualTo(main.getString("code"));
        Api.Reply written = story("För undergruppen " + s, sub.getString("code"), "CLOSE", null, null);
        assertThat(written.status()).as(written.toString()).isEqualTo(201);

        Api klara = Api.as(base, "klara");
        Api.Reply deeper = klara.post(
                GROUPS,
                "{\"parentCode\":\"" + sub.getString("code") + "\",\"texts\":" + texts("Djup " + s, "Deep") + "}");
        assertThat(deeper.status()).isEqualTo(400);
        assertThat(deeper.json().getString("field")).isEqualTo("parentCode");

        assertThat(change(GROUPS, main, "retirement").status())
                .as("a main group with active sub-groups")
                .isEqualTo(409);
        JsonObject subRetired = change(GROUPS, sub, "retirement").json();
        JsonObject mainRetired = change(GROUPS, main, "retirement").json();
        assertThat(mainRetired.getBoolean("active")).isFalse();
        assertThat(change(GROUPS, subRetired, "restoration").status())
                .as("a sub-group of a retired main group")
                .isEqualTo(409);
        assertThat(klara.post(
                                GROUPS,
                                "{\"parentCode\":\"" + main.getString("code") + "\",\"texts\":"
                                        + texts("Sen " + s, "Late") + "}")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void newsAndGoalsChooseFromTheActiveRecordsOnly() {
        String s = unique();
        JsonObject association = create(ASSOCIATIONS, "Pensionerad " + s, "Retired " + s, null);
        JsonObject group = create(GROUPS, "Pensionerad grupp " + s, "Retired group " + s, null);
        change(ASSOCIATIONS, association, "retirement");
        change(GROUPS, group, "retirement");

        Api klara = Api.as(base, "klara");
        String item = "{\"title\":\"Nyhet " + s + "\",\"body\":\"Text.\",\"topic\":\"WORKPLACE\",\"brand\":\"%s\","
                + "\"audienceUnitIds\":[]}";
        Api.Reply refused = klara.post("/api/v1/news/items", item.formatted(association.getString("code")));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().getString("field")).isEqualTo("brand");
        assertThat(klara.post("/api/v1/news/items", item.formatted("DEVELOPING"))
                        .status())
                .isEqualTo(201);

        String goal = "{\"goal\":1,\"targetGroup\":\"%s\",\"subject\":\"%s\",\"baselinePercent\":40,"
                + "\"baselineDate\":\"2025-01-01\",\"targetPercent\":50,\"deadline\":\"2027-12-31\"}";
        Api hanna = Api.as(base, "hanna");
        Api.Reply retiredGroup = hanna.post("/api/v1/brand-goals", goal.formatted(group.getString("code"), "CLOSE"));
        assertThat(retiredGroup.status()).isEqualTo(400);
        assertThat(retiredGroup.json().getString("field")).isEqualTo("targetGroup");
        Api.Reply retiredAssociation =
                hanna.post("/api/v1/brand-goals", goal.formatted("INTERNAL", association.getString("code")));
        assertThat(retiredAssociation.status()).isEqualTo(400);
        assertThat(retiredAssociation.json().getString("field")).isEqualTo("subject");
    }

    @Test
    void goalLinesKeepGroupingByTheCodeAndShowTheNewNameAfterARename() {
        Api hanna = Api.as(base, "hanna").inLanguage("en");
        List<JsonObject> before =
                stakeholderLines(hanna.get("/api/v1/brand-goals").json());
        assertThat(before)
                .isNotEmpty()
                .allMatch(l -> l.getString("targetGroupName").equals("Stakeholders"));
        JsonObject stakeholders = entry("klara", GROUPS, "STAKEHOLDERS");
        JsonObject texts = stakeholders.getJsonObject("texts");
        String renamedTexts = Json.createObjectBuilder(texts)
                .add("en", Json.createObjectBuilder(texts.getJsonObject("en")).add("name", "Stakeholders and partners"))
                .build()
                .toString();
        Api klara = Api.as(base, "klara");
        String path = GROUPS + "/" + stakeholders.getJsonNumber("id").longValue();
        Api.Reply renamed = klara.put(
                path,
                "{\"version\":" + stakeholders.getJsonNumber("version").longValue() + ",\"texts\":" + renamedTexts
                        + "}");
        try {
            assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
            List<JsonObject> after =
                    stakeholderLines(hanna.get("/api/v1/brand-goals").json());
            assertThat(after).hasSameSizeAs(before);
            assertThat(after).allMatch(l -> l.getString("targetGroupName").equals("Stakeholders and partners"));
            assertThat(after.stream().map(l -> l.getString("subject")))
                    .containsExactlyElementsOf(
                            before.stream().map(l -> l.getString("subject")).toList());
        } finally {
            if (renamed.status() == 200) {
                Api.Reply back = klara.put(
                        path,
                        "{\"version\":"
                                + renamed.json().getJsonNumber("version").longValue() + ",\"texts\":" + texts + "}");
                assertThat(back.status()).as(back.toString()).isEqualTo(200);
            }
        }
    }

    private static List<JsonObject> stakeholderLines(JsonObject overview) {
        return java.util.stream.Stream.concat(
                        overview.getJsonArray("goal1").getValuesAs(JsonObject.class).stream(),
                        overview.getJsonArray("goal2").getValuesAs(JsonObject.class).stream())
                .filter(l -> l.getString("targetGroup").equals("STAKEHOLDERS"))
                .toList();
    }

    @Test
    void klaraKeepsThePlanOnItsPageAndTheStoryEditorOffersWhatSheAdds() throws Exception {
        String s = unique();
        try (Browser browser = Browser.open(base)) {
            try {
                browser.login("klara");
                browser.go("/brandplan/index.xhtml");
                assertThat(browser.driver()
                                .findElement(By.id("listForm:associations"))
                                .getText())
                        .contains("Göra skillnad")
                        .contains("MAKE_A_DIFFERENCE");
                assertThat(browser.seriousAccessibilityViolations())
                        .as("brand plan page")
                        .isEmpty();
                browser.driver().manage().window().setSize(new Dimension(390, 844));
                assertThat(browser.seriousAccessibilityViolations())
                        .as("brand plan page, phone")
                        .isEmpty();
                browser.driver().manage().window().setSize(new Dimension(1280, 1000));

                browser.driver().findElement(By.id("planForm:save")).click();
                browser.waitFor(
                        ExpectedConditions.textToBePresentInElementLocated(By.id("planForm"), "Skriv ett namn"));

                browser.type(By.id("planForm:name_sv"), "Trygg " + s);
                browser.type(By.id("planForm:name_en"), "Safe " + s);
                browser.type(By.id("planForm:attributes_sv"), "Stabil\nLångsiktig");
                browser.driver().findElement(By.id("planForm:save")).click();
                browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("listForm:associations"), "Trygg " + s));
                browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("planHeading"), "Trygg " + s));

                browser.type(By.id("planForm:name_sv"), "Tryggare " + s);
                browser.driver().findElement(By.id("planForm:save")).click();
                browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("listForm:associations"), "Tryggare " + s));

                browser.go("/story/edit.xhtml");
                assertThat(browser.driver()
                                .findElement(By.id("storyForm:brands"))
                                .getText())
                        .contains("Tryggare " + s)
                        .contains("Nära");
            } catch (AssertionError | RuntimeException e) {
                browser.screenshot("brand-plan-journey");
                throw e;
            }
        }
    }
}
