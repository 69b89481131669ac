package se.ambassadorsportalen.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The everyday frame around the modules (issue 14): the home page's "to do now" with counts that
 * lead to the list they count, the same counts as badges in the navigation, and the portal on a
 * phone (menu behind a button, touch targets of at least 44 px, no sideways scrolling).
 */
@ExtendWith(ArquillianExtension.class)
class EverydayJourneyIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    /** A task's count on the home page; 0 when the task is not listed (nothing waits). */
    private static long taskCount(Browser browser, String taskId) {
        List<WebElement> task = browser.driver().findElements(By.cssSelector("#tasks a[data-task='" + taskId + "']"));
        return task.isEmpty()
                ? 0
                : Long.parseLong(task.get(0)
                        .findElement(By.className("portal-task-count"))
                        .getText()
                        .trim());
    }

    /** A navigation entry's badge; 0 when it has none. */
    private static long badge(Browser browser, String navId) {
        List<WebElement> badge = browser.driver().findElements(By.cssSelector("#mainNav [data-badge='" + navId + "']"));
        // read from the markup: the entry may sit in a folded menu, where Selenium sees no text
        return badge.isEmpty()
                ? 0
                : Long.parseLong(badge.get(0).getAttribute("textContent").replaceAll("\\D", ""));
    }

    /** A draft of Eva's that has everything submitting asks for. */
    private Api.Reply draftOfEva(String title, String body) {
        Api.Reply created = Api.as(base, "eva")
                .post(
                        "/api/v1/stories",
                        Json.createObjectBuilder()
                                .add("title", title)
                                .add("body", body)
                                .add("materialType", "BRAG")
                                .add("targetGroups", Json.createArrayBuilder().add("POTENTIAL_EMPLOYEES"))
                                .add("brands", Json.createArrayBuilder().add("CLOSE"))
                                .add("channels", Json.createArrayBuilder().add("WEB"))
                                .add("showFirstName", true)
                                .build()
                                .toString());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created;
    }

    private JsonObject submittedStoryOfEva(String title) {
        Api eva = Api.as(base, "eva");
        Api.Reply created = draftOfEva(title, "Vi hjälper varandra varje dag på avdelningen.");
        long id = created.json().getJsonNumber("id").longValue();
        Api.Reply submitted = eva.post(
                "/api/v1/stories/" + id + "/submit",
                Json.createObjectBuilder()
                        .add("version", created.json().getJsonNumber("version").longValue())
                        .build()
                        .toString());
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        return submitted.json();
    }

    @Test
    void aManagersHomePageCountsTheStoriesWaitingForTheirApprovalAndTheCountLeadsToThem() throws Exception {
        try (Browser browser = Browser.open(base)) {
            browser.login("magnus");
            long before = taskCount(browser, "task-story-approvals");
            assertThat(badge(browser, "nav-approvals"))
                    .as("badge and to-do list agree")
                    .isEqualTo(before);

            JsonObject story = submittedStoryOfEva("Att göra-listan visar mig");
            browser.go("/index.xhtml");

            assertThat(taskCount(browser, "task-story-approvals")).isEqualTo(before + 1);
            assertThat(badge(browser, "nav-approvals")).isEqualTo(before + 1);
            assertThat(browser.driver()
                            .findElement(By.cssSelector("#mainNav [data-badge='nav-approvals']"))
                            .getAttribute("textContent"))
                    .as("the badge says what the number is to a screen reader")
                    .contains("väntar på dig");
            assertThat(browser.seriousAccessibilityViolations())
                    .as("home page with tasks")
                    .isEmpty();
            assertThat(browser.layoutProblems()).as("home page with tasks").isEmpty();

            browser.driver()
                    .findElement(By.cssSelector("#tasks a[data-task='task-story-approvals']"))
                    .click();
            browser.waitFor(ExpectedConditions.urlContains("/story/approvals.xhtml"));
            assertThat(browser.driver().findElement(By.id("main")).getText()).contains("Att göra-listan visar mig");

            long id = story.getJsonNumber("id").longValue();
            Api.Reply approved = Api.as(base, "magnus")
                    .post(
                            "/api/v1/stories/" + id + "/approve",
                            Json.createObjectBuilder()
                                    .add(
                                            "version",
                                            story.getJsonNumber("version").longValue())
                                    .build()
                                    .toString());
            assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
            browser.go("/index.xhtml");
            assertThat(taskCount(browser, "task-story-approvals"))
                    .as("counted afresh on the home page")
                    .isEqualTo(before);
            assertThat(browser.seriousViolationsInEnglish())
                    .as("the pages of this journey in English")
                    .isEmpty();
        }
    }

    @Test
    void thePressDeskSeesInquiriesNearTheirDeadlineAndOtherRolesSeeOnlyTheirOwnTasks() throws Exception {
        TestInquiries.logDueWithinTheHour(
                Api.as(base, "petra"), "Greta Granskare", "Testbladet", "Hur långa är köerna till akuten?");
        try (Browser browser = Browser.open(base)) {
            browser.login("petra");
            assertThat(taskCount(browser, "task-press-due")).isPositive();
            assertThat(badge(browser, "nav-press-inquiries")).isEqualTo(taskCount(browser, "task-press-due"));
            browser.driver()
                    .findElement(By.cssSelector("#tasks a[data-task='task-press-due']"))
                    .click();
            browser.waitFor(ExpectedConditions.urlContains("/press/inquiries.xhtml"));
            assertThat(browser.driver().findElement(By.id("boardForm")).getText())
                    .contains("Testbladet");
            browser.logout();

            for (Map.Entry<String, List<String>> notTheirs : Map.of(
                            "eva", List.of("task-story-approvals", "task-press-due", "task-ambassador-applications"),
                            "hanna", List.of("task-story-approvals", "task-press-due", "task-story-take-down"),
                            "admin", List.of("task-story-consents", "task-press-due", "task-policy-acknowledge"))
                    .entrySet()) {
                browser.login(notTheirs.getKey());
                assertThat(browser.driver().findElements(By.id("cardTasks")))
                        .as(notTheirs.getKey())
                        .hasSize(1);
                for (String task : notTheirs.getValue()) {
                    assertThat(browser.driver().findElements(By.cssSelector("[data-task='" + task + "']")))
                            .as(notTheirs.getKey() + " never sees " + task)
                            .isEmpty();
                }
                browser.logout();
            }
        }
    }

    @Test
    void anEmployeesMainPagesWorkOnAPhoneWithLargeEnoughTouchTargetsAndAMenuBehindAButton() throws Exception {
        try (Browser browser = Browser.open(base)) {
            browser.login("eva");
            try {
                for (int width : new int[] {360, 414}) {
                    browser.phone(width);
                    for (String page : List.of(
                            "/index.xhtml",
                            "/policy/index.xhtml",
                            "/story/index.xhtml",
                            "/story/edit.xhtml",
                            "/story/consents.xhtml",
                            "/ambassador/me.xhtml",
                            "/ambassador/relay.xhtml",
                            "/news/index.xhtml",
                            "/account/index.xhtml")) {
                        browser.go(page);
                        assertThat(browser.smallTouchTargets())
                                .as(page + " at " + width + " px")
                                .isEmpty();
                        assertThat(browser.layoutProblems())
                                .as(page + " at " + width + " px")
                                .isEmpty();
                    }
                }
                browser.phone(360);
                browser.go("/index.xhtml");
                WebElement toggle = browser.driver().findElement(By.id("navToggle"));
                WebElement policies =
                        browser.driver().findElement(By.cssSelector("#mainNav a[data-nav='nav-policies']"));
                assertThat(policies.isDisplayed())
                        .as("the entries fold away on a phone")
                        .isFalse();
                assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
                toggle.click();
                WebElement policyMenu = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("[data-group='policy'] > summary")));
                assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
                policyMenu.click();
                browser.waitFor(ExpectedConditions.visibilityOf(policies));
                assertThat(browser.smallTouchTargets()).as("the open menu").isEmpty();
                assertThat(browser.seriousAccessibilityViolations())
                        .as("home page with the menu open")
                        .isEmpty();
                policies.click();
                browser.waitFor(ExpectedConditions.urlContains("/policy/index.xhtml"));
            } finally {
                browser.desktop();
            }
            browser.go("/index.xhtml");
            assertThat(browser.driver()
                            .findElement(By.cssSelector("#mainNav a[data-nav='nav-news']"))
                            .isDisplayed())
                    .as("on a desktop the navigation is always shown")
                    .isTrue();
            assertThat(browser.driver()
                            .findElement(By.cssSelector("[data-group='policy'] > summary"))
                            .isDisplayed())
                    .isTrue();
            assertThat(browser.driver().findElement(By.id("navToggle")).isDisplayed())
                    .isFalse();
        }
    }

    /** The titles of one kind of hit on the search page shown; empty when the group is not there. */
    private static List<String> hits(Browser browser, String kind) {
        return browser
                .driver()
                .findElements(By.cssSelector("[data-search-group='" + kind + "'] a.portal-search-hit"))
                .stream()
                .map(WebElement::getText)
                .toList();
    }

    private static boolean searchable(Browser browser, String kind) {
        return !browser.driver()
                .findElements(By.cssSelector("[data-search-group='" + kind + "']"))
                .isEmpty();
    }

    private static void search(Browser browser, String words) {
        browser.go("/search.xhtml?q=" + java.net.URLEncoder.encode(words, java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void theHeaderSearchFindsEachKindOfThingOnlyForThoseWhoMayOpenIt() throws Exception {
        String title = "Sökbar berättelse om zebrafinkar";
        Api.Reply story = Api.as(base, "eva")
                .post(
                        "/api/v1/stories",
                        Json.createObjectBuilder()
                                .add("title", title)
                                .add("body", "Vi har fåglar på avdelningen.")
                                .add("materialType", "BRAG")
                                .build()
                                .toString());
        assertThat(story.status()).as(story.toString()).isEqualTo(201);
        try (Browser browser = Browser.open(base)) {
            browser.login("eva");
            browser.type(By.id("headerSearchQ"), "Kommunikationspolicy");
            browser.driver().findElement(By.id("headerSearchSubmit")).click();
            browser.waitFor(ExpectedConditions.urlContains("/search.xhtml"));
            assertThat(hits(browser, "policy")).contains("Kommunikationspolicy");
            assertThat(searchable(browser, "spokesperson"))
                    .as("the registry is the press desk's")
                    .isFalse();
            assertThat(browser.seriousAccessibilityViolations())
                    .as("search results")
                    .isEmpty();
            assertThat(browser.layoutProblems()).as("search results").isEmpty();
            browser.driver()
                    .findElement(By.cssSelector("[data-search-group='policy'] a.portal-search-hit"))
                    .click();
            browser.waitFor(ExpectedConditions.urlContains("/policy/document.xhtml"));

            search(browser, "zebrafinkar");
            assertThat(hits(browser, "story")).as("her own story").containsExactly(title);
            search(browser, "dagvårdsenhet");
            assertThat(hits(browser, "news"))
                    .as("news for her administration")
                    .containsExactly("Hälso- och sjukvården öppnar en ny dagvårdsenhet");
            search(browser, "Budgeten");
            assertThat(hits(browser, "news")).as("a draft is nobody's hit").isEmpty();
            search(browser, "x");
            assertThat(browser.driver().findElement(By.id("searchHelp")).getText())
                    .contains("minst ett ord på 2 tecken");
            assertThat(browser.driver().findElements(By.id("searchSummary"))).isEmpty();
            browser.phone(360);
            try {
                search(browser, "arbetstidsmodell");
                assertThat(hits(browser, "news")).contains("Ny arbetstidsmodell prövas i vår");
                assertThat(browser.smallTouchTargets())
                        .as("search results on a phone")
                        .isEmpty();
                assertThat(browser.layoutProblems())
                        .as("search results on a phone")
                        .isEmpty();
            } finally {
                browser.desktop();
            }
            browser.logout();

            browser.login("petra");
            search(browser, "zebrafinkar");
            assertThat(hits(browser, "story"))
                    .as("another unit's draft is not hers to open")
                    .isEmpty();
            search(browser, "Ambulanssjuksköterska");
            assertThat(hits(browser, "spokesperson")).hasSize(1);
            assertThat(browser.driver()
                            .findElement(By.cssSelector("[data-search-group='spokesperson']"))
                            .getText())
                    .contains("Ambulanssjuksköterska");
            search(browser, "psykiatri");
            assertThat(hits(browser, "topic")).contains("Psykiatri");
            browser.driver().findElement(By.linkText("Psykiatri")).click();
            browser.waitFor(ExpectedConditions.urlContains("/press/lookup.xhtml"));
            browser.logout();

            browser.login("klara");
            search(browser, "dagvårdsenhet");
            assertThat(hits(browser, "news"))
                    .as("an item for another administration")
                    .isEmpty();
            browser.logout();

            browser.login("admin");
            search(browser, "Kommunikationspolicy");
            assertThat(hits(browser, "policy")).contains("Kommunikationspolicy");
            assertThat(searchable(browser, "story")).isFalse();
            assertThat(searchable(browser, "news")).isFalse();
            browser.logout();
            assertThat(browser.seriousViolationsInEnglish())
                    .as("the search page in English")
                    .isEmpty();
        }
    }

    private static final Pattern GROUP =
            Pattern.compile("data-search-group=\"([a-z]+)\"(.*?)</section>", Pattern.DOTALL);
    private static final Pattern HIT = Pattern.compile("class=\"portal-search-hit\">(.*?)</a>", Pattern.DOTALL);

    /** The search page as {@code session} sees it for {@code words}: each kind shown, with its hits' titles as written in the HTML. */
    private static Map<String, List<String>> searchPage(WebSession session, String words) {
        Api.Reply page = session.get("search.xhtml?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8));
        assertThat(page.status()).as(words).isEqualTo(200);
        Map<String, List<String>> kinds = new LinkedHashMap<>();
        Matcher group = GROUP.matcher(page.body());
        while (group.find()) {
            kinds.put(
                    group.group(1),
                    HIT.matcher(group.group(2))
                            .results()
                            .map(hit -> numericEntitiesDecoded(hit.group(1).strip()))
                            .toList());
        }
        return kinds;
    }

    /** Letters the page may write as {@code &#229;}, decoded; markup escapes ({@code &lt;}) stay as they are. */
    private static String numericEntitiesDecoded(String html) {
        return Pattern.compile("&#(x?)([0-9a-fA-F]+);")
                .matcher(html)
                .replaceAll(entity -> Character.toString(
                        Integer.parseInt(entity.group(2), entity.group(1).isEmpty() ? 10 : 16)));
    }

    @Test
    void theIndexFindsWordsInOtherFormsAndEachKindOnlyForItsReaders() {
        String title = "Trastarna <i>sjunger</i> på Medicinavdelning 3";
        Api.Reply created = draftOfEva(title, "Varje morgon hör vi fåglarna utanför fönstret.");
        long id = created.json().getJsonNumber("id").longValue();
        Api.Reply asked = Api.as(base, "eva")
                .post(
                        "/api/v1/stories/" + id + "/pictured",
                        "{\"personId\":" + TestAccounts.personId(base, "isak") + "}");
        assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
        String shown = "Trastarna &lt;i&gt;sjunger&lt;/i&gt; på Medicinavdelning 3";

        WebSession eva = WebSession.signIn(base, "eva", "demo");
        assertThat(searchPage(eva, "trasten").get("story"))
                .as("her own story, found by another form of the word, its markup shown as text")
                .containsExactly(shown);
        assertThat(searchPage(eva, "\"(*trasten~ AND").get("story"))
                .as("query syntax is only a separator")
                .containsExactly(shown);
        assertThat(searchPage(eva, "fåglar").get("story"))
                .as("a word of the text")
                .contains(shown);
        assertThat(searchPage(eva, "samtycken").get("page"))
                .as("a page she may open")
                .contains("Samtycken");
        assertThat(searchPage(eva, "konton").getOrDefault("page", List.of()))
                .as("the admin's page is not hers")
                .doesNotContain("Konton och roller");
        assertThat(searchPage(eva, "leila")).as("the directory is not hers").doesNotContainKey("ambassador");

        WebSession isak = WebSession.signIn(base, "isak", "demo");
        assertThat(searchPage(isak, "trastar").get("consent"))
                .as("the consent he is asked for")
                .containsExactly(shown);
        WebSession petra = WebSession.signIn(base, "petra", "demo");
        Map<String, List<String>> petras = searchPage(petra, "trastar");
        assertThat(petras.get("consent")).as("another's consent request").isEmpty();
        assertThat(petras.get("story")).as("another unit's draft").isEmpty();
        assertThat(searchPage(petra, "leila").get("ambassador"))
                .as("the press desk uses the directory")
                .contains("Leila Hassan");

        WebSession magnus = WebSession.signIn(base, "magnus", "demo");
        assertThat(searchPage(magnus, "trastar").get("story"))
                .as("a draft is not yet the manager's")
                .isEmpty();
        assertThat(Api.as(base, "eva")
                        .post("/api/v1/stories/" + id + "/submit", "{}")
                        .status())
                .isEqualTo(200);
        assertThat(searchPage(magnus, "trastar").get("story"))
                .as("submitted to him: found at once, the index read the change when it was committed")
                .containsExactly(shown);

        WebSession klara = WebSession.signIn(base, "klara", "demo");
        assertThat(searchPage(klara, "hassan").get("ambassador")).contains("Leila Hassan");
        assertThat(searchPage(klara, "trastar").get("story"))
                .as("communicators see stories once approved, not before")
                .isEmpty();
        WebSession admin = WebSession.signIn(base, "admin", "demo");
        assertThat(searchPage(admin, "konton").get("page")).contains("Konton och roller");
    }

    @Test
    void englishWordsInOtherFormsFindThePolicysEnglishText() {
        WebSession eva = WebSession.signIn(base, "eva", "demo");
        assertThat(searchPage(eva, "understanding").get("policy"))
                .as("the policy's English text says 'understand' (its Swedish text has no such word)")
                .contains("Kommunikationspolicy");
        assertThat(searchPage(eva, "principle answered").get("policy"))
                .as("every word in another form than the English text's ('principles', 'answer')")
                .contains("Kommunikationspolicy");
    }

    @Test
    void aDanishOrganisationsTextsAreFoundByOtherFormsOfTheirDanishWords() throws Exception {
        ProfileChange.with(
                base,
                profile -> profile.add("languages", Json.createArrayBuilder(List.of("da", "sv", "en")))
                        .add("defaultLanguage", "da"),
                () -> {
                    String title = "Kantinen holder lukket i uge "
                            + OffsetDateTime.now().getNano();
                    draftOfEva(title, "Medarbejderne spiser frokost i byen.");

                    WebSession eva = WebSession.signIn(base, "eva", "demo");
                    assertThat(searchPage(eva, "medarbejdere").get("story"))
                            .as("her Danish draft, stemmed as Danish: 'medarbejdere' finds 'medarbejderne'")
                            .containsExactly(title);
                    WebSession petra = WebSession.signIn(base, "petra", "demo");
                    assertThat(searchPage(petra, "medarbejdere").get("story"))
                            .as("another's draft, in any language")
                            .doesNotContain(title);
                });
        // Swedish again: the next refresh (every 15 s) reads every text anew as Swedish
        WebSession eva = WebSession.signIn(base, "eva", "demo");
        await("the pages' Swedish names indexed again within a minute")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> searchPage(eva, "samtycken")
                        .getOrDefault("page", List.of())
                        .contains("Samtycken"));
    }

    /** One kind's hit titles in an answer of the search API, or null when the kind is not offered to the caller. */
    private static List<String> apiHits(Api.Reply answer, String kind) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json().getJsonArray("groups").getValuesAs(JsonObject.class).stream()
                .filter(group -> kind.equals(group.getString("kind")))
                .findFirst()
                .map(group -> group.getJsonArray("hits").getValuesAs(JsonObject.class).stream()
                        .map(hit -> hit.getString("title"))
                        .toList())
                .orElse(null);
    }

    @Test
    void theSearchApiFindsWhatThePageFindsForTheSameReaderAndRefusesOthers() {
        String title = "Svalorna bygger bo vid entrén " + OffsetDateTime.now().getNano();
        draftOfEva(title, "Vi ser dem varje vår.");

        assertThat(apiHits(Api.as(base, "eva").get("/api/v1/search?q=svalor"), "story"))
                .as("her draft, by another form of its word")
                .containsExactly(title);
        assertThat(searchPage(WebSession.signIn(base, "eva", "demo"), "svalor").get("story"))
                .as("the page shows the same")
                .containsExactly(title);
        assertThat(apiHits(Api.as(base, "eva").inLanguage("en").get("/api/v1/search?q=understanding"), "policy"))
                .as("found by the English text's word in another form, shown in the caller's English")
                .contains("Communication policy");
        Api.Reply one = Api.as(base, "eva").get("/api/v1/search?q=svalor&in=story&page=0");
        assertThat(one.json().getJsonArray("groups")).as("one kind asked for").hasSize(1);
        assertThat(apiHits(Api.as(base, "petra").get("/api/v1/search?q=svalor"), "story"))
                .as("another's draft")
                .isEmpty();

        Api.Reply tooShort = Api.as(base, "eva").inLanguage("en").get("/api/v1/search?q=a");
        assertThat(tooShort.status()).as(tooShort.toString()).isEqualTo(400);
        assertThat(tooShort.json().getString("field")).isEqualTo("q");
        assertThat(tooShort.json().getString("detail")).contains("2");
        assertThat(Api.anonymous(base).get("/api/v1/search?q=svalor").status()).isEqualTo(401);
        String importer = "it.search." + OffsetDateTime.now().getNano();
        Api.Reply created = Api.as(base, "admin").post("/api/v1/admin/users", """
                {"username":"%s","password":"long-enough-secret","roles":["HR_IMPORT"]}""".formatted(importer));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(Api.as(base, importer, "long-enough-secret")
                        .get("/api/v1/search?q=svalor")
                        .outcome())
                .as("the HR system's import account searches nothing")
                .isEqualTo(Api.BY_ROLE);
    }

    @Test
    void oneKindOfHitIsPagedTwentyAtATime() throws Exception {
        for (int i = 0; i < 23; i++) {
            Api.Reply story = Api.as(base, "eva")
                    .post(
                            "/api/v1/stories",
                            Json.createObjectBuilder()
                                    .add("title", "Bläddra kolibri " + i)
                                    .add("body", "Text.")
                                    .add("materialType", "BRAG")
                                    .build()
                                    .toString());
            assertThat(story.status()).as(story.toString()).isEqualTo(201);
        }
        try (Browser browser = Browser.open(base)) {
            browser.login("eva");
            search(browser, "kolibri");
            assertThat(hits(browser, "story")).hasSize(5);
            browser.driver()
                    .findElement(By.cssSelector("[data-search-group='story'] a.portal-search-all"))
                    .click();
            browser.waitFor(ExpectedConditions.urlContains("in=story"));
            assertThat(hits(browser, "story")).hasSize(20);
            assertThat(searchable(browser, "policy")).as("only the chosen kind").isFalse();
            browser.driver()
                    .findElement(By.cssSelector("[data-search-group='story'] a[id$='searchNext']"))
                    .click();
            browser.waitFor(ExpectedConditions.urlContains("page=1"));
            assertThat(hits(browser, "story")).hasSize(3);
            assertThat(browser.seriousAccessibilityViolations())
                    .as("second page of one kind")
                    .isEmpty();
        }
    }

    @Test
    void theCalendarsFiltersAndTheirListsAreAnnouncedByTheirLabels() throws Exception {
        try (Browser browser = Browser.open(base)) {
            browser.login("klara");
            browser.go("/story/calendar.xhtml");
            browser.waitForAjax();
            assertThat(browser.selectMenusNotNamedByTheirLabel())
                    .as("calendar filters on arrival")
                    .isEmpty();
            assertThat(browser.driver()
                            .findElement(By.cssSelector("[id='calendarForm:channelFilter'] [role='combobox']"))
                            .getAccessibleName())
                    .isEqualTo("Kanal");

            assertThat(browser.openSelectMenu("calendarForm:channelFilter").getAccessibleName())
                    .as("the open list of channels")
                    .isEqualTo("Kanal");

            // PrimeFaces writes the chosen option into the combobox's aria-label on every change
            WebElement chosen = browser.driver()
                    .findElement(By.cssSelector(
                            "[id='calendarForm:channelFilter_items'] li[data-label]:not([data-label='Alla'])"));
            String channel = chosen.getAttribute("data-label");
            chosen.click();
            By comboboxLocator = By.cssSelector("[id='calendarForm:channelFilter'] [role='combobox']");
            browser.waitFor(ExpectedConditions.textToBe(comboboxLocator, channel));
            browser.waitForAjax();
            WebElement combobox = browser.driver().findElement(comboboxLocator);
            assertThat(combobox.getAccessibleName())
                    .as("after choosing " + channel + " the filter is still announced by its label")
                    .isEqualTo("Kanal");
            assertThat(browser.selectMenusNotNamedByTheirLabel())
                    .as("calendar filters after a choice")
                    .isEmpty();
        }
    }

    @Test
    void theNavigationGathersEachModulesEntriesInOneMenuMarksWhereTheUserIsAndShowsTheWayBack() throws Exception {
        try (Browser browser = Browser.open(base)) {
            browser.login("klara");
            List<String> entries = browser.navigation();
            int topLevel = browser.driver()
                    .findElements(By.cssSelector("#mainNavList > li"))
                    .size();
            assertThat(topLevel)
                    .as("one entry per module instead of " + entries.size() + " in a row")
                    .isLessThanOrEqualTo(11);

            WebElement calendar =
                    browser.driver().findElement(By.cssSelector("[data-group='story'] a[data-nav='nav-calendar']"));
            assertThat(calendar.isDisplayed()).as("folded in its menu").isFalse();
            WebElement stories = browser.driver().findElement(By.cssSelector("[data-group='story'] > summary"));
            stories.click();
            browser.waitFor(ExpectedConditions.visibilityOf(calendar));
            assertThat(browser.seriousAccessibilityViolations())
                    .as("home page with a menu open")
                    .isEmpty();
            browser.driver()
                    .findElement(By.cssSelector("[data-group='press'] > summary"))
                    .click();
            assertThat(calendar.isDisplayed()).as("one menu open at a time").isFalse();
            browser.driver()
                    .findElement(By.cssSelector("[data-group='press'] > summary"))
                    .sendKeys(org.openqa.selenium.Keys.ESCAPE);
            assertThat(browser.driver().findElements(By.cssSelector("#mainNav details[open]")))
                    .as("Escape closes it")
                    .isEmpty();

            browser.driver()
                    .findElement(By.cssSelector("[data-group='story'] > summary"))
                    .click();
            browser.waitFor(ExpectedConditions.visibilityOf(calendar)).click();
            browser.waitFor(ExpectedConditions.urlContains("/story/calendar.xhtml"));
            assertThat(browser.driver()
                            .findElement(By.cssSelector("[data-group='story'] > summary"))
                            .getAttribute("class"))
                    .as("the menu of the current page is marked")
                    .contains("portal-nav-current");
            assertThat(browser.driver()
                            .findElement(By.cssSelector("a[data-nav='nav-calendar']"))
                            .getAttribute("aria-current"))
                    .isEqualTo("page");
            WebElement crumbs = browser.driver().findElement(By.cssSelector("nav.portal-breadcrumbs"));
            assertThat(crumbs.getText()).contains("Start").contains("Berättelser");
            crumbs.findElement(By.cssSelector("a[id$='crumbGroup']")).click();
            browser.waitFor(ExpectedConditions.urlContains("/story/index.xhtml"));
            assertThat(browser.controlsWithoutAFocusRing(12))
                    .as("menus and links keep a focus ring")
                    .isEmpty();
            assertThat(browser.layoutProblems()).isEmpty();
        }
    }
}
