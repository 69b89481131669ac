package se.ambassadorsportalen.platform.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;

/**
 * Sends an outbox mail by SMTP as plain UTF-8 text. The Message-ID is derived from the outbox
 * row, so that even a mail an admin chose to send again is recognisable as the same message.
 */
public class SmtpTransport implements OutboxDelivery.Transport {

    private final Session session;

    public SmtpTransport(Session session) {
        this.session = session;
    }

    @Override
    public OutgoingMail.Status send(OutboxDelivery.Queued mail) throws MessagingException {
        String messageId = "<outbox-" + mail.id() + "@ambassadorsportalen>";
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.recipient(), true));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setText(mail.body(), StandardCharsets.UTF_8.name());
        Transport.send(message);
        return OutgoingMail.Status.SENT;
    }
}
