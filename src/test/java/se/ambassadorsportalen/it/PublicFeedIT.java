package se.ambassadorsportalen.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The public feed answers a careers site or feed reader that already has it with 304 and no
 * body, by ETag and by Last-Modified, in both its forms (Atom and JSON). The feed and the public
 * page say how much of the portraits they show: the feed the latest 100, the page 100 to a page.
 */
@ExtendWith(ArquillianExtension.class)
class PublicFeedIT {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.modules("policy", "story");
    }

    @ArquillianResource
    URL base;

    private HttpResponse<String> get(String path, String header, String value) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path.substring(1)));
        if (header != null) {
            request.header(header, value);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {"/feed/portraits.atom", "/api/v1/public/portraits", "/api/v1/public/portraits?first=0&size=10"})
    void aReaderWithTheCurrentFeedGetsNotModifiedWithoutABody(String path) throws Exception {
        HttpResponse<String> first = get(path, null, null);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).isNotEmpty();
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();

        HttpResponse<String> byTag = get(path, "If-None-Match", etag);
        HttpResponse<String> byDate = get(path, "If-Modified-Since", lastModified);
        HttpResponse<String> otherTag = get(path, "If-None-Match", "\"an-older-feed\"");

        assertThat(byTag.statusCode()).isEqualTo(304);
        assertThat(byTag.body()).isEmpty();
        assertThat(byDate.statusCode()).isEqualTo(304);
        assertThat(otherTag.statusCode()).isEqualTo(200);
        assertThat(otherTag.body()).isEqualTo(first.body());
    }

    /** A request sent as a proxy or attacker could, with a Host header of their choosing. */
    private String getWithHost(String path, String host) throws Exception {
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.getOutputStream()
                    .write(("GET " + base.getPath() + path.substring(1) + " HTTP/1.1\r\nHost: " + host
                                    + "\r\nConnection: close\r\n\r\n")
                            .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/feed/portraits.atom", "/api/v1/public/portraits"})
    void aForgedHostHeaderNeverEndsUpInTheFeedsLinks(String path) throws Exception {
        String forged = getWithHost(path, "evil.example:666");
        String plain = get(path, null, null).body();

        assertThat(forged).startsWith("HTTP/1.1 200").doesNotContain("evil.example");
        assertThat(plain).doesNotContain("evil.example");
        if (path.endsWith(".atom")) {
            String root = base.getProtocol() + "://localhost:" + base.getPort() + base.getPath();
            assertThat(forged).contains("href=\"" + root + "feed/portraits.atom\"");
        }
    }

    @Test
    void theFeedSaysItCarriesTheLatestHundredPortraits() throws Exception {
        assertThat(get("/feed/portraits.atom", null, null).body())
                .contains("<subtitle type=\"text\">De senaste 100 porträtten");
    }

    @Test
    void theFeedsCategoriesNameEachChannelAsReadersKnowItBesideItsCode() throws Exception {
        java.util.regex.Matcher category = java.util.regex.Pattern.compile(
                        "<category term=\"([^\"]+)\"( label=\"([^\"]*)\")?")
                .matcher(get("/feed/portraits.atom", null, null).body());
        java.util.List<String> unnamed = new java.util.ArrayList<>();
        int categories = 0;
        while (category.find()) {
            categories++;
            if (category.group(3) == null || category.group(3).equals(category.group(1))) {
                unnamed.add(category.group(1));
            }
        }
        assertThat(categories)
                .as("the demo's portraits were published in channels")
                .isPositive();
        assertThat(unnamed).as("categories with only their code").isEmpty();
    }

    @Test
    void thePublicPageSaysWhichPortraitsOfHowManyItShowsAndLinksBackFromBeyondTheLast() throws Exception {
        HttpResponse<String> first = get("/public/ambassadors.xhtml", null, null);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("de senaste först, 100 per sida").doesNotContain("Nyare porträtt");
        if (!first.body().contains("id=\"noPortraits\"")) {
            assertThat(first.body())
                    .containsPattern("Porträtt 1–(\\d+) av \\1\\.")
                    .doesNotContain("Äldre porträtt");
        }

        HttpResponse<String> beyond = get("/public/ambassadors.xhtml?from=100", null, null);
        assertThat(beyond.statusCode()).isEqualTo(200);
        assertThat(beyond.body()).contains("Nyare porträtt").contains("from=0").doesNotContain("Något gick fel");
    }

    @Test
    void aPageNumberThatIsNoNumberShowsTheFirstPortraitsAndSaysSo() throws Exception {
        HttpResponse<String> typed = get("/public/ambassadors.xhtml?from=tio", null, null);
        assertThat(typed.statusCode()).isEqualTo(200);
        assertThat(typed.body())
                .contains("”tio” är ingen plats i listan över porträtt")
                .contains("de senaste först, 100 per sida")
                .doesNotContain("Något gick fel", "Nyare porträtt");
    }
}
