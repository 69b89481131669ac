package se.ambassadorsportalen.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
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
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Petra at the press desk: a political question about dental care is routed to the dental
 * committee's chair with the reason in words, logged with a deadline, assigned and answered, and
 * the 30-day figures move. The look-up, log and registry pages pass axe.
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

    @Test
    void petraRoutesAPoliticalDentalQuestionLogsAssignsAndAnswersItAndTheFiguresChange() throws Exception {
        try (Browser browser = Browser.open(base)) {
            WebDriver driver = browser.driver();
            browser.login("petra");
            browser.go("/press/inquiries.xhtml");
            int inquiriesBefore = number(driver, "figInquiries");
            int answeredBefore = number(driver, "figAnswered");

            browser.go("/press/lookup.xhtml");
            assertThat(browser.seriousAccessibilityViolations()).as("empty look-up").isEmpty();
            browser.type(By.id("lookupForm:q"), "Varför höjs avgifterna i tandvården?");
            driver.findElement(By.id("lookupForm:political")).click();
            driver.findElement(By.id("lookupForm:route")).click();
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("proposals")));

            String proposals = driver.findElement(By.id("proposals")).getText();
            assertThat(proposals).contains("Politisk fråga om").contains("Ordförande i tandvårdsnämnden")
                    .contains("Tomas Rydén");
            assertThat(browser.seriousAccessibilityViolations()).as("look-up with proposals").isEmpty();

            browser.type(By.id("logForm:journalist"), "Greta Granskare");
            browser.type(By.id("logForm:outlet"), "Fjällmarks-Posten");
            String deadline = LocalDateTime.now(ZoneId.of("Europe/Stockholm")).plusHours(4)
                    .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
            browser.type(By.id("logForm:deadline_input"), deadline);
            driver.findElement(By.id("logForm:deadline_input")).sendKeys(Keys.ESCAPE);
            driver.findElement(By.id("logForm:log")).click();
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("selectedStatus")));
            assertThat(driver.findElement(By.id("selectedStatus")).getText()).isEqualTo("Ny");
            assertThat(driver.findElement(By.id("inquiryPanel")).getText()).contains("Varför höjs avgifterna i tandvården?")
                    .contains("Ordförande i tandvårdsnämnden");

            driver.findElement(By.id("inquiryForm:assign")).click();
            browser.waitFor(ExpectedConditions.textToBe(By.id("selectedStatus"), "Tilldelad"));
            assertThat(driver.findElement(By.id("selectedAssignee")).getText()).isNotBlank();

            driver.findElement(By.id("inquiryForm:answer")).click();
            browser.waitFor(ExpectedConditions.textToBe(By.id("selectedStatus"), "Besvarad"));

            assertThat(number(driver, "figInquiries")).isEqualTo(inquiriesBefore + 1);
            assertThat(number(driver, "figAnswered")).isEqualTo(answeredBefore + 1);

            browser.go("/press/inquiries.xhtml");
            assertThat(number(driver, "figAnswered")).isEqualTo(answeredBefore + 1);
            assertThat(browser.seriousAccessibilityViolations()).as("inquiry log").isEmpty();
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

            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("logForm"), "Deadline har redan passerat"));
            assertThat(driver.findElement(By.id("logForm:journalist")).getAttribute("value")).isEqualTo("Sven Sen");
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
            assertThat(driver.findElement(By.id("lookupForm:q")).getAttribute("value")).isEqualTo("vädret i fjällen");
        }
    }

    @Test
    void pressReleasePageExplainsInternalBeforeExternalAndIsAccessible() throws Exception {
        try (Browser browser = Browser.open(base)) {
            browser.login("klara");
            browser.go("/press/releases.xhtml");

            assertThat(browser.driver().findElement(By.id("main")).getText()).contains("Internt före externt");
            assertThat(browser.driver().findElement(By.id("releaseForm:earlyReason")).isDisplayed()).isTrue();
            assertThat(browser.seriousAccessibilityViolations()).as("press releases").isEmpty();
        }
    }

    @Test
    void registryShowsAbsencesWithDeputiesAndThePageIsAccessible() throws Exception {
        try (Browser browser = Browser.open(base)) {
            WebDriver driver = browser.driver();
            browser.login("klara");
            browser.go("/press/registry.xhtml");

            assertThat(driver.findElement(By.id("absenceListForm:absences")).getText())
                    .contains("Marianne Frisk").contains("Eva-Karin Lund").contains("Birgitta Falk");
            assertThat(driver.findElement(By.id("registryForm:registry")).getText()).contains("Borta till");
            assertThat(browser.seriousAccessibilityViolations()).as("registry").isEmpty();

            driver.findElement(By.cssSelector("[id='registryForm:registry'] tbody tr:first-child button")).click();
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("spokespersonPanel"), "Ändra talesperson"));
            browser.type(By.id("spokespersonForm:languages"), "svenska, engelska, teckenspråk");
            assertThat(browser.seriousAccessibilityViolations()).as("registry with the edit form").isEmpty();
            driver.findElement(By.id("spokespersonForm:saveSpokesperson")).click();
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "är sparad i registret"));
            assertThat(driver.findElement(By.id("registryForm:registry")).getText()).contains("teckenspråk");
        }
    }
}
