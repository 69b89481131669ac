package se.ambassadorsportalen.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * What operations see: Prometheus metrics with the portal's own gauges for the scrape account
 * only, the request id in header and problem document, readiness with the outbox, and the admin
 * outbox page and API (allowed for admins, refused for everyone else).
 */
@ExtendWith(ArquillianExtension.class)
class OperationsIT {

    private static final Pattern REQUEST_ID = Pattern.compile("\"requestId\":\"([^\"]+)\"");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    /** Liberty's own self-signed certificate on the test server: trusted here, for this test only. */
    private static HttpClient insecureHttps() throws Exception {
        SSLContext ssl = TrustingTls.context();
        SSLParameters parameters = new SSLParameters();
        parameters.setEndpointIdentificationAlgorithm("");
        return HttpClient.newBuilder()
                .sslContext(ssl)
                .sslParameters(parameters)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    private static HttpResponse<String> metrics(String user, String password) throws Exception {
        URI uri = URI.create("https://localhost:" + System.getProperty("it.https.port", "9543") + "/metrics");
        HttpRequest.Builder request =
                HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).GET();
        if (user != null) {
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return insecureHttps().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String requestId, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(base.toString()).resolve(path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json")
                .GET();
        if (requestId != null) {
            request.header("X-Request-Id", requestId);
        }
        if (user != null) {
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((user + ":" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static double gauge(String metrics, String name) {
        Matcher line = Pattern.compile("(?m)^" + name + "\\{[^}]*\\} ([0-9.eE+-]+|NaN)$")
                .matcher(metrics);
        assertThat(line.find()).as("%s in%n%s", name, metrics).isTrue();
        return Double.parseDouble(line.group(1));
    }

    @Test
    void scrapeAccountReadsThePortalsGaugesBesideLibertysRequestPoolSessionAndHeapMetrics() throws Exception {
        Api.as(base, "eva").get("/api/v1/me");

        HttpResponse<String> reply = metrics("monitor", "demo");

        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
        String text = reply.body();
        assertThat(gauge(text, "portal_press_inquiries_overdue"))
                .as("the demo has overdue inquiries")
                .isPositive();
        assertThat(gauge(text, "portal_mail_waiting")).isNotNaN().isGreaterThanOrEqualTo(0);
        assertThat(gauge(text, "portal_mail_failed")).isNotNaN().isGreaterThanOrEqualTo(0);
        assertThat(gauge(text, "portal_recommendation_imports_running")).isZero();
        assertThat(text)
                .contains(
                        "memory_usedHeap_bytes", "servlet_request_total", "connectionpool_", "session_activeSessions");
    }

    @Test
    void metricsAreRefusedToAnonymousCallersAndToThePortalsOwnAccountsEvenAdmins() throws Exception {
        assertThat(metrics(null, null).statusCode()).isEqualTo(401);
        assertThat(metrics("monitor", "wrong").statusCode()).isEqualTo(401);
        assertThat(metrics("admin", Api.DEMO_PASSWORD).statusCode()).isEqualTo(401);
    }

    @Test
    void problemDocumentCarriesTheSameRequestIdAsTheResponseHeader() throws Exception {
        HttpResponse<String> reply = get("/api/v1/stories/987654321", null, "eva");

        assertThat(reply.statusCode()).isEqualTo(404);
        String header = reply.headers().firstValue("X-Request-Id").orElseThrow();
        Matcher inBody = REQUEST_ID.matcher(reply.body());
        assertThat(inBody.find()).as(reply.body()).isTrue();
        assertThat(inBody.group(1)).isEqualTo(header).matches("[0-9a-f-]{36}");
    }

    @Test
    void requestIdOfferedByTheBalancerIsEchoedAlsoWhenAuthenticationRefusesOrRedirects() throws Exception {
        HttpResponse<String> refused = get("/api/v1/me", "lb-7f3a9c21.0001", null);
        HttpResponse<String> page = get("/index.xhtml", "lb-7f3a9c21.0002", null);

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("X-Request-Id")).contains("lb-7f3a9c21.0001");
        assertThat(refused.body()).contains("\"requestId\":\"lb-7f3a9c21.0001\"");
        assertThat(page.headers().firstValue("X-Request-Id")).contains("lb-7f3a9c21.0002");
    }

    @Test
    void readinessReportsTheDatabaseTheOutboxAndTheSessionStore() {
        JsonObject ready = Api.anonymous(base).get("/health/ready").json();

        assertThat(ready.getString("status")).isEqualTo("UP");
        assertThat(ready.getJsonArray("checks").getValuesAs(JsonObject.class))
                .anySatisfy(check -> assertThat(check.getString("name")).isEqualTo("database"))
                .anySatisfy(check -> {
                    assertThat(check.getString("name")).isEqualTo("session-cache");
                    assertThat(check.getJsonObject("data").getString("store")).isEqualTo("memory of this node");
                })
                .anySatisfy(check -> {
                    assertThat(check.getString("name")).isEqualTo("mail-outbox");
                    assertThat(check.getJsonObject("data").containsKey("waiting"))
                            .isTrue();
                    assertThat(check.getJsonObject("data").containsKey("failed"))
                            .isTrue();
                });
    }

    @Test
    void adminPagesTheOutboxByStatusAndOthersAreRefused() {
        Api admin = Api.as(base, "admin");

        Api.Reply all = admin.get("/api/v1/admin/outbox/mail?first=0&size=5");
        Api.Reply bad = admin.get("/api/v1/admin/outbox/mail?status=LOST");

        assertThat(all.status()).as(all.toString()).isEqualTo(200);
        assertThat(all.json().getJsonArray("items").size()).isLessThanOrEqualTo(5);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().getString("field")).isEqualTo("status");
        assertThat(admin.post("/api/v1/admin/outbox/987654321/retry", "").status())
                .isEqualTo(404);
        assertThat(Api.as(base, "eva").get("/api/v1/admin/outbox/mail").outcome())
                .isEqualTo(Api.BY_ROLE);
        assertThat(Api.as(base, "klara")
                        .post("/api/v1/admin/outbox/1/retry", "")
                        .outcome())
                .isEqualTo(Api.BY_ROLE);
    }

    @Test
    void outboxPageIsForAdminsAndAccessibleOnDesktopAndPhone() throws Exception {
        try (Browser browser = Browser.open(base)) {
            browser.login("eva");
            browser.go("/admin/outbox.xhtml");
            assertThat(browser.driver().getPageSource()).doesNotContain("outboxForm");
            browser.logout();

            browser.login("admin");
            browser.go("/admin/outbox.xhtml");
            browser.waitFor(d -> d.findElement(By.id("outboxForm:mails")));
            assertThat(browser.navigation()).contains("nav-admin-outbox");
            assertThat(browser.driver().getPageSource()).contains("Utkorg för e-post");
            assertThat(browser.seriousAccessibilityViolations())
                    .as("outbox page, desktop")
                    .isEmpty();
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            assertThat(browser.seriousAccessibilityViolations())
                    .as("outbox page, phone")
                    .isEmpty();
        }
    }
}
