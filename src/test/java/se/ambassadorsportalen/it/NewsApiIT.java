package se.ambassadorsportalen.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Internal news through the REST API in the real server: who may write and who reads what (drafts
 * and other units' items are "not found"), the digest caught by a real SMTP server, the private
 * feed with its revocation, and a press release linked to the item that went first.
 */
@ExtendWith(ArquillianExtension.class)
class NewsApiIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = SmtpServer.start();

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.modules("news", "press");
    }

    @ArquillianResource
    URL base;

    static String item(String title, String topic, String units) {
        return "{\"title\":\"" + title + "\",\"body\":\"Text om **" + title + "**.\",\"topic\":\"" + topic
                + "\",\"brand\":\"CLOSE\",\"audienceUnitIds\":" + units + "}";
    }

    JsonObject publish(String title, String topic, String units) {
        Api klara = Api.as(base, "klara");
        Api.Reply created = klara.post("/api/v1/news/items", item(title, topic, units));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonObject draft = created.json();
        Api.Reply published = klara.post(
                "/api/v1/news/items/" + draft.getInt("id") + "/publication",
                "{\"version\":" + draft.getInt("version") + "}");
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        return published.json();
    }

    long unitId(String code) {
        return Api.as(base, "admin").get("/api/v1/admin/units?size=200").json().getJsonArray("items").stream()
                .map(JsonObject.class::cast)
                .filter(u -> code.equals(u.getString("code")))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
    }

    HttpResponse<String> anonymousGet(String url) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void onlyCommunicatorsWriteAndNobodyElseSeesADraft() {
        Api.Reply eva = Api.as(base, "eva").post("/api/v1/news/items", item("Evas nyhet", "WORKPLACE", "[]"));
        Api.Reply anonymous = Api.anonymous(base).get("/api/v1/news/items");
        Api.Reply draft = Api.as(base, "klara").post("/api/v1/news/items", item("Hemligt utkast", "WORKPLACE", "[]"));

        assertThat(eva.outcome()).isEqualTo(Api.BY_ROLE);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(draft.status()).isEqualTo(201);
        assertThat(Api.as(base, "eva")
                        .get("/api/v1/news/items/" + draft.json().getInt("id"))
                        .status())
                .isEqualTo(404);
        Api.Reply list = Api.as(base, "eva").get("/api/v1/news/items?size=50");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("Ny arbetstidsmodell").doesNotContain("Hemligt utkast");
        assertThat(Api.as(base, "klara")
                        .get("/api/v1/news/items/" + draft.json().getInt("id"))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void anItemForOneAdministrationReachesItsPeopleAndNobodyElse() {
        String title = "Tandvårdsnytt " + UUID.randomUUID();
        JsonObject item = publish(title, "HEALTHCARE", "[" + unitId("FTV") + "]");

        assertThat(Api.as(base, "eva")
                        .get("/api/v1/news/items/" + item.getInt("id"))
                        .status())
                .as("eva works in HSF")
                .isEqualTo(404);
        Api.Reply list = Api.as(base, "eva").get("/api/v1/news/items?size=50");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("Hälso- och sjukvården öppnar").doesNotContain(title);
        assertThat(Api.as(base, "klara").get("/api/v1/news/items?size=50").body())
                .as("klara is at the communications unit")
                .doesNotContain("Hälso- och sjukvården öppnar");
        assertThat(Api.as(base, "klara")
                        .get("/api/v1/news/items/" + item.getInt("id"))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void badInputIsRefusedAtItsFieldNotWithAServerError() {
        Api.Reply noTopic =
                Api.as(base, "klara").post("/api/v1/news/items", "{\"title\":\"Rubrik\",\"body\":\"Text\"}");
        Api.Reply badTopic = Api.as(base, "klara").post("/api/v1/news/items", item("Rubrik", "GOSSIP", "[]"));
        Api.Reply badUnit = Api.as(base, "klara").post("/api/v1/news/items", item("Rubrik", "RESEARCH", "[424242]"));

        assertThat(noTopic.status()).isEqualTo(400);
        assertThat(noTopic.body()).contains("topic");
        assertThat(badTopic.status()).isEqualTo(400);
        assertThat(badUnit.status()).isEqualTo(400);
    }

    @Test
    void anEmployeeWhoFollowsATopicGetsTheDigestByMailAndThePersonalFeedCarriesTheItem() throws Exception {
        // the digest comes in the language eva's account last chose: Swedish, whatever other tests chose
        WebSession.signIn(base, "eva", Api.DEMO_PASSWORD).getExactly("/index.xhtml?lang=sv");
        Api eva = Api.as(base, "eva");
        Api.Reply subscribed = eva.put(
                "/api/v1/news/me/subscriptions", "{\"topics\":[\"RESEARCH\"],\"unitIds\":[],\"frequency\":\"DAILY\"}");
        assertThat(subscribed.status()).as(subscribed.body()).isEqualTo(200);
        String title = "Forskningsnytt " + UUID.randomUUID();
        publish(title, "RESEARCH", "[]");
        String other = "Arbetsplatsnytt " + UUID.randomUUID();
        publish(other, "WORKPLACE", "[]");

        assertThat(eva.post("/api/v1/admin/news/digests/DAILY", "{}").outcome())
                .as("not for employees")
                .isEqualTo(Api.BY_ROLE);
        Api.Reply run = Api.as(base, "admin").post("/api/v1/admin/news/digests/DAILY", "{}");
        assertThat(run.status()).as(run.body()).isEqualTo(200);

        assertThat(SmtpServer.mailsTo(SMTP, "eva@fjallmark.example", text -> text.contains(title)))
                .singleElement()
                .satisfies(mail -> assertThat(mail).contains("Dagens nyheter").doesNotContain(other));

        String feedUrl = eva.post("/api/v1/news/me/feed", "{}").json().getString("url");
        HttpResponse<String> feed = anonymousGet(feedUrl);
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
        assertThat(feed.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(feed.body()).contains(title).doesNotContain(other);

        String newUrl = eva.post("/api/v1/news/me/feed", "{}").json().getString("url");
        assertThat(anonymousGet(feedUrl).statusCode())
                .as("the old address after a new one")
                .isEqualTo(404);
        assertThat(anonymousGet(newUrl).statusCode()).isEqualTo(200);
        assertThat(eva.delete("/api/v1/news/me/feed").status()).isEqualTo(204);
        assertThat(anonymousGet(newUrl).statusCode()).as("after revoking").isEqualTo(404);
    }

    @Test
    void aReleaseLinkedToAPublishedItemTakesItsTimeAndAnEarlierReleaseNeedsAReason() {
        JsonObject published = publish("Ny vårdcentral i Sjövik " + UUID.randomUUID(), "HEALTHCARE", "[]");
        Api petra = Api.as(base, "petra");
        String tomorrow = LocalDateTime.now().plusDays(1).withNano(0).toString();
        Api.Reply linked = petra.post(
                "/api/v1/press/releases",
                "{\"title\":\"Vårdcentral\",\"externalReleaseAt\":\"" + tomorrow + "\",\"internalNewsId\":"
                        + published.getInt("id") + "}");
        assertThat(linked.status()).as(linked.body()).isEqualTo(201);
        assertThat(linked.json().getInt("internalNewsId")).isEqualTo(published.getInt("id"));
        assertThat(linked.json().getString("internalNoticeAt"))
                .startsWith(published.getString("publishedAt").substring(0, 16));

        Api.Reply draft =
                Api.as(base, "klara").post("/api/v1/news/items", item("Utkast till nyhet", "HEALTHCARE", "[]"));
        String inTwoDays = LocalDateTime.now().plusDays(2).withNano(0).toString();
        Api.Reply early = petra.post(
                "/api/v1/press/releases",
                "{\"title\":\"Tidigt\",\"internalNoticeAt\":\"" + inTwoDays + "\",\"externalReleaseAt\":\"" + tomorrow
                        + "\",\"internalNewsId\":" + draft.json().getInt("id") + "}");
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.body()).contains("earlyReason");
        Api.Reply unknown = petra.post(
                "/api/v1/press/releases",
                "{\"title\":\"Okänd\",\"externalReleaseAt\":\"" + tomorrow + "\",\"internalNewsId\":987654321}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("internalNewsId");
    }
}
