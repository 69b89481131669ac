package se.ambassadorsportalen.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
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
 * The ambassador programme in the browser, end to end: Eva signs up, her manager Magnus endorses,
 * Klara accepts, Eva completes the relay training and asks for a week, Klara confirms it, and the
 * rota shows Eva's week. Every page on the way passes an axe check.
 */
@ExtendWith(ArquillianExtension.class)
class AmbassadorJourneyIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @Test
    void evaSignsUpMagnusEndorsesKlaraAcceptsEvaTrainsAndGetsARelayWeek() throws Exception {
        Api.as(base, "eva").delete("/api/v1/ambassadors/me"); // a clean start even on a reused database
        try (Browser browser = Browser.open(base)) {
            // Eva signs up on her phone
            browser.login("eva");
            browser.phone(Browser.PHONE_WIDTH);
            browser.go("/ambassador/me.xhtml");
            assertThat(browser.seriousAccessibilityViolations())
                    .as("sign-up page")
                    .isEmpty();
            assertThat(browser.phoneProblems()).as("sign-up page on a phone").isEmpty();
            browser.type(
                    By.id("profileForm:motivation"), "Jag vill visa hur det är att vara sjuksköterska på medicin.");
            browser.driver()
                    .findElement(By.cssSelector("[id='profileForm:activeINSTAGRAM'] .ui-chkbox-box"))
                    .click();
            browser.type(By.id("profileForm:handleINSTAGRAM"), "eva bad handle");
            // a handle beside a channel she did not tick is refused, not dropped unseen
            browser.type(By.id("profileForm:handleLINKEDIN"), "eva-lindqvist");
            browser.driver().findElement(By.id("profileForm:save")).click();
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("profileForm"), "men inte kryssat i LinkedIn"));
            assertThat(browser.fieldValue(By.id("profileForm:handleLINKEDIN"))).isEqualTo("eva-lindqvist");
            browser.type(By.id("profileForm:handleLINKEDIN"), "");
            browser.driver().findElement(By.id("profileForm:save")).click();
            browser.waitFor(
                    ExpectedConditions.textToBePresentInElementLocated(By.id("profileForm"), "går inte att använda"));
            assertThat(browser.driver()
                            .findElement(By.id("profileForm:motivation"))
                            .getAttribute("value"))
                    .startsWith("Jag vill");
            browser.type(By.id("profileForm:handleINSTAGRAM"), "eva.medicin3");
            browser.type(By.id("profileForm:topics"), "Internmedicin, Diabetes");
            browser.driver().findElement(By.id("profileForm:save")).click();
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("myStatus")));
            assertThat(browser.driver().findElement(By.id("myStatus")).getText())
                    .contains("Ansökt");
            assertThat(browser.driver().findElement(By.cssSelector("h1")).getText())
                    .as("no longer asked to join")
                    .isEqualTo("Mitt ambassadörskap");
            assertThat(browser.phoneProblems())
                    .as("profile page after sign-up on a phone")
                    .isEmpty();
            browser.desktop();
            browser.go("/ambassador/me.xhtml"); // the axe checks run without the layout's info message (see the report)
            assertThat(browser.seriousAccessibilityViolations())
                    .as("profile page after sign-up")
                    .isEmpty();
            browser.logout();

            // Magnus, her manager, endorses on his home page
            browser.login("magnus");
            assertThat(browser.seriousAccessibilityViolations())
                    .as("manager's home page")
                    .isEmpty();
            WebElement application = rowContaining(browser, "endorseForm:staffApplications", "Eva Lindqvist");
            application.findElement(By.cssSelector("textarea")).sendKeys("Eva är en förebild för nya kollegor.");
            application.findElement(By.cssSelector("button[id$=':endorse']")).click();
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("messages"), "Ditt omdöme om Eva Lindqvist"));
            assertThat(browser.layoutProblems())
                    .as("the outcome is told once, at the top")
                    .isEmpty();
            assertThat(browser.seriousAccessibilityViolations())
                    .as("manager's home page after endorsing")
                    .isEmpty();
            browser.logout();

            // Klara accepts
            browser.login("klara");
            assertThat(browser.driver().findElement(By.id("cardProgramme")).getText())
                    .contains("Ansökningar som väntar");
            browser.go("/ambassador/manage/applications.xhtml");
            assertThat(browser.seriousAccessibilityViolations())
                    .as("applications page")
                    .isEmpty();
            WebElement row = rowContaining(browser, "applicationsForm:applications", "Eva Lindqvist");
            assertThat(row.getText()).contains("Eva är en förebild");
            row.findElement(By.cssSelector("button[id$=':accept']")).click();
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("messages"), "Eva Lindqvist är nu ambassadör"));
            browser.logout();

            // Eva completes the relay training and asks for a free week
            browser.login("eva");
            browser.go("/ambassador/training.xhtml");
            assertThat(browser.seriousAccessibilityViolations())
                    .as("training page")
                    .isEmpty();
            complete(browser, "Grunder i sociala medier", "Uppgifter om patienter");
            // two questions, both must be right: one wrong answer is not enough
            open(browser, "Veckans instagrammare");
            assertThat(browser.driver().findElements(By.cssSelector("[id='moduleForm'] fieldset legend")))
                    .extracting(WebElement::getText)
                    .containsExactly(
                            "1. Hur många inlägg om dagen gäller under din vecka?",
                            "2. När får en kollega synas i dina inlägg?");
            choose(browser, 0, "Ett till tre");
            choose(browser, 1, "Om ansiktet inte syns");
            browser.driver().findElement(By.id("moduleForm:complete")).click();
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("moduleForm"), "1 rätt av 2"));
            assertThat(browser.seriousAccessibilityViolations())
                    .as("training page with a two-question quiz")
                    .isEmpty();
            choose(browser, 1, "Bara om kollegan har sagt ja");
            browser.driver().findElement(By.id("moduleForm:complete")).click();
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("messages"), "Veckans instagrammare är klar"));
            // ... on her phone
            browser.phone(Browser.PHONE_WIDTH);
            browser.go("/ambassador/relay.xhtml");
            assertThat(browser.seriousAccessibilityViolations()).as("rota page").isEmpty();
            assertThat(browser.phoneProblems()).as("rota page on a phone").isEmpty();
            WebElement gap = browser.driver().findElements(By.cssSelector("[id='aheadForm:ahead'] tbody tr")).stream()
                    .filter(r -> r.getText().contains("Ledig"))
                    .findFirst()
                    .orElseThrow();
            String week = gap.findElement(By.cssSelector("span[id$=':week']")).getText();
            gap.findElement(By.cssSelector("button[id$=':request']")).click();
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("messages"), "Du har bett om vecka " + week));
            assertThat(browser.phoneProblems())
                    .as("rota page with the request on a phone")
                    .isEmpty();
            browser.desktop();
            browser.logout();

            // Klara confirms it, and the rota shows Eva's week
            browser.login("klara");
            browser.go("/ambassador/relay.xhtml");
            WebElement request = rowContaining(browser, "requestsForm:requests", "Eva Lindqvist");
            assertThat(request.getText()).contains(week);
            request.findElement(By.cssSelector("button[id$=':confirm']")).click();
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("messages"), "Vecka " + week + " är bekräftad för Eva Lindqvist"));
            browser.go("/ambassador/relay.xhtml");
            WebElement evasWeek = rowContaining(browser, "aheadForm:ahead", week);
            assertThat(evasWeek.getText()).contains("Eva Lindqvist").contains("Bekräftad");
            assertThat(browser.seriousAccessibilityViolations())
                    .as("rota page for communicators")
                    .isEmpty();
            browser.logout();

            browser.login("eva");
            assertThat(browser.driver().findElement(By.id("cardAmbassador")).getText())
                    .contains(week);
            browser.logout();
            assertThat(browser.seriousViolationsInEnglish())
                    .as("the pages of this journey in English")
                    .isEmpty();
        }
    }

    @Test
    void directoryAndBreadthPagesAreAccessibleAndFlagShortageProfessions() throws Exception {
        try (Browser browser = Browser.open(base)) {
            browser.login("klara");
            browser.go("/ambassador/directory/directory.xhtml");
            assertThat(browser.seriousAccessibilityViolations())
                    .as("directory page")
                    .isEmpty();
            browser.type(By.id("searchForm:language"), "arabiska");
            browser.driver().findElement(By.id("searchForm:search")).click();
            browser.waitFor(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("tableForm:ambassadors"), "Linnea Strand")));
            assertThat(browser.driver()
                            .findElement(By.id("tableForm:ambassadors"))
                            .getText())
                    .contains("Ahmed Yusuf");

            browser.go("/ambassador/directory/breadth.xhtml");
            assertThat(browser.seriousAccessibilityViolations())
                    .as("breadth page")
                    .isEmpty();
            assertThat(browser.driver().findElement(By.id("flagged")).getText()).contains("Tandläkare");

            browser.go("/ambassador/manage/training.xhtml");
            assertThat(browser.seriousAccessibilityViolations())
                    .as("training editor")
                    .isEmpty();
            browser.logout();
        }
    }

    @Test
    void klaraWritesAModuleWithSeveralQuestionsAddingAndRemovingThemBeforeSaving() throws Exception {
        String title = "Att svara på kommentarer "
                + java.util.UUID.randomUUID().toString().substring(0, 6);
        try (Browser browser = Browser.open(base)) {
            browser.login("klara");
            browser.go("/ambassador/manage/training.xhtml");
            browser.type(By.id("moduleForm:title"), title);
            browser.type(
                    By.id("moduleForm:content"),
                    "Svara vänligt och sakligt. Hänvisa frågor om patienter till rätt kanal.");
            for (int i = 0; i < 3; i++) {
                browser.driver().findElement(By.id("moduleForm:addQuestion")).click();
                int expected = i + 1;
                browser.waitFor(driver -> driver.findElements(By.cssSelector("[id='moduleForm:quiz'] fieldset"))
                                .size()
                        == expected);
            }
            String[][] rows = {
                {"Hur svarar du på en arg kommentar?", "Vänligt och sakligt\nInte alls\nMed samma ton", "1"},
                {"Fråga som tas bort", "A\nB", "2"},
                {"Vart hänvisar du frågor om en patient?", "Till kommentarsfältet\nTill rätt kanal", "2"}
            };
            for (int i = 0; i < rows.length; i++) {
                browser.type(By.id("moduleForm:questions:" + i + ":question"), rows[i][0]);
                browser.type(By.id("moduleForm:questions:" + i + ":options"), rows[i][1]);
                browser.type(By.id("moduleForm:questions:" + i + ":answer_input"), rows[i][2]);
            }
            browser.driver()
                    .findElement(By.id("moduleForm:questions:1:removeQuestion"))
                    .click();
            browser.waitFor(driver -> driver.findElements(By.cssSelector("[id='moduleForm:quiz'] fieldset"))
                            .size()
                    == 2);
            assertThat(browser.driver()
                            .findElement(By.id("moduleForm:questions:1:question"))
                            .getAttribute("value"))
                    .as("the question after the removed one keeps what was typed")
                    .isEqualTo(rows[2][0]);
            assertThat(browser.driver().findElement(By.id("moduleForm:title")).getAttribute("value"))
                    .isEqualTo(title);
            assertThat(browser.seriousAccessibilityViolations())
                    .as("training editor with questions")
                    .isEmpty();

            browser.type(By.id("moduleForm:questions:1:answer_input"), "3");
            browser.driver().findElement(By.id("moduleForm:save")).click();
            browser.waitFor(
                    ExpectedConditions.textToBePresentInElementLocated(By.id("moduleForm"), "Välj vilket alternativ"));
            WebElement answer = browser.driver().findElement(By.id("moduleForm:questions:1:answer_input"));
            answer.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), "2");
            assertThat(answer.getAttribute("value")).isEqualTo("2");
            browser.driver().findElement(By.id("moduleForm:save")).click();
            WebElement saved = rowContaining(browser, "modulesForm:modules", title);
            assertThat(saved.findElements(By.cssSelector("td")).get(2).getText())
                    .as("questions")
                    .isEqualTo("2");
            browser.logout();

            browser.login("petra");
            browser.go("/ambassador/directory/breadth.xhtml");
            assertThat(browser.driver().findElements(By.id("shortageForm"))).isEmpty();
            browser.logout();
        }
    }

    private static WebElement rowContaining(Browser browser, String tableId, String text) {
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id(tableId), text));
        return browser.driver().findElements(By.cssSelector("[id='" + tableId + "'] tbody tr")).stream()
                .filter(r -> r.getText().contains(text))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void hrSeesEachUnitsRecommendationRateBesideItsShareOfAmbassadors() throws Exception {
        try (Browser browser = Browser.open(base)) {
            browser.login("hanna");
            browser.go("/recommendation/dashboard.xhtml");

            String table = browser.driver()
                    .findElement(By.id("dashboardForm:effectTable"))
                    .getText();
            assertThat(table).contains("Medicinavdelning 3").contains("Andel ambassadörer");
            assertThat(table).doesNotContain("Hälso- och sjukvårdsförvaltningen");
            assertThat(browser.driver().findElements(By.cssSelector("[id='dashboardForm:effectChart'] canvas")))
                    .isNotEmpty();
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();

            browser.logout();
            browser.login("magnus");
            browser.go("/recommendation/dashboard.xhtml");
            assertThat(browser.driver().findElements(By.id("dashboardForm:effect")))
                    .as("managers see no programme section")
                    .isEmpty();
        }
    }

    private static void open(Browser browser, String module) {
        rowContaining(browser, "modulesForm:modules", module);
        WebElement row = browser.driver().findElements(By.cssSelector("[id='modulesForm:modules'] tbody tr")).stream()
                .filter(r -> r.findElement(By.cssSelector("td")).getText().equals(module))
                .findFirst()
                .orElseThrow();
        row.findElement(By.cssSelector("button[id$=':open']")).click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("moduleTitle"), module));
    }

    /** Picks the option with the given label in the {@code question}-th (from 0) radio group. */
    private static void choose(Browser browser, int question, String answer) {
        browser
                .driver()
                .findElements(By.cssSelector("[id='moduleForm:answers:" + question + ":answer'] label"))
                .stream()
                .filter(label -> label.getText().equals(answer))
                .findFirst()
                .orElseThrow()
                .click();
    }

    /** Opens a module and picks, for each of its questions in turn, the option with the given label. */
    private static void complete(Browser browser, String module, String... answers) {
        open(browser, module);
        for (int question = 0; question < answers.length; question++) {
            choose(browser, question, answers[question]);
        }
        browser.driver().findElement(By.id("moduleForm:complete")).click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), module + " är klar"));
    }
}
