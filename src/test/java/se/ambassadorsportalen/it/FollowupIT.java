package se.ambassadorsportalen.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import se.ambassadorsportalen.followup.control.Cycle;

/**
 * The monthly channel follow-up in the real server with the channel guide and the publishing
 * calendar beside it: the REST surface (targets, figures, the all-or-nothing import, the report as
 * JSON and Excel, 400 problems, who may write) and Klara's journey: she enters and then imports a
 * period's LinkedIn figures and sees them against the 150-followers target with the trend; Eva
 * reads the month's report but may not open the follow-up page. Pages pass axe at desktop and
 * phone width. API tests write periods in 2024, away from the demo's last twelve periods and the
 * journey's current one.
 */
@ExtendWith(ArquillianExtension.class)
class FollowupIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.modules("policy", "story", "followup");
    }

    @ArquillianResource
    URL base;

    private static final String LINKEDIN_TARGET =
            "{\"ownerEmail\":\"klara@fjallmark.example\",\"newFollowersPerMonth\":150,"
                    + "\"rateKind\":\"ACTIVITY\",\"ratePercent\":5.0,\"postsPerWeek\":5}";

    @Test
    void theReportNamesMaterialTypesInTheLanguageTheReaderChoseNotTheBrowsers() {
        // No Accept-Language: the browser's language is the portal's default, Swedish.
        WebSession eva = WebSession.signIn(base, "eva", "demo");
        assertThat(eva.get("followup/report.xhtml?lang=en").status()).isEqualTo(302);

        String report = eva.get("followup/report.xhtml").body();

        java.util.regex.Matcher posts = java.util.regex.Pattern.compile(
                        "Published in the publishing calendar during the period: [1-9][0-9]*\\s+\\(([^)]*)\\)")
                .matcher(report);
        assertThat(posts.find())
                .as("a channel with calendar posts in the report")
                .isTrue();
        assertThat(posts.group(1))
                .as("the posts' material types")
                .containsAnyOf(
                        "Brag", "Tips & advice", "Knowledge", "Politics", "Job ad", "Help us", "Staff portrait", "News")
                .doesNotContain("Skryt", "Kunskap", "Platsannons", "Personporträtt", "Nyheter");
    }

    @Test
    void aCommunicatorsFiguresStandAgainstTheChannelsTargetsInTheReport() {
        Api klara = Api.as(base, "klara").inLanguage("en");
        assertThat(klara.put("/api/v1/followup/channels/LINKEDIN/target", LINKEDIN_TARGET)
                        .status())
                .isEqualTo(200);
        Api.Reply saved = klara.put(
                "/api/v1/followup/channels/LINKEDIN/periods/2024-03-05",
                "{\"followers\":6100,\"newFollowers\":163,\"ratePercent\":4.2,\"posts\":21}");
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.json().getString("periodStart")).isEqualTo("2024-02-26");

        JsonObject linkedin = channel(
                Api.as(base, "eva")
                        .get("/api/v1/followup/periods/2024-03-10/report")
                        .json(),
                "LINKEDIN");
        assertThat(linkedin.getJsonObject("figures").getInt("newFollowers")).isEqualTo(163);
        assertThat(linkedin.getJsonObject("target").getInt("newFollowersPerMonth"))
                .isEqualTo(150);
        assertThat(linkedin.getString("newFollowersStatus")).isEqualTo("MET");
        assertThat(linkedin.getString("rateStatus")).isEqualTo("MISSED");
        assertThat(linkedin.getInt("postsTarget")).isEqualTo(20);
        assertThat(linkedin.getString("postsStatus")).isEqualTo("MET");

        Api.Reply trend = Api.as(base, "eva").get("/api/v1/followup/channels/LINKEDIN/trend/2024-03-10");
        assertThat(trend.jsonArray()).hasSize(13);
        assertThat(trend.jsonArray().getJsonObject(12).getInt("newFollowers")).isEqualTo(163);
    }

    @Test
    void badInputIsA400ProblemAtItsFieldInTheCallersLanguage() {
        Api klara = Api.as(base, "klara").inLanguage("en");
        Api.Reply rate = klara.put("/api/v1/followup/channels/LINKEDIN/periods/2024-04-01", "{\"ratePercent\":140}");
        assertThat(rate.status()).isEqualTo(400);
        assertThat(rate.contentType()).startsWith("application/problem+json");
        assertThat(rate.json().getString("field")).isEqualTo("ratePercent");
        assertThat(rate.json().getString("detail")).isEqualTo("The rate is a percentage, 0–100.");

        Api.Reply date = klara.put("/api/v1/followup/channels/LINKEDIN/periods/2024-13-01", "{\"posts\":3}");
        assertThat(date.status()).isEqualTo(400);
        assertThat(date.json().getString("field")).isEqualTo("period");

        Api.Reply future = klara.put("/api/v1/followup/channels/LINKEDIN/periods/2099-01-01", "{\"posts\":3}");
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.json().getString("detail")).isEqualTo("The period has not begun yet.");

        Api.Reply email = klara.put("/api/v1/followup/channels/FACEBOOK/target", "{\"ownerEmail\":\"not an address\"}");
        assertThat(email.status()).isEqualTo(400);
        assertThat(email.json().getString("field")).isEqualTo("ownerEmail");

        assertThat(klara.put("/api/v1/followup/channels/NOSUCH/periods/2024-04-01", "{\"posts\":3}")
                        .status())
                .isEqualTo(404);
        assertThat(klara.put("/api/v1/followup/channels/LINKEDIN/periods/2024-04-01", "{\"posts\":")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void everyoneSignedInReadsTheReportButOnlyCommunicatorsWrite() {
        Api eva = Api.as(base, "eva");
        assertThat(eva.get("/api/v1/followup/periods/2024-03-10/report").status())
                .isEqualTo(200);
        assertThat(eva.put("/api/v1/followup/channels/LINKEDIN/periods/2024-03-05", "{\"posts\":1}")
                        .outcome())
                .isEqualTo(Api.BY_ROLE);
        assertThat(eva.put("/api/v1/followup/channels/LINKEDIN/target", LINKEDIN_TARGET)
                        .outcome())
                .isEqualTo(Api.BY_ROLE);
        assertThat(eva.send(
                                "/api/v1/followup/channels/LINKEDIN/import",
                                "POST",
                                "text/csv",
                                "date,followers\n2024-03-05,1\n".getBytes(StandardCharsets.UTF_8))
                        .outcome())
                .isEqualTo(Api.BY_ROLE);
        assertThat(Api.anonymous(base)
                        .get("/api/v1/followup/periods/2024-03-10/report")
                        .status())
                .isEqualTo(401);
    }

    @Test
    void anImportWithOneBadRowStoresNothingAndAGoodOneFillsItsPeriods() {
        Api klara = Api.as(base, "klara").inLanguage("en");
        String bad = "Date,Total followers,Organic followers,Engagement rate\n"
                + "2024-05-20,6200,50,0.051\n2024-05-21,6240,lots,0.049\n";
        Api.Reply refused = klara.send(
                "/api/v1/followup/channels/LINKEDIN/import", "POST", "text/csv", bad.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.json().getJsonArray("problems").getJsonObject(0).getInt("line"))
                .isEqualTo(3);
        assertThat(refused.json().getJsonArray("problems").getJsonObject(0).getString("reason"))
                .contains("organic_followers")
                .contains("lots");
        assertThat(channel(
                                klara.get("/api/v1/followup/periods/2024-05-20/report")
                                        .json(),
                                "LINKEDIN")
                        .get("figures"))
                .as("nothing stored from the refused file")
                .isNull();

        String good = "Date,Total followers,Organic followers,Engagement rate\n"
                + "2024-05-20,6200,50,0.051\n2024-05-21,6240,61,0.049\n";
        Api.Reply imported = klara.send(
                "/api/v1/followup/channels/LINKEDIN/import", "POST", "text/csv", good.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        JsonObject figures = channel(
                        klara.get("/api/v1/followup/periods/2024-05-20/report").json(), "LINKEDIN")
                .getJsonObject("figures");
        assertThat(figures.getInt("followers")).isEqualTo(6240);
        assertThat(figures.getInt("newFollowers")).isEqualTo(111);
        assertThat(figures.getJsonNumber("ratePercent").doubleValue()).isEqualTo(5.0);

        Api.Reply pdf = klara.send(
                "/api/v1/followup/channels/LINKEDIN/import",
                "POST",
                "application/octet-stream",
                "%PDF-1.7\0\0\0".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(pdf.status()).isEqualTo(422);
        assertThat(pdf.json().getJsonArray("problems").getJsonObject(0).getString("key"))
                .isEqualTo("platform.import.notCsvOrExcel");
    }

    @Test
    void theOwnerOfAChannelWithoutFiguresForTheClosedPeriodIsRemindedOnce() {
        String owner = "x-owner-" + System.nanoTime() + "@fjallmark.example";
        assertThat(Api.as(base, "klara")
                        .put("/api/v1/followup/channels/X/target", "{\"ownerEmail\":\"" + owner + "\"}")
                        .status())
                .isEqualTo(200);
        assertThat(Api.as(base, "klara")
                        .post("/api/v1/followup/reminders", "{}")
                        .outcome())
                .isEqualTo(Api.BY_ROLE);
        Api.Reply first = Api.as(base, "admin").post("/api/v1/followup/reminders", "{}");
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(Api.as(base, "admin")
                        .post("/api/v1/followup/reminders", "{}")
                        .json()
                        .getInt("sent"))
                .as("a second run finds every owner reminded already")
                .isZero();
        var mails =
                Api.as(base, "admin").get("/api/v1/admin/outbox?to=" + owner).jsonArray();
        assertThat(mails).as("one reminder, however often the job runs").hasSize(1);
        Cycle.Period closed = Cycle.STANDARD.lastClosed(LocalDate.now());
        assertThat(mails.getJsonObject(0).getString("subject"))
                .contains("X (Twitter)")
                .contains(closed.start().toString());
    }

    @Test
    void theMonthsReportDownloadsAsAnExcelWorkbook() {
        Api.Reply xlsx = Api.as(base, "eva").get("/api/v1/followup/periods/2024-03-10/report.xlsx");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(new String(xlsx.bytes(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
    }

    @Test
    void klaraEntersAndImportsLinkedInFiguresAndSeesThemAgainstTheTargetWithTheTrend() throws Exception {
        Cycle.Period current = Cycle.STANDARD.periodOf(LocalDate.now());
        Path file = Files.createTempFile("linkedin-followers", ".csv");
        Files.writeString(
                file,
                "Date,Sponsored followers,Organic followers,Total followers\n" + current.start() + ",0,70,6810\n"
                        + current.start() + ",0,0,6810\n",
                StandardCharsets.UTF_8);
        try (Browser browser = Browser.open(base)) {
            try {
                browser.login("klara");
                browser.go("/followup/index.xhtml?channel=LINKEDIN&period=" + current.start());
                browser.type(By.id("figuresForm:newFollowers_input"), "163");
                browser.type(By.id("figuresForm:followers_input"), "6800");
                browser.driver().findElement(By.id("figuresForm:saveFigures")).click();
                browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("#scorecard tr[data-figure='newFollowers']"), "163"));
                String row = browser.driver()
                        .findElement(By.cssSelector("#scorecard tr[data-figure='newFollowers']"))
                        .getText();
                assertThat(row).contains("163").contains("150").contains("Nått");
                assertThat(browser.driver().findElements(By.cssSelector("[id='followersChart'] canvas, canvas")))
                        .isNotEmpty();
                assertThat(browser.driver().findElement(By.id("trendTable")).getText())
                        .contains("163");
                assertThat(browser.seriousAccessibilityViolations())
                        .as("follow-up page")
                        .isEmpty();

                browser.driver()
                        .findElement(By.id("importForm:file"))
                        .sendKeys(file.toAbsolutePath().toString());
                browser.driver().findElement(By.id("importForm:importButton")).click();
                browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Importerat"));
                String after = browser.driver()
                        .findElement(By.cssSelector("#scorecard tr[data-figure='newFollowers']"))
                        .getText();
                assertThat(after).contains("70").contains("150").contains("Inte nått");
                browser.driver().manage().window().setSize(new Dimension(390, 844));
                assertThat(browser.seriousAccessibilityViolations())
                        .as("follow-up page, phone")
                        .isEmpty();
                browser.driver().manage().window().setSize(new Dimension(1280, 1000));
                browser.logout();

                browser.login("eva");
                browser.go("/followup/report.xhtml");
                assertThat(browser.driver()
                                .findElement(By.cssSelector("section[data-channel='LINKEDIN']"))
                                .getText())
                        .contains("LinkedIn")
                        .contains("150");
                assertThat(browser.driver().findElement(By.id("excelLink")).getAttribute("href"))
                        .endsWith(".xlsx");
                assertThat(browser.seriousAccessibilityViolations())
                        .as("report")
                        .isEmpty();
                browser.driver().manage().window().setSize(new Dimension(390, 844));
                assertThat(browser.seriousAccessibilityViolations())
                        .as("report, phone")
                        .isEmpty();
                browser.go("/followup/index.xhtml");
                assertThat(browser.driver().getTitle()).startsWith("Ingen behörighet");
            } catch (AssertionError | RuntimeException e) {
                browser.screenshot("followup-journey");
                throw e;
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static JsonObject channel(JsonObject report, String code) {
        return report.getJsonArray("channels").stream()
                .map(v -> v.asJsonObject())
                .filter(c -> code.equals(c.getString("code")))
                .findFirst()
                .orElseThrow();
    }
}
