package se.ambassadorsportalen.platform.mail;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.persistence.Page;
import se.ambassadorsportalen.platform.persistence.PageRequest;
import se.ambassadorsportalen.platform.security.Role;
import se.ambassadorsportalen.platform.time.PortalTime;

/**
 * Queues plain-text mail for every module. {@link #send} only writes the mail to the outbox, in
 * the caller's transaction: if that transaction rolls back, the mail was never there; if it
 * commits, {@link OutboxSender} sends it moments later, retrying while the SMTP server is away.
 * Callers write subject and body in the recipient's language, as before; nothing here translates.
 */
@Stateless
public class Mailer {

    @PersistenceContext
    EntityManager em;

    /**
     * Queues the mail; a missing address is recorded as failed at once, with nothing to retry.
     * Open to every caller: modules mail on behalf of anyone, also of nobody (jobs, a lockout).
     */
    @PermitAll
    public OutgoingMail send(String recipient, String subject, String body) {
        // Someone without an e-mail address (the HR export may leave it out) must not make the action
        // that mails them fail: the outbox keeps the mail as failed, with an empty recipient.
        OutgoingMail mail = new OutgoingMail(recipient == null ? "" : recipient, subject, body, PortalTime.moment());
        em.persist(mail);
        return mail;
    }

    /** The newest mails to one address: admins answer "did the reminder go out?", the lockout notice counts. */
    @PermitAll
    public List<OutgoingMail> latestTo(String recipient, int max) {
        return em.createQuery(
                        "select m from OutgoingMail m where m.recipient = :to order by m.createdAt desc, m.id desc",
                        OutgoingMail.class)
                .setParameter("to", recipient)
                .setMaxResults(max)
                .getResultList();
    }

    /** One page of the outbox, newest first, optionally of one status; paged in the database. */
    @RolesAllowed(Role.Names.ADMIN)
    public Page<OutgoingMail> page(OutgoingMail.Status status, PageRequest request) {
        String where = status == null ? "" : " where m.status = :status";
        var items = em.createQuery(
                "select m from OutgoingMail m" + where + " order by m.createdAt desc, m.id desc", OutgoingMail.class);
        var count = em.createQuery("select count(m) from OutgoingMail m" + where, Long.class);
        if (status != null) {
            items.setParameter("status", status);
            count.setParameter("status", status);
        }
        return new Page<>(
                items.setFirstResult(request.first())
                        .setMaxResults(request.size())
                        .getResultList(),
                count.getSingleResult());
    }

    /**
     * An admin's retry of a failed mail: it waits again and the next sweep sends it. A mail that
     * is not failed (sent, waiting, or being sent right now) is refused as a conflict.
     */
    @RolesAllowed(Role.Names.ADMIN)
    public OutgoingMail retry(long id) {
        OutgoingMail mail = em.find(OutgoingMail.class, id);
        if (mail == null) {
            throw PortalException.notFound("platform.outbox.notFound", id);
        }
        if (!mail.retry(PortalTime.moment())) {
            throw PortalException.conflict("platform.outbox.notFailed");
        }
        em.flush();
        return mail;
    }
}
