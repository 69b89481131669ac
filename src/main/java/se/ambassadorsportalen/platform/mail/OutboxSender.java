package se.ambassadorsportalen.platform.mail;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.mail.Session;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * Empties the outbox every few seconds on every node ({@code portal.mail.sweep.seconds}, default
 * 10). Several nodes sweeping the same table is safe and wanted: each mail is claimed by exactly
 * one of them ({@link OutboxDelivery}), so the work spreads and a dead node's share is taken by the
 * others, with no job lease needed. Polling instead of a signal after each commit keeps a commit
 * free of anything that could fail after it; a mail leaves a few seconds after its transaction.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @Resource(lookup = "mail/portal")
    Session session;

    @Resource
    TimerService timers;

    private final AtomicBoolean running = new AtomicBoolean();
    private OutboxDelivery delivery;

    @PostConstruct
    void start() {
        boolean logOnly = Boolean.parseBoolean(setting("portal/mailToLog", "false"));
        OutboxDelivery.Transport transport = logOnly ? OutboxSender::log : new SmtpTransport(session);
        OutboxDelivery.Settings defaults = OutboxDelivery.Settings.DEFAULT;
        OutboxDelivery.Settings settings = new OutboxDelivery.Settings(
                Integer.parseInt(setting("portal/mail/attempts", String.valueOf(defaults.maxAttempts()))),
                Duration.ofSeconds(Long.parseLong(setting("portal/mail/retrySeconds", "60"))),
                defaults.maxRetry(),
                defaults.claimFor(),
                defaults.batch());
        // the outbox keeps instants: the clock's zone plays no part
        delivery = new OutboxDelivery(dataSource, transport, settings, Clock.systemUTC());
        long every = Long.parseLong(setting("portal/mail/sweepSeconds", "10")) * 1000;
        timers.createIntervalTimer(every, every, new TimerConfig("outbox", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sweep() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            delivery.deliverDue();
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "Sending the outbox failed; the next sweep tries again", e);
        } finally {
            running.set(false);
        }
    }

    /** Mails waiting, being sent and failed, for metrics and readiness. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Map<OutgoingMail.Status, Long> counts() throws SQLException {
        return delivery.counts();
    }

    private static OutgoingMail.Status log(OutboxDelivery.Queued mail) {
        LOG.info(
                () -> "Mail (demo mode, not sent) to " + mail.recipient() + ": " + mail.subject() + "\n" + mail.body());
        return OutgoingMail.Status.LOGGED;
    }

    /** A jndiEntry of server.xml, whatever type Liberty made of its literal; the default when absent. */
    static String setting(String name, String fallback) {
        try {
            Object value = new InitialContext().lookup(name);
            return value == null ? fallback : String.valueOf(value).trim();
        } catch (NamingException e) {
            return fallback;
        }
    }
}
