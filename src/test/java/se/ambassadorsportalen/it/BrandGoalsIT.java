package se.ambassadorsportalen.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * Goals 1-3 of the employer-brand plan side by side: the demo follows the seed plan (baseline 2021,
 * deadline 2022-12-31) with a newer round; the API gives each line's standing and hides lines under
 * the anonymity floor; HR imports a target-group survey all or nothing; HR, communicators and
 * managers read the page, employees may not.
 */
@ExtendWith(ArquillianExtension.class)
class BrandGoalsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.modules("recommendation");
    }

    @ArquillianResource
    URL base;

    @Test
    void theThreeGoalsStandSideBySideWithTheSeedPlansDatesAndTheFloorHonoured() {
        JsonObject overview = Api.as(base, "hanna").get("/api/v1/brand-goals").json();
        JsonObject goal3 = overview.getJsonObject("goal3");
        assertThat(goal3.getString("deadline")).isEqualTo("2022-12-31");
        assertThat(goal3.getString("baselineDate")).startsWith("2021");
        assertThat(goal3.getJsonNumber("target").doubleValue()).isEqualTo(0.8);
        // What BrandGoalsDemo loads: no test adds a goal (the API refuses the tests' bad ones).
        assertThat(lines(overview, "goal1"))
                .containsExactlyInAnyOrderElementsOf(everyGroupWith("MAKE_A_DIFFERENCE", "CLOSE", "DEVELOPING"));
        assertThat(lines(overview, "goal2"))
                .containsExactlyInAnyOrderElementsOf(everyGroupWith("KNOW_US", "KNOW_OFFER", "KNOW_DIFFERENCE"));
        JsonObject tooFew = line(overview, "goal2", "STAKEHOLDERS", "KNOW_DIFFERENCE");
        assertThat(tooFew.getString("standing")).isEqualTo("TOO_FEW");
        assertThat(tooFew.get("share"))
                .as("a share of four respondents is never shown")
                .isNull();
        assertThat(tooFew.get("respondents")).isNull();
        JsonObject shown = line(overview, "goal1", "INTERNAL", "CLOSE");
        assertThat(shown.getString("deadline")).isEqualTo("2022-12-31");
        assertThat(shown.getJsonNumber("low").doubleValue())
                .isLessThan(shown.getJsonNumber("share").doubleValue());
        assertThat(shown.getString("measuredOn")).isEqualTo("2024-10-01");
    }

    /** A goal's lines as "target group / subject". */
    static List<String> lines(JsonObject overview, String goal) {
        return overview.getJsonArray(goal).getValuesAs(JsonObject.class).stream()
                .map(line -> line.getString("targetGroup") + " / " + line.getString("subject"))
                .toList();
    }

    static List<String> everyGroupWith(String... subjects) {
        return Stream.of("INTERNAL", "POTENTIAL_EMPLOYEES", "STUDENTS", "STAKEHOLDERS")
                .flatMap(group -> Stream.of(subjects).map(subject -> group + " / " + subject))
                .toList();
    }

    @Test
    void hrCommunicatorsAndManagersReadTheGoalsAndOnlyHrWrites() {
        assertThat(Api.as(base, "klara").get("/api/v1/brand-goals").status()).isEqualTo(200);
        assertThat(Api.as(base, "magnus").get("/api/v1/brand-goals").status()).isEqualTo(200);
        assertThat(Api.as(base, "eva").get("/api/v1/brand-goals").outcome()).isEqualTo(Api.BY_ROLE);
        assertThat(Api.as(base, "klara")
                        .send(
                                "/api/v1/brand-goals/measurements",
                                "POST",
                                "text/csv",
                                "x".getBytes(StandardCharsets.UTF_8))
                        .outcome())
                .isEqualTo(Api.BY_ROLE);
        Api.Reply unknown = Api.as(base, "hanna")
                .inLanguage("en")
                .post(
                        "/api/v1/brand-goals",
                        "{\"goal\":1,\"targetGroup\":\"RETIREES\",\"subject\":\"CLOSE\",\"baselinePercent\":40,"
                                + "\"baselineDate\":\"2025-01-01\",\"targetPercent\":50,\"deadline\":\"2027-12-31\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.json().getString("field")).isEqualTo("targetGroup");
        Api.Reply backwards = Api.as(base, "hanna")
                .post(
                        "/api/v1/brand-goals",
                        "{\"goal\":2,\"targetGroup\":\"STUDENTS\",\"subject\":\"KNOW_US\",\"baselinePercent\":40,"
                                + "\"baselineDate\":\"2025-01-01\",\"targetPercent\":50,\"deadline\":\"2024-12-31\"}");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json().getString("field")).isEqualTo("deadline");
    }

    @Test
    void aSurveyWithOneBadRowStoresNothingAndAGoodOneBecomesTheLatestFigure() {
        Api hanna = Api.as(base, "hanna").inLanguage("en");
        JsonObject before = line(hanna.get("/api/v1/brand-goals").json(), "goal1", "STUDENTS", "CLOSE");
        String bad = "Målgrupp;Fråga eller association;Andel;Svarande;Datum\n"
                + "Studenter och elever;Nära;61 %;200;2025-10-01\nStudenter och elever;Nära;61 %;200;2025-13-01\n";
        Api.Reply refused = hanna.send(
                "/api/v1/brand-goals/measurements", "POST", "text/csv", bad.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.json().getJsonArray("problems").getJsonObject(0).getInt("line"))
                .isEqualTo(3);
        assertThat(line(hanna.get("/api/v1/brand-goals").json(), "goal1", "STUDENTS", "CLOSE"))
                .as("nothing stored from the refused file")
                .isEqualTo(before);

        String good = "Målgrupp;Fråga eller association;Andel;Svarande;Datum\n"
                + "Studenter och elever;Nära;61 %;200;2025-10-01\nSTUDENTS;Know us;0,9;200;2025-10-01\n";
        Api.Reply imported = hanna.send(
                "/api/v1/brand-goals/measurements", "POST", "text/csv", good.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        JsonObject overview = hanna.get("/api/v1/brand-goals").json();
        JsonObject close = line(overview, "goal1", "STUDENTS", "CLOSE");
        assertThat(close.getString("measuredOn")).isEqualTo("2025-10-01");
        assertThat(close.getJsonNumber("share").doubleValue()).isEqualTo(0.61);
        assertThat(line(overview, "goal2", "STUDENTS", "KNOW_US")
                        .getJsonNumber("share")
                        .doubleValue())
                .isEqualTo(0.9);
    }

    @Test
    void hannaSeesGoalsOneToThreeOnOnePageAndEvaMayNotOpenIt() throws Exception {
        try (Browser browser = Browser.open(base)) {
            try {
                browser.login("hanna");
                browser.go("/recommendation/goals.xhtml");
                assertThat(browser.driver().findElement(By.id("goal3")).getText())
                        .contains("2022-12-31")
                        .contains("80,0 %");
                assertThat(browser.driver().findElement(By.id("goal1")).getText())
                        .contains("Göra skillnad")
                        .contains("Internt");
                assertThat(browser.driver().findElement(By.id("goal2")).getText())
                        .contains("Känner till oss")
                        .contains("För få svar för att visa");
                assertThat(browser.driver().findElement(By.id("goalsSummary")).getText())
                        .isNotBlank();
                assertThat(browser.driver().findElements(By.id("brandImportForm")))
                        .isNotEmpty();
                assertThat(browser.seriousAccessibilityViolations())
                        .as("goals page")
                        .isEmpty();
                browser.driver().manage().window().setSize(new Dimension(390, 844));
                assertThat(browser.seriousAccessibilityViolations())
                        .as("goals page, phone")
                        .isEmpty();
                browser.driver().manage().window().setSize(new Dimension(1280, 1000));
                browser.logout();

                browser.login("klara");
                browser.go("/recommendation/goals.xhtml");
                assertThat(browser.driver().findElement(By.id("goal1")).getText())
                        .contains("Nära");
                assertThat(browser.driver().findElements(By.id("brandImportForm")))
                        .as("only HR imports surveys")
                        .isEmpty();
                browser.logout();

                browser.login("eva");
                browser.go("/recommendation/goals.xhtml");
                assertThat(browser.driver().getTitle()).startsWith("Ingen behörighet");
            } catch (AssertionError | RuntimeException e) {
                browser.screenshot("brand-goals-journey");
                throw e;
            }
        }
    }

    private static JsonObject line(JsonObject overview, String goal, String group, String subject) {
        return overview.getJsonArray(goal).stream()
                .map(v -> v.asJsonObject())
                .filter(l -> group.equals(l.getString("targetGroup")) && subject.equals(l.getString("subject")))
                .findFirst()
                .orElseThrow();
    }
}
