package se.ambassadorsportalen.platform.mail;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Logger;

/**
 * Sends plain-text mail for every module. Each mail is recorded in the outbox within the
 * caller's transaction; with {@code portal.mail.log} on (demo mode) it goes only to the
 * outbox and the log, otherwise it is also sent through the {@code mail/portal} session. A
 * failing SMTP server never undoes the user's action: the mail is marked failed instead.
 */
@Stateless
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "portal/mailToLog")
    Boolean mailToLog;

    @Resource(lookup = "mail/portal")
    Session session;

    public OutgoingMail send(String recipient, String subject, String body) {
        // Someone without an e-mail address (the HR export may leave it out) must not make the action
        // that mails them fail: the outbox keeps the mail as failed, with an empty recipient.
        OutgoingMail mail = new OutgoingMail(recipient == null ? "" : recipient, subject, body, LocalDateTime.now());
        em.persist(mail);
        if (recipient == null || recipient.isBlank()) {
            mail.failed("no address");
            return mail;
        }
        if (Boolean.TRUE.equals(mailToLog)) {
            LOG.info(() -> "Mail (demo mode, not sent) to " + recipient + ": " + subject + "\n" + body);
            return mail;
        }
        try {
            MimeMessage message = new MimeMessage(session);
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient, true));
            message.setSubject(subject, StandardCharsets.UTF_8.name());
            message.setText(body, StandardCharsets.UTF_8.name());
            Transport.send(message);
            mail.sent();
        } catch (MessagingException | RuntimeException e) {
            LOG.warning(() -> "Mail to " + recipient + " could not be sent: " + e.getMessage());
            mail.failed(e.getMessage());
        }
        return mail;
    }

    /** The newest mails to one address, for admins and tests that check a reminder went out. */
    public List<OutgoingMail> latestTo(String recipient, int max) {
        return em.createQuery("select m from OutgoingMail m where m.recipient = :to order by m.createdAt desc, m.id desc",
                OutgoingMail.class).setParameter("to", recipient).setMaxResults(max).getResultList();
    }
}
