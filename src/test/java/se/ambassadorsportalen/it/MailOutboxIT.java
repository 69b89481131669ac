package se.ambassadorsportalen.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Mail from a real action through the outbox to a real SMTP server (GreenMail on
 * {@code it.smtp.port}, where the test server sends): while the server is down the mail waits
 * with its error and is retried; once it is up, the mail arrives once, in the recipient's language.
 */
@ExtendWith(ArquillianExtension.class)
class MailOutboxIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.modules("policy", "story");
    }

    /** How often the outbox is asked again: often enough for a quick answer, seldom enough to be cheap. */
    private static final Duration POLL = Duration.ofMillis(200);

    @ArquillianResource
    URL base;

    private Optional<JsonObject> outboxMail(String to, String title) {
        return Api.as(base, "admin")
                .get("/api/v1/admin/outbox?to=" + to)
                .jsonArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(mail -> mail.getString("subject").contains(title))
                .findFirst();
    }

    /** A time of the outbox's API: ISO-8601 with the offset the portal's zone (Stockholm) had then. */
    private static OffsetDateTime portalTime(JsonObject mail, String field) {
        OffsetDateTime time = OffsetDateTime.parse(mail.getString(field));
        assertThat(time.getOffset())
                .as(field)
                .isEqualTo(ZoneId.of("Europe/Stockholm").getRules().getOffset(time.toInstant()));
        return time;
    }

    /** By subject: the body is quoted-printable, where a long line may break inside the title. */
    private static List<MimeMessage> received(GreenMail smtp, String title) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> subject(m).contains(title))
                .toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void mailThatFailsWhileTheSmtpServerIsDownIsRetriedAndArrivesOnceWhenItIsUp() throws Exception {
        String title = "Nattskiftet " + UUID.randomUUID();
        Api eva = Api.as(base, "eva");
        Api.Reply story = eva.post(
                "/api/v1/stories",
                Json.createObjectBuilder()
                        .add("title", title)
                        .add("body", "Jag trivs här. Vi hjälper varandra varje dag.")
                        .add("materialType", "BRAG")
                        .add("targetGroups", Json.createArrayBuilder().add("POTENTIAL_EMPLOYEES"))
                        .add("brands", Json.createArrayBuilder().add("CLOSE"))
                        .add("channels", Json.createArrayBuilder().add("WEB"))
                        .add("showFirstName", true)
                        .build()
                        .toString());
        assertThat(story.status()).as(story.toString()).isEqualTo(201);

        Api.Reply submitted = eva.post("/api/v1/stories/" + story.json().getJsonNumber("id") + "/submit", "{}");
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);

        JsonObject failedOnce = await("a failed first attempt")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(POLL)
                .until(
                        // The claim counts the attempt before the send is tried; the error comes after it.
                        () -> outboxMail("magnus@fjallmark.example", title)
                                .filter(m -> m.getInt("attempts") >= 1
                                        && !m.getString("error", "").isBlank()),
                        Optional::isPresent)
                .orElseThrow();
        assertThat(failedOnce.getString("status")).isIn("PENDING", "SENDING");
        assertThat(failedOnce.getString("error", "")).isNotBlank();
        OffsetDateTime queued = portalTime(failedOnce, "createdAt");
        assertThat(portalTime(failedOnce, "nextAttemptAt"))
                .as("the retry waits after the failed attempt")
                .isAfter(queued);

        int port = Integer.parseInt(System.getProperty("it.smtp.port", "3025"));
        GreenMail smtp = new GreenMail(new ServerSetup(port, "localhost", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            // The outbox's next retry comes within a minute; other waiting mail may come first.
            assertThat(smtp.waitForIncomingEmail(60_000, 1))
                    .as("the outbox sends again once the server is up")
                    .isTrue();
            List<MimeMessage> arrived = await("the mail at the SMTP server")
                    .atMost(Duration.ofSeconds(60))
                    .pollInterval(POLL)
                    .until(() -> received(smtp, title), list -> !list.isEmpty());
            JsonObject sent = await("the outbox to mark it sent")
                    .atMost(Duration.ofSeconds(10))
                    .pollInterval(POLL)
                    .until(
                            () -> outboxMail("magnus@fjallmark.example", title)
                                    .filter(m -> m.getString("status").equals("SENT")),
                            Optional::isPresent)
                    .orElseThrow();

            assertThat(arrived).hasSize(1);
            assertThat(arrived.get(0).getSubject()).isEqualTo("Berättelse att godkänna: " + title);
            assertThat(arrived.get(0).getAllRecipients()[0].toString()).isEqualTo("magnus@fjallmark.example");
            assertThat(sent.getInt("attempts")).isGreaterThanOrEqualTo(2);
            assertThat(portalTime(sent, "sentAt")).isAfter(queued);
            assertThat(sent.getString("error", null))
                    .as("the error of the failed attempts is cleared")
                    .isNull();
        } finally {
            smtp.stop();
        }
    }
}
