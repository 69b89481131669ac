package se.ambassadorsportalen.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every answer carries the hardening headers; private pages and API answers are never stored by a cache. */
@ExtendWith(ArquillianExtension.class)
class SecurityHeadersIT {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.modules("policy", "story");
    }

    @ArquillianResource
    URL base;

    @ParameterizedTest(name = "{0} (stored by caches: {1})")
    @CsvSource({
        "/login.xhtml, false",
        "/index.xhtml, false",
        "/api/v1/me, false",
        "/resources/css/portal.css, true",
        "/feed/portraits.atom, true",
        "/api/v1/public/portraits, true"
    })
    void everyAnswerCarriesTheHardeningHeaders(String path, boolean cacheable) throws Exception {
        HttpHeaders headers = CLIENT.send(
                        HttpRequest.newBuilder(URI.create(base + path.substring(1)))
                                .header(
                                        "Authorization",
                                        "Basic " + Base64.getEncoder().encodeToString("eva:demo".getBytes()))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .headers();

        assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).contains("SAMEORIGIN");
        assertThat(headers.firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(headers.firstValue("Content-Security-Policy").orElseThrow()).contains("frame-ancestors 'self'");
        assertThat(headers.allValues("Cache-Control").toString().contains("no-store"))
                .isEqualTo(!cacheable);
    }
}
