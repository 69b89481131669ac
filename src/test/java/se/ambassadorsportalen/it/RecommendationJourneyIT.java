package se.ambassadorsportalen.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Hanna creates a survey round and imports its answers from a file, follows the import's
 * progress to its report, sees the trend with the target line and the unit table with suppressed cells; Magnus then sees only his own units and
 * the organisation. Both pages pass the axe check.
 */
@ExtendWith(ArquillianExtension.class)
class RecommendationJourneyIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.modules("recommendation");
    }

    @ArquillianResource
    URL base;

    @Test
    void hannaImportsARoundAndMagnusSeesOnlyHisUnits() throws Exception {
        Path file = Files.createTempFile("svar", ".csv");
        StringBuilder csv = new StringBuilder("enhet;svar;åldersgrupp\n");
        csv.append("HSF-MED3;5;30–39\n".repeat(16)).append("HSF-MED3;2;50–59\n".repeat(4));
        // a survey tool that exports names instead of codes: the name of a unit is accepted as well
        csv.append("Akutmottagningen Älvstad;4;30–39\n".repeat(9)).append("HSF-AKUT;1;30–39\n".repeat(3));
        csv.append("HSF-PSY;5;40–49\n".repeat(2));
        csv.append("HSF-LAB;5;40–49\n".repeat(7)).append("HSF-LAB;3;40–49\n".repeat(2));
        Files.writeString(file, csv, StandardCharsets.UTF_8);

        try (Browser browser = Browser.open(base)) {
            try {
                journey(browser, file);
                assertThat(browser.seriousViolationsInEnglish())
                        .as("the pages of this journey in English")
                        .isEmpty();
            } catch (AssertionError | RuntimeException e) {
                browser.screenshot("recommendation-journey");
                throw e;
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private void journey(Browser browser, Path file) {
        browser.login("hanna");
        browser.go("/recommendation/import.xhtml");
        assertThat(browser.seriousAccessibilityViolations()).as("import page").isEmpty();

        browser.type(By.id("roundForm:name"), "Pulsmätning 2099");
        browser.type(By.id("roundForm:heldOn_input"), "2099-03-01");
        browser.driver().findElement(By.cssSelector("h1")).click(); // closes the date picker
        browser.driver().findElement(By.id("roundForm:createRound")).click();
        browser.waitFor(
                ExpectedConditions.textToBePresentInElementLocated(By.id("roundTableForm:rounds"), "Pulsmätning 2099"));
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.id("uploadForm:round_label"), "Pulsmätning 2099"));

        assertThat(browser.driver().findElement(By.id("templateForm:template")).getText())
                .contains("enhetskoder");
        rejectedFileIsSummarisedByReasonAndSaysHowManyRowsAreListed(browser);

        browser.driver()
                .findElement(By.id("uploadForm:file"))
                .sendKeys(file.toAbsolutePath().toString());
        browser.driver().findElement(By.id("uploadForm:importButton")).click();
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("importForm:importProgress")));
        WebElement outcome = browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("reportOutcome")));
        assertThat(outcome.getText())
                .contains("Importerad")
                .contains("43 rader")
                .contains("CSV");
        WebElement status = browser.driver().findElement(By.id("importStatus"));
        assertThat(status.getAttribute("data-phase")).isEqualTo("FINISHED");
        assertThat(status.getText()).isEqualTo("Klart: 43 rader lästa.");
        assertThat(browser.driver()
                        .findElement(By.cssSelector("[id='importForm:importProgress'] .ui-progressbar-label"))
                        .getText())
                .isEqualTo("100 %");
        assertThat(browser.driver()
                        .findElement(By.id("uploadForm:importButton"))
                        .isEnabled())
                .as("the next file may be uploaded once the import is done")
                .isTrue();
        assertThat(browser.seriousAccessibilityViolations())
                .as("import page with report")
                .isEmpty();

        browser.go("/recommendation/dashboard.xhtml");
        // the chart draws its canvas by script after the page has loaded
        browser.waitFor(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id='dashboardForm:trendChart'] canvas")));
        String trend =
                browser.driver().findElement(By.id("dashboardForm:trendTable")).getText();
        assertThat(trend).contains("Pulsmätning 2099").contains("Medarbetarundersökningen 2021");
        String units =
                browser.driver().findElement(By.id("dashboardForm:unitTable")).getText();
        assertThat(units)
                .contains("Hela organisationen")
                .contains("Medicinavdelning 3")
                .contains("80,0 %")
                .contains("För få svar")
                .contains("Akutmottagningen");
        assertThat(browser.driver().findElements(By.id("dashboardForm:effect")))
                .as("without the ambassador module there is no programme section")
                .isEmpty();
        assertThat(rowOf(browser, "Psykiatriska mottagningen")).contains("För få svar");
        assertThat(rowOf(browser, "Laboratoriemedicin"))
                .as("smallest sibling hidden too, and the page says why")
                .contains("Dold för att skydda en mindre grupp")
                .doesNotContain("För få svar");
        assertThat(browser.driver().findElement(By.id("goalStatus")).getText()).isNotBlank();
        assertThat(browser.seriousAccessibilityViolations()).as("dashboard").isEmpty();
        assertThat(browser.layoutProblems())
                .as("dashboard: unit names and menus whole")
                .isEmpty();
        browser.logout();

        browser.login("magnus");
        browser.go("/recommendation/dashboard.xhtml");
        String his =
                browser.driver().findElement(By.id("dashboardForm:unitTable")).getText();
        assertThat(his)
                .contains("Hela organisationen")
                .contains("Medicinavdelning 3")
                .doesNotContain("Akutmottagningen")
                .doesNotContain("Psykiatriska")
                .doesNotContain("Hälso- och sjukvårdsförvaltningen");
        assertThat(browser.seriousAccessibilityViolations())
                .as("dashboard for a manager")
                .isEmpty();
        browser.go("/recommendation/import.xhtml");
        assertThat(browser.driver().getTitle()).startsWith("Ingen behörighet");
    }

    /** 620 rows naming a unit that does not exist: one reason with its count, the first 500 rows listed, paged. */
    private static void rejectedFileIsSummarisedByReasonAndSaysHowManyRowsAreListed(Browser browser) {
        try {
            Path bad = Files.createTempFile("fel", ".csv");
            try {
                Files.writeString(bad, "enhet;svar\n" + "Medicinavdelningen;5\n".repeat(620), StandardCharsets.UTF_8);
                browser.driver()
                        .findElement(By.id("uploadForm:file"))
                        .sendKeys(bad.toAbsolutePath().toString());
                browser.driver().findElement(By.id("uploadForm:importButton")).click();
                WebElement outcome =
                        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("reportOutcome")));
                assertThat(outcome.getText()).contains("Inte importerad").contains("620 fel");
                assertThat(browser.driver().findElements(By.cssSelector("[id='importForm:reasons'] tbody tr")))
                        .singleElement()
                        .extracting(WebElement::getText)
                        .asString()
                        .contains("Okänd enhet: Medicinavdelningen")
                        .contains("620")
                        .contains("2–621");
                assertThat(browser.driver().findElement(By.id("listedProblems")).getText())
                        .isEqualTo("De första 500 av 620 felaktiga raderna visas rad för rad nedan.");
                assertThat(browser.driver().findElements(By.cssSelector("[id='importForm:problems'] tbody tr")))
                        .as("the list is paged")
                        .hasSize(25);
                assertThat(browser.seriousAccessibilityViolations())
                        .as("import page with a rejected file")
                        .isEmpty();
            } finally {
                Files.deleteIfExists(bad);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void hannaDeletesAMistakenRoundOnlyAfterConfirmingIt() throws Exception {
        String name = "Felimport " + java.util.UUID.randomUUID().toString().substring(0, 8);
        Api.Reply created = Api.as(base, "hanna")
                .post(
                        "/api/v1/survey-rounds",
                        "{\"name\":\"" + name + "\",\"heldOn\":\"2011-05-05\",\"scale\":\"YES_NO\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);

        try (Browser browser = Browser.open(base)) {
            try {
                browser.login("hanna");
                browser.go("/recommendation/import.xhtml");
                deleteButtonOf(browser, name).click();
                browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
                assertThat(browser.driver()
                                .findElement(By.cssSelector(".ui-confirm-dialog"))
                                .getText())
                        .contains(name);
                assertThat(browser.seriousAccessibilityViolations())
                        .as("confirmation dialog")
                        .isEmpty();
                browser.driver()
                        .findElement(By.id("roundTableForm:cancelDelete"))
                        .click();
                browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
                assertThat(browser.driver()
                                .findElement(By.id("roundTableForm:rounds"))
                                .getText())
                        .contains(name);

                deleteButtonOf(browser, name).click();
                browser.waitFor(ExpectedConditions.elementToBeClickable(By.id("roundTableForm:confirmDelete")))
                        .click();
                browser.waitFor(ExpectedConditions.not(
                        ExpectedConditions.textToBePresentInElementLocated(By.id("roundTableForm:rounds"), name)));
                assertThat(browser.driver().findElement(By.id("messages")).getText())
                        .contains(name);
            } catch (AssertionError | RuntimeException e) {
                browser.screenshot("recommendation-delete-round");
                throw e;
            }
        }
    }

    /** The round's delete button, once its row is shown (on a loaded machine the table can come late). */
    private static WebElement deleteButtonOf(Browser browser, String roundName) {
        return browser.waitFor(
                driver -> driver.findElements(By.cssSelector("[id='roundTableForm:rounds'] tbody tr")).stream()
                        .filter(row -> row.getText().contains(roundName))
                        .findFirst()
                        .map(row -> row.findElement(By.cssSelector("button[id$='deleteRound']")))
                        .orElse(null));
    }

    private static String rowOf(Browser browser, String unitName) {
        return browser.driver().findElements(By.cssSelector("[id='dashboardForm:unitTable'] tbody tr")).stream()
                .map(WebElement::getText)
                .filter(text -> text.contains(unitName))
                .findFirst()
                .orElse("");
    }
}
