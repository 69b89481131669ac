package se.ambassadorsportalen.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The portal keeps one clock across modules: a story written and a press inquiry logged a moment
 * later carry the same wall-clock time, in Europe/Stockholm, even though the test server's own
 * zone is the machine's (UTC here), as it was when the story module read the server's zone and
 * the press module Stockholm's and their times differed by an hour.
 */
@ExtendWith(ArquillianExtension.class)
class PortalTimeIT {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.modules("policy", "story", "press");
    }

    @ArquillianResource
    URL base;

    @Test
    void aStoryEventAndAPressInquiryLoggedTogetherShowTheSameStockholmTime() {
        LocalDateTime before = LocalDateTime.now(STOCKHOLM).withNano(0).minusSeconds(1);

        Api.Reply story = Api.as(base, "eva")
                .post(
                        "/api/v1/stories",
                        "{\"title\":\"Klockan på avdelningen\","
                                + "\"body\":\"Vi hjälper varandra.\",\"materialType\":\"STAFF_PORTRAIT\",\"targetGroups\":[\"POTENTIAL_EMPLOYEES\"],\"brands\":[\"CLOSE\"],\"showFirstName\":true,\"channels\":[\"WEB\"]}");
        Api.Reply inquiry = Api.as(base, "petra")
                .post(
                        "/api/v1/press/inquiries",
                        "{\"journalist\":\"Tid Testsson\","
                                + "\"outlet\":\"Klockbladet\",\"channel\":\"PHONE\",\"question\":\"Hur dags är det?\",\"deadline\":\""
                                + OffsetDateTime.now().plusHours(3).withNano(0) + "\"}");

        assertThat(story.status()).as(story.toString()).isEqualTo(201);
        assertThat(inquiry.status()).as(inquiry.toString()).isEqualTo(201);
        JsonObject created = story.json().getJsonArray("history").getJsonObject(0);
        LocalDateTime storyTime = LocalDateTime.parse(created.getString("at"));
        LocalDateTime inquiryTime =
                LocalDateTime.parse(inquiry.json().getJsonObject("inquiry").getString("receivedAt"));
        LocalDateTime after = LocalDateTime.now(STOCKHOLM).plusSeconds(1);
        assertThat(storyTime).isBetween(before, after);
        assertThat(inquiryTime).isBetween(before, after);
        assertThat(Duration.between(storyTime, inquiryTime).abs()).isLessThan(Duration.ofMinutes(1));
    }
}
