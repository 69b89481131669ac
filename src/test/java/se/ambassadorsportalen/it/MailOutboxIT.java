package se.ambassadorsportalen.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
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

    @ArquillianResource
    URL base;

    private static <T> T waitFor(String what, Duration limit, Supplier<Optional<T>> condition) throws InterruptedException {
        Instant until = Instant.now().plus(limit);
        while (Instant.now().isBefore(until)) {
            Optional<T> value = condition.get();
            if (value.isPresent()) {
                return value.get();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Waited " + limit + " for " + what);
    }

    private Optional<JsonObject> outboxMail(String to, String title) {
        return Api.as(base, "admin").get("/api/v1/admin/outbox?to=" + to).jsonArray().getValuesAs(JsonObject.class)
                .stream().filter(mail -> mail.getString("subject").contains(title)).findFirst();
    }

    /** By subject: the body is quoted-printable, where a long line may break inside the title. */
    private static List<MimeMessage> received(GreenMail smtp, String title) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> subject(m).contains(title)).toList();
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
        Api.Reply story = eva.post("/api/v1/stories", Json.createObjectBuilder().add("title", title)
                .add("body", "Jag trivs här. Vi hjälper varandra varje dag.").add("materialType", "BRAG")
                .add("targetGroups", Json.createArrayBuilder().add("POTENTIAL_EMPLOYEES"))
                .add("brands", Json.createArrayBuilder().add("CLOSE"))
                .add("channels", Json.createArrayBuilder().add("WEB")).add("showFirstName", true).build().toString());
        assertThat(story.status()).as(story.toString()).isEqualTo(201);

        Api.Reply submitted = eva.post("/api/v1/stories/" + story.json().getJsonNumber("id") + "/submit", "{}");
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);

        JsonObject failedOnce = waitFor("a failed first attempt", Duration.ofSeconds(30),
                () -> outboxMail("magnus@fjallmark.example", title).filter(m -> m.getInt("attempts") >= 1));
        assertThat(failedOnce.getString("status")).isIn("PENDING", "SENDING");
        assertThat(failedOnce.getString("error", "")).isNotBlank();

        int port = Integer.parseInt(System.getProperty("it.smtp.port", "3025"));
        GreenMail smtp = new GreenMail(new ServerSetup(port, "localhost", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            List<MimeMessage> arrived = waitFor("the mail at the SMTP server", Duration.ofSeconds(60),
                    () -> Optional.of(received(smtp, title)).filter(list -> !list.isEmpty()));
            JsonObject sent = waitFor("the outbox to mark it sent", Duration.ofSeconds(10),
                    () -> outboxMail("magnus@fjallmark.example", title).filter(m -> m.getString("status").equals("SENT")));

            assertThat(arrived).hasSize(1);
            assertThat(arrived.get(0).getSubject()).isEqualTo("Berättelse att godkänna: " + title);
            assertThat(arrived.get(0).getAllRecipients()[0].toString()).isEqualTo("magnus@fjallmark.example");
            assertThat(sent.getInt("attempts")).isGreaterThanOrEqualTo(2);
            assertThat(sent.getString("error", null)).as("the error of the failed attempts is cleared").isNull();
        } finally {
            smtp.stop();
        }
    }
}
