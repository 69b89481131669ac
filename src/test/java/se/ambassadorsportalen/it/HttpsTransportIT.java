package se.ambassadorsportalen.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Over HTTPS the portal tells browsers to stay on HTTPS (HSTS) and its session cookie is HttpOnly
 * and SameSite=Lax, so no script reads it and no other site's request carries it; it is Secure
 * as well when {@code portal.https.required} is true (production), which the test server, serving
 * the other tests over plain HTTP, leaves off. The test server's certificate is the generated one,
 * so this client trusts any certificate.
 */
@ExtendWith(ArquillianExtension.class)
class HttpsTransportIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.modules();
    }

    @ArquillianResource
    URL base;

    private URI https(String path) {
        return URI.create("https://localhost:" + System.getProperty("it.https.port", "9543") + base.getPath() + path);
    }

    private static HttpClient trustingClient() {
        return HttpClient.newBuilder()
                .sslContext(TrustingTls.context())
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    @Test
    void overHttpsTheLoginPageSendsHstsAndAnHttpOnlySameSiteSessionCookie() throws Exception {
        HttpResponse<String> page = trustingClient()
                .send(HttpRequest.newBuilder(https("login.xhtml")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Strict-Transport-Security").orElse(""))
                .contains("max-age=");
        List<String> cookies = page.headers().allValues("Set-Cookie");
        assertThat(cookies).as("the login form starts a session").isNotEmpty();
        assertThat(cookies)
                .filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
                .singleElement()
                .satisfies(session ->
                        assertThat(session.toLowerCase()).contains("httponly").contains("samesite=lax"));
        assertThat(cookies)
                .allSatisfy(cookie -> assertThat(cookie.toLowerCase()).contains("httponly"));
    }

    @Test
    void overPlainHttpNoHstsIsSent() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base + "login.xhtml")).build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }
}
