package se.ambassadorsportalen.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;

/**
 * Every page runs under a strict Content-Security-Policy: scripts only with the nonce of that very
 * answer (no 'unsafe-inline', no 'unsafe-eval'), no plugins, no base URL, no framing by other
 * sites; no script tag without the nonce and no inline event handler in the HTML, so an injected
 * script would not run. The browser part visits each role's pages and fails on any console error,
 * which is where Chromium reports a script the policy refused.
 */
@ExtendWith(ArquillianExtension.class)
class ContentSecurityPolicyIT {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final Pattern NONCE = Pattern.compile("script-src [^;]*'nonce-([A-Za-z0-9+/=_-]+)'");
    private static final Pattern SCRIPT_TAG = Pattern.compile("<script\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern INLINE_HANDLER =
            Pattern.compile("<[a-zA-Z][^>]*\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    /** Each page with one user who may open it, and the login page without one. */
    static Stream<String[]> pages() {
        List<String[]> pages = new ArrayList<>();
        pages.add(new String[] {"/login.xhtml", ""});
        pages.add(new String[] {"/index.xhtml", "eva"});
        for (Map.Entry<String, List<String>> page : RoleNavigation.PAGE_ACCESS.entrySet()) {
            pages.add(new String[] {page.getKey(), page.getValue().get(0)});
        }
        return pages.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("pages")
    void everyPageAllowsOnlyScriptsCarryingItsOwnNonce(String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path.substring(1)));
        if (!user.isEmpty()) {
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((user + ":" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> answer = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        String policy = String.join("; ", answer.headers().allValues("Content-Security-Policy"));

        Matcher nonce = NONCE.matcher(policy);
        assertThat(nonce.find()).as("a script-src with a nonce in " + policy).isTrue();
        assertThat(policy)
                .doesNotContain("'unsafe-inline'")
                .doesNotContain("'unsafe-eval'")
                .contains("object-src 'none'")
                .contains("base-uri 'none'")
                .contains("frame-ancestors 'self'");
        List<String> scriptsWithoutNonce = SCRIPT_TAG
                .matcher(answer.body())
                .results()
                .map(m -> m.group())
                .filter(tag -> !tag.contains("nonce=\"" + nonce.group(1) + "\""))
                .toList();
        assertThat(scriptsWithoutNonce)
                .as("script tags without this answer's nonce on " + path)
                .isEmpty();
        assertThat(INLINE_HANDLER
                        .matcher(answer.body())
                        .results()
                        .map(m -> m.group())
                        .toList())
                .as("inline event handlers on " + path)
                .isEmpty();
    }

    @Test
    void theNonceIsNewOnEveryAnswer() throws Exception {
        HttpRequest login =
                HttpRequest.newBuilder(URI.create(base + "login.xhtml")).build();
        String first = CLIENT.send(login, HttpResponse.BodyHandlers.discarding())
                .headers()
                .allValues("Content-Security-Policy")
                .toString();
        String second = CLIENT.send(login, HttpResponse.BodyHandlers.discarding())
                .headers()
                .allValues("Content-Security-Policy")
                .toString();
        Matcher a = NONCE.matcher(first);
        Matcher b = NONCE.matcher(second);

        assertThat(a.find() && b.find()).isTrue();
        assertThat(a.group(1)).isNotEqualTo(b.group(1));
    }

    @Test
    void eachRolesPagesRunWithoutAConsoleErrorUnderThePolicy() throws Exception {
        try (Browser browser = Browser.open(base)) {
            browser.go("/login.xhtml");
            List<String> errors = new ArrayList<>(
                    browser.consoleErrors().stream().map(e -> "login: " + e).toList());
            for (String user : List.of("klara", "hanna", "magnus", "admin")) {
                browser.login(user);
                List<String> links = browser.driver().findElements(By.cssSelector("#mainNav a[data-nav]")).stream()
                        .map(link -> link.getAttribute("href"))
                        .toList();
                for (String link : links) {
                    browser.open(link);
                    browser.consoleErrors().forEach(error -> errors.add(user + " on " + link + ": " + error));
                }
                browser.logout();
            }
            assertThat(errors).isEmpty();
        }
    }
}
