package se.ambassadorsportalen.platform.mail;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import javax.sql.DataSource;
import se.ambassadorsportalen.platform.persistence.InstantConverter;

/**
 * Sends what waits in the outbox, safely with several nodes and crashes. Plain JDBC with
 * auto-commit, so that every step is committed before the next one begins:
 * <ol>
 * <li>claim one due mail by a conditional update (PENDING to SENDING, with a claim token): of two
 * nodes that race for it, exactly one updates the row;</li>
 * <li>send it (outside any transaction, so a slow SMTP server holds no lock);</li>
 * <li>record the outcome, only under the same claim token: SENT, or back to PENDING with an
 * exponentially later next attempt, or FAILED when the attempts are used up.</li>
 * </ol>
 * A node that dies between 1 and 3 leaves the mail SENDING; when its claim runs out the mail is
 * marked FAILED ("interrupted"), never sent again by itself: the SMTP server may already have it,
 * and a mail twice is worse than a mail an admin retries from the outbox page. The window is
 * one SMTP conversation long.
 *
 * <p>Every time is an instant ({@code TIMESTAMP WITH TIME ZONE}), bound as an
 * {@code OffsetDateTime} at UTC: claims and due times compare instant with instant on H2 and
 * PostgreSQL alike, so a five-minute claim lasts five minutes through the night summer time
 * ends, and neither the clock's, the JVM's nor the database session's zone plays a part.
 */
public class OutboxDelivery {

    /** How patient the sender is. */
    public record Settings(int maxAttempts, Duration firstRetry, Duration maxRetry, Duration claimFor, int batch) {

        public static final Settings DEFAULT =
                new Settings(8, Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofMinutes(5), 50);
    }

    /** A claimed mail, as the transport sees it. */
    public record Queued(long id, String recipient, String subject, String body, Instant createdAt, int attempt) {}

    /** Delivers one mail; says whether it was sent (SENT) or only logged (LOGGED). */
    @FunctionalInterface
    public interface Transport {
        OutgoingMail.Status send(Queued mail) throws Exception;
    }

    /** What one run did. */
    public record Run(int sent, int retryLater, int failed, int lostToOtherNodes) {}

    static final String INTERRUPTED = "interrupted: the node stopped while sending; it may have arrived, retry by hand";
    private static final Logger LOG = Logger.getLogger(OutboxDelivery.class.getName());

    private final DataSource db;
    private final Transport transport;
    private final Settings settings;
    private final Clock clock;

    public OutboxDelivery(DataSource db, Transport transport, Settings settings, Clock clock) {
        this.db = db;
        this.transport = transport;
        this.settings = settings;
        this.clock = clock;
    }

    /** The wait before attempt {@code attempts + 1}: the first retry, doubled per attempt, capped. */
    public static Duration backoff(int attempts, Duration first, Duration max) {
        if (attempts <= 1) {
            return first;
        }
        long factor = 1L << Math.min(attempts - 1, 30);
        Duration wait = first.multipliedBy(factor);
        return wait.compareTo(max) > 0 ? max : wait;
    }

    /** Sends up to one batch of due mail. */
    public Run deliverDue() throws SQLException {
        failInterrupted();
        int sent = 0;
        int retry = 0;
        int failed = 0;
        int lost = 0;
        for (long id : dueIds()) {
            String token = UUID.randomUUID().toString();
            Queued mail = claim(id, token);
            if (mail == null) {
                lost++;
                continue;
            }
            OutgoingMail.Status outcome;
            try {
                outcome = transport.send(mail);
            } catch (Exception e) {
                if (attemptFailed(mail, token, e)) {
                    failed++;
                } else {
                    retry++;
                }
                continue;
            }
            record(mail.id(), token, outcome);
            sent++;
        }
        return new Run(sent, retry, failed, lost);
    }

    /** How many mails wait, are being sent and have failed (for metrics and readiness). */
    public Map<OutgoingMail.Status, Long> counts() throws SQLException {
        Map<OutgoingMail.Status, Long> counts = new EnumMap<>(OutgoingMail.Status.class);
        for (OutgoingMail.Status status :
                List.of(OutgoingMail.Status.PENDING, OutgoingMail.Status.SENDING, OutgoingMail.Status.FAILED)) {
            counts.put(status, 0L);
        }
        try (Connection c = connection();
                PreparedStatement s = c.prepareStatement("select status, count(*)"
                        + " from mail_outbox where status in ('PENDING', 'SENDING', 'FAILED') group by status");
                ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                counts.put(OutgoingMail.Status.valueOf(rows.getString(1)), rows.getLong(2));
            }
        }
        return counts;
    }

    private List<Long> dueIds() throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = connection();
                PreparedStatement s = c.prepareStatement("select id from mail_outbox"
                        + " where status = 'PENDING' and next_attempt_at <= ? order by next_attempt_at, id")) {
            s.setMaxRows(settings.batch());
            s.setObject(1, now());
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        return ids;
    }

    /** The conditional update that makes one node the sender of this mail, then the mail itself. */
    private Queued claim(long id, String token) throws SQLException {
        OffsetDateTime now = now();
        try (Connection c = connection()) {
            try (PreparedStatement s = c.prepareStatement("update mail_outbox set status = 'SENDING', claim_token = ?,"
                    + " claimed_until = ?, attempts = attempts + 1, version = version + 1"
                    + " where id = ? and status = 'PENDING' and next_attempt_at <= ?")) {
                s.setString(1, token);
                s.setObject(2, now.plus(settings.claimFor()));
                s.setLong(3, id);
                s.setObject(4, now);
                if (s.executeUpdate() != 1) {
                    return null;
                }
            }
            try (PreparedStatement s = c.prepareStatement("select recipient, subject, body, created_at, attempts"
                    + " from mail_outbox where id = ? and claim_token = ?")) {
                s.setLong(1, id);
                s.setString(2, token);
                try (ResultSet row = s.executeQuery()) {
                    if (!row.next()) {
                        return null;
                    }
                    return new Queued(
                            id,
                            row.getString(1),
                            row.getString(2),
                            row.getString(3),
                            row.getObject(4, OffsetDateTime.class).toInstant(),
                            row.getInt(5));
                }
            }
        }
    }

    private void record(long id, String token, OutgoingMail.Status outcome) throws SQLException {
        try (Connection c = connection();
                PreparedStatement s = c.prepareStatement("update mail_outbox set status = ?,"
                        + " sent_at = ?, error = null, claim_token = null, claimed_until = null, version = version + 1"
                        + " where id = ? and claim_token = ?")) {
            s.setString(1, outcome.name());
            s.setObject(2, now());
            s.setLong(3, id);
            s.setString(4, token);
            s.executeUpdate();
        }
    }

    /** Back to PENDING a little later, or FAILED for good; true when it gave up. */
    private boolean attemptFailed(Queued mail, String token, Exception e) throws SQLException {
        boolean giveUp = mail.attempt() >= settings.maxAttempts();
        String reason = String.valueOf(e.getMessage());
        LOG.warning(() -> "Mail " + mail.id() + " (attempt " + mail.attempt() + ") could not be sent"
                + (giveUp ? ", giving up: " : ", will retry: ") + reason);
        OffsetDateTime next = now().plus(backoff(mail.attempt(), settings.firstRetry(), settings.maxRetry()));
        try (Connection c = connection();
                PreparedStatement s = c.prepareStatement("update mail_outbox set status = ?,"
                        + " next_attempt_at = ?, error = ?, claim_token = null, claimed_until = null, version = version + 1"
                        + " where id = ? and claim_token = ?")) {
            s.setString(1, giveUp ? "FAILED" : "PENDING");
            if (giveUp) {
                s.setNull(2, Types.TIMESTAMP_WITH_TIMEZONE);
            } else {
                s.setObject(2, next);
            }
            s.setString(3, reason.substring(0, Math.min(reason.length(), 1000)));
            s.setLong(4, mail.id());
            s.setString(5, token);
            s.executeUpdate();
        }
        return giveUp;
    }

    private void failInterrupted() throws SQLException {
        try (Connection c = connection();
                PreparedStatement s = c.prepareStatement("update mail_outbox set"
                        + " status = 'FAILED', error = ?, claim_token = null, claimed_until = null, version = version + 1"
                        + " where status = 'SENDING' and claimed_until < ?")) {
            s.setString(1, INTERRUPTED);
            s.setObject(2, now());
            int interrupted = s.executeUpdate();
            if (interrupted > 0) {
                LOG.warning(() -> interrupted + " mail(s) were being sent by a node that stopped; marked failed");
            }
        }
    }

    private Connection connection() throws SQLException {
        Connection connection = db.getConnection();
        connection.setAutoCommit(true);
        return connection;
    }

    /** The clock's instant, as JDBC binds an instant alike on H2 and PostgreSQL. */
    private OffsetDateTime now() {
        return InstantConverter.toColumn(clock.instant());
    }
}
