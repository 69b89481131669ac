package se.ambassadorsportalen.it;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * A real SMTP server for the tests, on the port the test server sends to ({@code it.smtp.port}).
 * Register it with {@code @RegisterExtension static final GreenMailExtension SMTP = SmtpServer.start();}.
 */
final class SmtpServer {

    static final int PORT = Integer.getInteger("it.smtp.port", 9025);

    private SmtpServer() {}

    static GreenMailExtension start() {
        return new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withPerMethodLifecycle(false);
    }

    /** The mails to one address whose subject and body match, waiting up to ten seconds for the first. */
    static List<String> mailsTo(GreenMailExtension smtp, String address, Predicate<String> text) {
        return await("a mail to " + address)
                .atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> Arrays.stream(smtp.getReceivedMessages())
                                .filter(message -> to(message, address))
                                .map(SmtpServer::text)
                                .filter(text)
                                .toList(),
                        found -> !found.isEmpty());
    }

    private static boolean to(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().equals(address));
        } catch (Exception e) {
            return false;
        }
    }

    private static String text(MimeMessage message) {
        try {
            return message.getSubject() + "\n" + message.getContent();
        } catch (Exception e) {
            return "";
        }
    }
}
