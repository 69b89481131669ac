package se.ambassadorsportalen.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Petra at the press desk: a political question about dental care is routed to the dental
 * committee's chair with the reason in words, logged with a deadline, assigned and answered, and
 * the 30-day figures move. Klara teaches the vocabulary a synonym and the look-up finds it;
 * petra keeps the duty rota. The look-up, log, registry and routing pages pass axe.
 */
@ExtendWith(ArquillianExtension.class)
class PressJourneyIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    static int number(WebDriver driver, String id) {
        return Integer.parseInt(driver.findElement(By.id(id)).getText().trim());
    }

    /**
     * Puts a time into a date picker's input as the form will send it. Typing into PrimeFaces date
     * pickers proved unreliable in headless Chromium (the calendar sometimes swallows keys); what
     * these journeys test is the server's answer to the value.
     */
    static void setDate(WebDriver driver, By input, String text) {
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("arguments[0].value = arguments[1];", driver.findElement(input), text);
    }

    /** Waits for a text; on a timeout, says what the page showed instead and keeps a screenshot. */
    static void waitForText(Browser browser, By where, String text, String screenshot) {
        try {
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(where, text));
        } catch (org.openqa.selenium.TimeoutException e) {
            browser.screenshot(screenshot);
            throw new AssertionError(
                    "\"" + text + "\" did not show; the page said: "
                            + browser.driver().findElement(By.tagName("body")).getText(),
                    e);
        }
    }

    @Test
    void petraRoutesAPoliticalDentalQuestionLogsAssignsAndAnswersItAndTheFiguresChange() throws Exception {
        try (Browser browser = Browser.open(base)) {
            WebDriver driver = browser.driver();
            browser.login("petra");
            browser.go("/press/inquiries.xhtml");
            int inquiriesBefore = number(driver, "figInquiries");
            int answeredBefore = number(driver, "figAnswered");

            browser.go("/press/lookup.xhtml");
            assertThat(browser.seriousAccessibilityViolations())
                    .as("empty look-up")
                    .isEmpty();
            browser.type(By.id("lookupForm:q"), "Varför höjs avgifterna i tandvården?");
            driver.findElement(By.id("lookupForm:political")).click();
            driver.findElement(By.id("lookupForm:route")).click();
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("proposals")));

            String proposals = driver.findElement(By.id("proposals")).getText();
            assertThat(proposals)
                    .contains("Politisk fråga om")
                    .contains("Ordförande i tandvårdsnämnden")
                    .contains("Tomas Rydén");
            assertThat(browser.seriousAccessibilityViolations())
                    .as("look-up with proposals")
                    .isEmpty();
            assertThat(browser.datePickerButtonsWithMismatchedNames())
                    .as("date-picker buttons")
                    .isEmpty();
            assertThat(browser.layoutProblems())
                    .as("look-up with proposals: e-mail addresses and labels whole")
                    .isEmpty();
            WebElement box = driver.findElement(By.id("lookupForm:political"));
            WebElement label = driver.findElement(By.cssSelector("label[for='lookupForm:political']"));
            assertThat(label.getLocation().getX()
                            - (box.getLocation().getX() + box.getSize().getWidth()))
                    .as("the checkbox sits beside its label")
                    .isBetween(0, 16);

            browser.type(By.id("logForm:journalist"), "Greta Granskare");
            browser.type(By.id("logForm:outlet"), "Fjällmarks-Posten");
            String deadline = LocalDateTime.now(ZoneId.of("Europe/Stockholm"))
                    .plusHours(4)
                    .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
            browser.type(By.id("logForm:deadline_input"), deadline);
            driver.findElement(By.id("logForm:deadline_input")).sendKeys(Keys.ESCAPE);
            driver.findElement(By.id("logForm:log")).click();
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("selectedStatus")));
            assertThat(driver.findElement(By.id("selectedStatus")).getText()).isEqualTo("Ny");
            assertThat(driver.findElement(By.id("messages")).getText())
                    .as("the message kept over the redirect")
                    .contains("är loggad");
            assertThat(driver.findElement(By.cssSelector("[id='logTableForm:log_data'] tr"))
                            .getText())
                    .as("the log shows the latest received first, not the oldest deadlines")
                    .contains("Fjällmarks-Posten");
            assertThat(driver.findElement(By.id("inquiryPanel")).getText())
                    .contains("Varför höjs avgifterna i tandvården?")
                    .contains("Ordförande i tandvårdsnämnden");
            assertThat(driver.findElement(By.id("inquiryForm:close")).getText())
                    .as("says it sets the status, not that it closes the panel")
                    .isEqualTo("Markera förfrågan som stängd");
            assertThat(driver.findElements(By.cssSelector("[id='boardForm'] button, [id='logTableForm'] button")))
                    .as("row buttons are named by what they open, not by an id")
                    .extracting(WebElement::getAccessibleName)
                    .filteredOn(name -> name.startsWith("Visa"))
                    .isNotEmpty()
                    .noneMatch(name -> name.matches("Visa:? ?\\d+"))
                    .anyMatch(name -> name.contains("Fjällmarks-Posten, Greta Granskare"));

            driver.findElement(By.id("inquiryForm:assign")).click();
            browser.waitFor(ExpectedConditions.textToBe(By.id("selectedStatus"), "Tilldelad"));
            assertThat(driver.findElement(By.id("selectedAssignee")).getText()).isNotBlank();

            driver.findElement(By.id("inquiryForm:answer")).click();
            browser.waitFor(ExpectedConditions.textToBe(By.id("selectedStatus"), "Besvarad"));

            assertThat(number(driver, "figInquiries")).isEqualTo(inquiriesBefore + 1);
            assertThat(number(driver, "figAnswered")).isEqualTo(answeredBefore + 1);

            browser.go("/press/inquiries.xhtml");
            assertThat(number(driver, "figAnswered")).isEqualTo(answeredBefore + 1);
            assertThat(browser.seriousAccessibilityViolations())
                    .as("inquiry log")
                    .isEmpty();
            browser.logout();
            assertThat(browser.seriousViolationsInEnglish())
                    .as("the pages of this journey in English")
                    .isEmpty();
        }
    }

    @Test
    void theDeadlinePickersButtonIsBesideItsFieldAndLargeEnoughToHit() throws Exception {
        try (Browser browser = Browser.open(base)) {
            browser.login("petra");
            browser.go("/press/lookup.xhtml?q=" + URLEncoder.encode("bussar i vinter", StandardCharsets.UTF_8));
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("proposals")));
            WebElement trigger =
                    browser.driver().findElement(By.cssSelector("[id='logForm:deadline'] .ui-datepicker-trigger"));
            org.openqa.selenium.Rectangle box = trigger.getRect();
            assertThat(box.getWidth())
                    .as("the button's width, WCAG 2.5.8: " + box.getDimension())
                    .isGreaterThanOrEqualTo(24);
            assertThat(box.getHeight())
                    .as("the button's height, WCAG 2.5.8: " + box.getDimension())
                    .isGreaterThanOrEqualTo(24);
            org.openqa.selenium.Rectangle input = browser.driver()
                    .findElement(By.id("logForm:deadline_input"))
                    .getRect();
            assertThat(box.getY() + box.getHeight() / 2)
                    .as("the button sits beside the field it opens")
                    .isBetween(input.getY(), input.getY() + input.getHeight());
            trigger.click();
            browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("logForm:deadline_panel")));
        }
    }

    @Test
    void lookUpRefusesALoggedInquiryWithAPassedDeadlineAndKeepsWhatWasTyped() throws Exception {
        try (Browser browser = Browser.open(base)) {
            WebDriver driver = browser.driver();
            browser.login("petra");
            browser.go("/press/lookup.xhtml?q=" + java.net.URLEncoder.encode("bussar i vinter", "UTF-8"));
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("proposals")));
            browser.type(By.id("logForm:journalist"), "Sven Sen");
            browser.type(By.id("logForm:deadline_input"), "2020-01-01 10:00");
            driver.findElement(By.id("logForm:deadline_input")).sendKeys(Keys.ESCAPE);
            driver.findElement(By.id("logForm:log")).click();

            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("logForm"), "Deadline har redan passerat"));
            assertThat(driver.findElement(By.id("logForm:journalist")).getAttribute("value"))
                    .isEqualTo("Sven Sen");
        }
    }

    @Test
    void homeCardShowsTheDeskAndItsSearchBoxRoutes() throws Exception {
        try (Browser browser = Browser.open(base)) {
            WebDriver driver = browser.driver();
            browser.login("petra");
            assertThat(driver.findElement(By.id("cardPress")).getText()).contains("Pressdesken");
            browser.type(By.id("pressSearchQ"), "vädret i fjällen");
            driver.findElement(By.cssSelector("#pressSearch button")).click();

            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("proposals")));
            assertThat(driver.findElement(By.id("notices")).getText()).contains("matchade inget ämne");
            assertThat(driver.findElement(By.id("lookupForm:q")).getAttribute("value"))
                    .isEqualTo("vädret i fjällen");
        }
    }

    @Test
    void pressReleasePageExplainsInternalBeforeExternalAndIsAccessible() throws Exception {
        try (Browser browser = Browser.open(base)) {
            browser.login("klara");
            browser.go("/press/releases.xhtml");

            assertThat(browser.driver().findElement(By.id("main")).getText()).contains("Internt före externt");
            assertThat(browser.driver()
                            .findElement(By.id("releaseForm:earlyReason"))
                            .isDisplayed())
                    .isTrue();
            assertThat(browser.seriousAccessibilityViolations())
                    .as("press releases")
                    .isEmpty();
        }
    }

    @Test
    void registryShowsAbsencesWithDeputiesAndThePageIsAccessible() throws Exception {
        try (Browser browser = Browser.open(base)) {
            WebDriver driver = browser.driver();
            browser.login("klara");
            browser.go("/press/registry.xhtml");

            assertThat(driver.findElement(By.id("absenceListForm:absences")).getText())
                    .contains("Marianne Frisk")
                    .contains("Eva-Karin Lund")
                    .contains("Birgitta Falk");
            assertThat(driver.findElement(By.id("registryForm:registry")).getText())
                    .contains("Borta till");
            assertThat(browser.seriousAccessibilityViolations()).as("registry").isEmpty();

            driver.findElement(By.cssSelector("[id='registryForm:registry'] tbody tr:first-child button"))
                    .click();
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("spokespersonPanel"), "Ändra talesperson"));
            browser.type(By.id("spokespersonForm:languages"), "svenska, engelska, teckenspråk");
            String deputy = browser.chooseWithKeyboard("spokespersonForm:deputy", "trafikdirektör")
                    .split(",")[0];
            assertThat(browser.seriousAccessibilityViolations())
                    .as("registry with the edit form")
                    .isEmpty();

            // a time that is no time is refused beside its field, and the form keeps everything typed
            String officeFrom =
                    driver.findElement(By.id("spokespersonForm:officeFrom")).getAttribute("value");
            browser.type(By.id("spokespersonForm:officeFrom"), "kl 8");
            driver.findElement(By.id("spokespersonForm:saveSpokesperson")).click();
            waitForText(
                    browser,
                    By.xpath("//div[contains(@class,'field')][.//input[@id='spokespersonForm:officeFrom']]"),
                    "går inte att läsa",
                    "press-registry-refused");
            assertThat(driver.findElement(By.id("spokespersonForm:officeFrom")).getAttribute("value"))
                    .isEqualTo("kl 8");
            assertThat(driver.findElement(By.id("spokespersonForm:languages")).getAttribute("value"))
                    .isEqualTo("svenska, engelska, teckenspråk");
            browser.type(By.id("spokespersonForm:officeFrom"), officeFrom);
            driver.findElement(By.id("spokespersonForm:saveSpokesperson")).click();
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "är sparad i registret"));
            assertThat(driver.findElement(By.id("registryForm:registry")).getText())
                    .contains("teckenspråk")
                    .contains(deputy);

            String absent = browser.chooseWithKeyboard("absenceForm:absenceOf", "kulturdirektör")
                    .split(",")[0];
            LocalDateTime monday = LocalDateTime.now(ZoneId.of("Europe/Stockholm"))
                    .plusWeeks(9)
                    .withHour(8)
                    .withMinute(0);
            DateTimeFormatter format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
            setDate(driver, By.id("absenceForm:absenceStarts_input"), format.format(monday));
            setDate(driver, By.id("absenceForm:absenceEnds_input"), format.format(monday.plusDays(2)));
            driver.findElement(By.id("absenceForm:addAbsence")).click();
            waitForText(browser, By.id("main"), "Frånvaron är sparad", "press-absence-added");
            assertThat(absent).isEqualTo("Stina Ekberg");
            assertThat(browser.seriousAccessibilityViolations())
                    .as("registry after adding an absence")
                    .isEmpty();
        }
    }

    @Test
    void klaraAddsASynonymToATopicAndTheLookUpThenFindsTheSpokespeopleByIt() throws Exception {
        try (Browser browser = Browser.open(base)) {
            WebDriver driver = browser.driver();
            browser.login("klara");
            browser.go("/press/lookup.xhtml?q=" + URLEncoder.encode("käkortopedi", StandardCharsets.UTF_8));
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("notices")));
            assertThat(driver.findElement(By.id("notices")).getText()).contains("matchade inget ämne");

            browser.go("/press/routing.xhtml");
            assertThat(browser.seriousAccessibilityViolations())
                    .as("topics, rules and duty")
                    .isEmpty();
            WebElement nameFilter = driver.findElement(By.cssSelector("[id='topicListForm:topics'] thead input"));
            nameFilter.sendKeys("Folktandvården");
            browser.waitFor(ExpectedConditions.numberOfElementsToBeLessThan(
                    By.cssSelector("[id='topicListForm:topics'] tbody tr"), 3));
            By edit = By.cssSelector("[id='topicListForm:topics'] button[aria-label='Ändra Folktandvården']");
            browser.waitFor(ExpectedConditions.elementToBeClickable(edit)).click();
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("topicPanel"), "Ändra ämne"));
            assertThat(driver.findElement(By.id("topicForm:synonyms")).getAttribute("value"))
                    .contains("tandläkare");

            driver.findElement(By.id("topicForm:synonyms")).sendKeys(", Käkortopedi");
            driver.findElement(By.id("topicForm:name")).clear();
            driver.findElement(By.id("topicForm:saveTopic")).click();
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("topicForm"), "Ange ämnets namn"));
            assertThat(driver.findElement(By.id("topicForm:synonyms")).getAttribute("value"))
                    .endsWith(", Käkortopedi");
            assertThat(browser.seriousAccessibilityViolations())
                    .as("topic form with a message")
                    .isEmpty();

            browser.type(By.id("topicForm:name"), "Folktandvården");
            driver.findElement(By.id("topicForm:saveTopic")).click();
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "är sparat"));
            browser.waitFor(
                    ExpectedConditions.textToBePresentInElementLocated(By.id("topicListForm:topics"), "käkortopedi"));

            browser.go("/press/lookup.xhtml?q="
                    + URLEncoder.encode("Hur lång är kön till käkortopedi?", StandardCharsets.UTF_8));
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("proposals")));
            assertThat(driver.findElement(By.id("notices")).getText())
                    .contains("Folktandvården")
                    .doesNotContain("matchade inget ämne");
            assertThat(driver.findElement(By.id("proposals")).getText())
                    .contains("Fråga inom ett område om Folktandvården");
        }
    }

    @Test
    void petraReadsTheRulesWithoutChangingThemAndAddsAnOnCallShiftAfterARefusedOne() throws Exception {
        try (Browser browser = Browser.open(base)) {
            WebDriver driver = browser.driver();
            browser.login("petra");
            browser.go("/press/routing.xhtml");

            assertThat(driver.findElement(By.id("rulesForm:rules")).getText()).contains("Politisk fråga");
            assertThat(driver.findElements(By.id("ruleForm"))).isEmpty();
            assertThat(driver.findElement(By.id("rulesReadOnly")).getText()).contains("Kommunikatörerna");

            String name = browser.chooseWithKeyboard("shiftForm:shiftOf", "ordförande")
                    .split(",")[0];
            LocalDateTime friday = LocalDateTime.now(ZoneId.of("Europe/Stockholm"))
                    .plusWeeks(6)
                    .withHour(17)
                    .withMinute(0);
            DateTimeFormatter format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
            setDate(driver, By.id("shiftForm:starts_input"), format.format(friday));
            setDate(driver, By.id("shiftForm:ends_input"), format.format(friday.minusHours(2)));
            driver.findElement(By.id("shiftForm:addShift")).click();
            waitForText(browser, By.id("shiftForm"), "måste sluta efter att det börjar", "press-rota-refused");
            assertThat(driver.findElement(By.id("shiftForm:starts_input")).getAttribute("value"))
                    .isEqualTo(format.format(friday));

            setDate(driver, By.id("shiftForm:ends_input"), format.format(friday.plusDays(3)));
            assertThat(driver.findElement(By.id("shiftForm:ends_input")).getAttribute("value"))
                    .isEqualTo(format.format(friday.plusDays(3)));
            driver.findElement(By.id("shiftForm:addShift")).click();
            waitForText(browser, By.id("main"), "är tillagt", "press-rota-added");
            assertThat(driver.findElement(By.id("shiftForm:starts_input")).getAttribute("value"))
                    .isEmpty();
            assertThat(browser.seriousAccessibilityViolations())
                    .as("duty rota after adding a shift")
                    .isEmpty();

            WebElement nameFilter = driver.findElement(By.cssSelector("[id='rotaForm:rota'] thead input"));
            nameFilter.sendKeys(name.substring(name.lastIndexOf(' ') + 1));
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("rotaForm:rota"),
                    DateTimeFormatter.ofPattern("yyyy-MM-dd 17:00").format(friday)));
        }
    }

    @Test
    void klaraAddsARuleMovesItUpAndRemovesItAgainFromThePortal() throws Exception {
        try (Browser browser = Browser.open(base)) {
            WebDriver driver = browser.driver();
            browser.login("klara");
            browser.go("/press/routing.xhtml");
            By rows = By.cssSelector("[id='rulesForm:rules'] tbody tr");
            int before = driver.findElements(rows).size();
            assertThat(driver.findElement(By.id("rulesForm:rules")).getText()).doesNotContain("Alltid");

            driver.findElement(By.id("ruleForm:saveRule")).click();
            browser.waitFor(
                    ExpectedConditions.textToBePresentInElementLocated(By.id("ruleForm"), "Ange när regeln gäller"));
            assertThat(browser.seriousAccessibilityViolations())
                    .as("rule form with a message")
                    .isEmpty();

            new Select(driver.findElement(By.id("ruleForm:condition"))).selectByVisibleText("Alltid");
            new Select(driver.findElement(By.id("ruleForm:targets")))
                    .selectByVisibleText("Kommunikationsavdelningens samordnare");
            driver.findElement(By.id("ruleForm:saveRule")).click();
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "är sparad"));
            browser.waitFor(ExpectedConditions.numberOfElementsToBe(rows, before + 1));
            assertThat(driver.findElements(rows).get(before).getText()).contains("Alltid");

            driver.findElement(By.cssSelector("button[aria-label='Flytta upp " + (before + 1) + "']"))
                    .click();
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("[id='rulesForm:rules'] tbody tr:nth-child(" + before + ")"), "Alltid"));

            driver.findElement(By.cssSelector("button[aria-label='Ta bort regel " + before + "']"))
                    .click();
            browser.waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
                    .click();
            browser.waitFor(ExpectedConditions.numberOfElementsToBe(rows, before));
            assertThat(driver.findElement(By.id("rulesForm:rules")).getText()).doesNotContain("Alltid");
        }
    }

    @Test
    void exportOfAReversedPeriodIsRefusedAtTheFieldAndOnlyPressOfficersSeeTheExport() throws Exception {
        try (Browser browser = Browser.open(base)) {
            WebDriver driver = browser.driver();
            browser.login("petra");
            browser.go("/press/inquiries.xhtml");
            setDate(driver, By.id("exportForm:from_input"), "2026-02-01");
            setDate(driver, By.id("exportForm:to_input"), "2026-01-01");
            driver.findElement(By.id("exportForm:exportXlsx")).click();

            waitForText(browser, By.id("exportForm"), "Periodens slut måste ligga efter", "press-export-refused");
            assertThat(driver.findElement(By.id("exportForm:from_input")).getAttribute("value"))
                    .isEqualTo("2026-02-01");
            assertThat(driver.findElement(By.id("exportForm:to_input")).getAttribute("value"))
                    .isEqualTo("2026-01-01");

            LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
            setDate(driver, By.id("exportForm:from_input"), today.minusDays(30).toString());
            setDate(driver, By.id("exportForm:to_input"), today.toString());
            Object download = ((org.openqa.selenium.JavascriptExecutor) driver)
                    .executeAsyncScript("const done = arguments[arguments.length - 1];"
                            + "const form = document.getElementById('exportForm');"
                            + "const data = new URLSearchParams(new FormData(form));"
                            + "data.append('exportForm:exportXlsx', '');"
                            + "fetch(form.action, {method: 'POST', body: data}).then(r => r.arrayBuffer().then(b => {"
                            + "  const bytes = new Uint8Array(b);"
                            + "  done(r.headers.get('content-type') + ' ' + String.fromCharCode(bytes[0], bytes[1]) + ' ' + b.byteLength);"
                            + "}));");
            assertThat(String.valueOf(download))
                    .as("the workbook the page streams")
                    .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet PK ");
            browser.logout();

            browser.login("klara");
            browser.go("/press/inquiries.xhtml");
            assertThat(driver.findElements(By.id("exportForm"))).isEmpty();
        }
    }
}
