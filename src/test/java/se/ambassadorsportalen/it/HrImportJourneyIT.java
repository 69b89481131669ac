package se.ambassadorsportalen.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
 * The admin uploads the HR system's Excel export, reads what it would change, imports it, and sees
 * nothing left to change when the same file is previewed again; an employee may not open the
 * page. The page passes the axe check at desktop and phone width.
 */
@ExtendWith(ArquillianExtension.class)
class HrImportJourneyIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.modules();
    }

    @ArquillianResource
    URL base;

    @Test
    void theAdminPreviewsTheHrExportImportsItAndFindsNothingLeftToChange() throws Exception {
        String code = "JR" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Path file = Files.createTempFile("hr-export", ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Personal");
            String[][] rows = {
                {"Enhetskod", "Enhetsnamn", "Överordnad", "Anställningsnummer", "Förnamn", "Efternamn", "Chef"},
                {code, "Förvaltning " + code, "", "", "", "", ""},
                {code + "-1", "Mottagning", code, "", "", "", ""},
                {code + "-1", "", "", code + "-1", "Lena", "Ljung", "ja"},
                {code + "-1", "", "", code + "-2", "Per", "Pil", "nej"}
            };
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.write(out);
        }
        try (Browser browser = Browser.open(base)) {
            try {
                browser.login("admin");
                browser.go("/admin/hr-import.xhtml");
                assertThat(browser.seriousAccessibilityViolations())
                        .as("HR import page")
                        .isEmpty();

                upload(browser, file);
                browser.waitFor(ExpectedConditions.attributeToBe(By.id("reportOutcome"), "data-outcome", "PREVIEW"));
                String counts =
                        browser.driver().findElement(By.id("importForm:counts")).getText();
                assertThat(counts).contains("Ny enhet").contains("Ny person").contains("Ny chef för enhet");
                assertThat(browser.driver()
                                .findElement(By.id("importForm:changes"))
                                .getText())
                        .contains("Lena Ljung");
                assertThat(browser.seriousAccessibilityViolations())
                        .as("HR import page with preview")
                        .isEmpty();
                assertThat(Api.as(base, "admin")
                                .get("/api/v1/hr-import/people/" + code + "-1")
                                .status())
                        .as("the preview writes nothing")
                        .isEqualTo(404);

                browser.driver().findElement(By.id("importForm:importButton")).click();
                browser.waitFor(ExpectedConditions.attributeToBe(By.id("reportOutcome"), "data-outcome", "IMPORTED"));
                assertThat(browser.driver().findElement(By.id("importStatus")).getAttribute("data-phase"))
                        .isEqualTo("FINISHED");
                assertThat(Api.as(base, "admin")
                                .get("/api/v1/hr-import/people/" + code + "-1")
                                .json()
                                .getString("unitCode"))
                        .isEqualTo(code + "-1");

                upload(browser, file);
                browser.waitFor(ExpectedConditions.attributeToBe(By.id("reportOutcome"), "data-outcome", "UNCHANGED"));
                assertThat(browser.driver().findElements(By.id("importForm:importButton")))
                        .as("nothing left to import")
                        .isEmpty();
                browser.driver().manage().window().setSize(new Dimension(390, 844));
                assertThat(browser.seriousAccessibilityViolations())
                        .as("HR import page, phone")
                        .isEmpty();
                browser.logout();

                browser.login("eva");
                browser.go("/admin/hr-import.xhtml");
                assertThat(browser.driver().getTitle()).startsWith("Ingen behörighet");
            } catch (AssertionError | RuntimeException e) {
                browser.screenshot("hr-import-journey");
                throw e;
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void upload(Browser browser, Path file) {
        browser.driver()
                .findElement(By.id("uploadForm:file"))
                .sendKeys(file.toAbsolutePath().toString());
        browser.driver().findElement(By.id("uploadForm:previewButton")).click();
    }
}
