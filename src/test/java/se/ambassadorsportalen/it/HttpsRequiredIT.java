package se.ambassadorsportalen.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The production setting {@code portal.https.required=true}, in the real server: the test server
 * runs every other test on plain HTTP, so this test turns the setting on for itself alone (a
 * configuration drop-in, which Liberty applies while running), deploys the portal only then, and
 * takes both away again before the next test. Plain HTTP then sends pages to the same path on
 * HTTPS (308) and refuses changes (403); over HTTPS, every cookie the login sets is Secure and
 * HttpOnly, and there is no single sign-on cookie at all.
 */
@ExtendWith(ArquillianExtension.class)
class HttpsRequiredIT {

    private static final String DEPLOYMENT = "https-required";
    private static final String OVERRIDE = "it-https-required.xml";
    private static final Pattern CONFIG_UPDATED = Pattern.compile("CWWKG001[78]I");

    @Deployment(name = DEPLOYMENT, managed = false, testable = false)
    static WebArchive deployment() {
        return Deployments.modules();
    }

    @ArquillianResource
    Deployer deployer;

    private final Path serverDir =
            Path.of(System.getProperty("liberty.server.dir", "target/liberty/wlp/usr/servers/portal"));
    private final String httpsPort = System.getProperty("it.https.port", "9543");
    private final URI http = URI.create(System.getProperty("portal.url", "http://localhost:9180/"));

    @Test
    void withHttpsRequiredPlainHttpGoesToHttpsAndEveryCookieIsSecure() throws Exception {
        Path override = serverDir.resolve("configDropins/overrides/" + OVERRIDE);
        Files.createDirectories(override.getParent());
        try {
            changeConfiguration(() -> Files.writeString(override, """
                    <server>
                        <variable name="portal.https.required" value="true"/>
                    </server>
                    """, StandardCharsets.UTF_8));
            deployer.deploy(DEPLOYMENT);
            try {
                plainHttpIsRedirectedOrRefused();
                theLoginOverHttpsSetsOnlySecureHttpOnlyCookies();
            } finally {
                deployer.undeploy(DEPLOYMENT);
            }
        } finally {
            changeConfiguration(() -> Files.deleteIfExists(override));
        }
    }

    private void plainHttpIsRedirectedOrRefused() throws Exception {
        HttpClient plain = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();

        HttpResponse<String> page = plain.send(
                HttpRequest.newBuilder(http.resolve("policy/index.xhtml?lang=en"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> api = plain.send(
                HttpRequest.newBuilder(http.resolve("api/v1/me")).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> change = plain.send(
                HttpRequest.newBuilder(http.resolve("login.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("loginForm:username=eva&loginForm:password=demo"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(308);
        assertThat(page.headers().firstValue("Location"))
                .contains("https://localhost:" + httpsPort + "/policy/index.xhtml?lang=en");
        assertThat(api.statusCode()).isEqualTo(308);
        assertThat(api.headers().firstValue("Location")).contains("https://localhost:" + httpsPort + "/api/v1/me");
        assertThat(change.statusCode())
                .as("a password sent in clear is not accepted")
                .isEqualTo(403);
        assertThat(change.headers().allValues("Set-Cookie")).isEmpty();
    }

    private void theLoginOverHttpsSetsOnlySecureHttpOnlyCookies() throws Exception {
        WebSession eva =
                WebSession.signInOverHttps(new URL("https://localhost:" + httpsPort + "/"), "eva", Api.DEMO_PASSWORD);

        assertThat(eva.get("/api/v1/me").status()).isEqualTo(200);
        assertThat(eva.cookies())
                .extracting(HttpCookie::getName)
                .contains("JSESSIONID")
                .doesNotContain("PORTAL_SSO", "LtpaToken2");
        assertThat(eva.cookies()).allSatisfy(cookie -> {
            assertThat(cookie.getSecure()).as(cookie.getName() + " is Secure").isTrue();
            assertThat(cookie.isHttpOnly())
                    .as(cookie.getName() + " is HttpOnly")
                    .isTrue();
        });
    }

    /**
     * A change of the server's configuration files, and the wait until Liberty has applied it
     * (its message that the configuration was updated, or had nothing to update, in messages.log).
     */
    private void changeConfiguration(ConfigurationChange change) throws IOException, InterruptedException {
        long from = ServerLog.mark();
        change.run();
        Awaitility.await("Liberty applying the configuration change (" + ServerLog.MESSAGES + ")")
                .atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> CONFIG_UPDATED.matcher(ServerLog.since(from)).find());
    }

    private interface ConfigurationChange {
        void run() throws IOException;
    }
}
