package se.ambassadorsportalen.news.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import se.ambassadorsportalen.news.control.DigestMail;
import se.ambassadorsportalen.news.entity.DigestFrequency;
import se.ambassadorsportalen.news.entity.NewsItem;
import se.ambassadorsportalen.news.entity.NewsReader;
import se.ambassadorsportalen.organisation.boundary.UserAccounts;
import se.ambassadorsportalen.platform.i18n.Languages;
import se.ambassadorsportalen.platform.mail.Mailer;
import se.ambassadorsportalen.platform.security.OpenOnPurpose;
import se.ambassadorsportalen.platform.security.Role;
import se.ambassadorsportalen.platform.time.PortalTime;

/**
 * The digest mails: every morning to daily readers, on Monday mornings to weekly ones ({@link NewsSchedule}), each with
 * the items published since their last digest that they follow and are in the audience of, in the
 * language they chose. Each reader is handled in a transaction of their own, so one bad address
 * never holds back the rest; a reader with nothing new gets no mail. Sent through the portal's
 * {@link Mailer}, so it lands in the outbox like every other mail.
 */
@Stateless
public class NewsDigests {

    private static final Logger LOG = Logger.getLogger(NewsDigests.class.getName());
    private static final int READERS_PER_READ = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserAccounts accounts;

    @Inject
    Mailer mailer;

    @Inject
    NewsDigests self;

    /** The scheduled round ({@link NewsSchedule}, once across nodes); no caller is signed in then. */
    @PermitAll
    @OpenOnPurpose("the digest job, run without a caller")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int sendScheduled(DigestFrequency frequency) {
        return send(frequency);
    }

    /** Sends the digest of one frequency now (also what operators call to resend after an outage); returns the mails sent. */
    @RolesAllowed(Role.Names.ADMIN)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int sendNow(DigestFrequency frequency) {
        return send(frequency);
    }

    private int send(DigestFrequency frequency) {
        if (frequency == DigestFrequency.NONE) {
            return 0;
        }
        Instant now = NewsItems.now();
        int sent = 0;
        long afterId = 0;
        while (true) {
            List<Long> ids = em.createQuery(
                            "select r.id from NewsReader r where r.frequency = :frequency and r.id > :after"
                                    + " order by r.id",
                            Long.class)
                    .setParameter("frequency", frequency)
                    .setParameter("after", afterId)
                    .setMaxResults(READERS_PER_READ)
                    .getResultList();
            for (Long id : ids) {
                try {
                    sent += self.sendTo(id, now) ? 1 : 0;
                } catch (RuntimeException e) {
                    LOG.warning(() -> "News digest for reader " + id + " failed: " + e);
                }
            }
            if (ids.size() < READERS_PER_READ) {
                return sent;
            }
            afterId = ids.get(ids.size() - 1);
        }
    }

    @PermitAll
    @OpenOnPurpose("one reader's digest, sent by the job without a caller")
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean sendTo(long readerId, Instant now) {
        NewsReader reader = em.find(NewsReader.class, readerId);
        UserAccounts.ActiveAccount account =
                accounts.activeAccount(reader.getUsername()).orElse(null);
        if (account == null || account.person() == null || !reader.followsAnything()) {
            reader.digestSent(now);
            return false;
        }
        List<NewsItem> items = ReaderItems.of(em, reader, account.person(), reader.getLastDigestAt()).stream()
                .filter(item -> !item.getPublishedAt().isAfter(now))
                .toList();
        reader.digestSent(now);
        if (items.isEmpty()) {
            return false;
        }
        Locale locale = Languages.closest(account.language());
        DigestMail.Mail mail = DigestMail.compose(
                locale,
                reader.getFrequency() == DigestFrequency.WEEKLY,
                items.stream()
                        .map(item -> new DigestMail.Entry(
                                item.getTitle(),
                                PortalTime.local(item.getPublishedAt()),
                                "news.topic." + item.getTopic().name(),
                                item.getPlainText()))
                        .toList());
        mailer.send(account.person().getEmail(), mail.subject(), mail.body());
        return true;
    }
}
