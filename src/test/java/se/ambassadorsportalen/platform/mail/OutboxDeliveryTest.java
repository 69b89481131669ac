package se.ambassadorsportalen.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.platform.persistence.MigratedH2;

/**
 * The outbox's sending rules on a migrated database and a real SMTP server (GreenMail, started
 * here): sent once after commit, nothing for a rolled-back transaction, retried with backoff while
 * the server is down, exactly once when two nodes race, never resent after a crash mid-send.
 */
class OutboxDeliveryTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2026, 12, 1, 9, 0);
    private static final OutboxDelivery.Settings SETTINGS =
            new OutboxDelivery.Settings(3, Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofMinutes(5), 50);

    private JdbcDataSource db;
    private GreenMail smtp;
    private Session session;

    @BeforeEach
    void migratedDatabaseAndSmtpServer() {
        db = MigratedH2.fresh("outbox");
        ServerSetup setup = new ServerSetup(0, "localhost", ServerSetup.PROTOCOL_SMTP).dynamicPort();
        smtp = new GreenMail(setup);
        smtp.start();
        session = session(smtp.getSmtp().getPort());
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    private static Session session(int port) {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "localhost");
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.connectiontimeout", "2000");
        properties.put("mail.smtp.timeout", "2000");
        properties.put("mail.from", "portal@localhost");
        return Session.getInstance(properties);
    }

    private static Clock at(LocalDateTime time) {
        return Clock.fixed(time.atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
    }

    /** A time of the tests' JVM's clock as the outbox binds an instant. */
    private static OffsetDateTime instant(LocalDateTime time) {
        return at(time).instant().atOffset(ZoneOffset.UTC);
    }

    private OutboxDelivery delivery(LocalDateTime now) {
        return new OutboxDelivery(db, new SmtpTransport(session), SETTINGS, at(now));
    }

    /** Writes a mail as Mailer does: a PENDING row, in a transaction that commits or rolls back. */
    private long queue(String to, String subject, boolean commit) throws Exception {
        return queue(to, subject, commit, instant(T0));
    }

    private long queue(String to, String subject, boolean commit, OffsetDateTime at) throws Exception {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            long id;
            try (ResultSet next = c.createStatement().executeQuery("select next value for portal_seq")) {
                next.next();
                id = next.getLong(1);
            }
            try (PreparedStatement s = c.prepareStatement(
                    "insert into mail_outbox (id, version, recipient, subject, body,"
                            + " created_at, status, attempts, next_attempt_at) values (?, 0, ?, ?, ?, ?, 'PENDING', 0, ?)")) {
                s.setLong(1, id);
                s.setString(2, to);
                s.setString(3, subject);
                s.setString(4, "Hej!\nDu har en förfrågan från pressen.");
                s.setObject(5, at);
                s.setObject(6, at);
                s.executeUpdate();
            }
            if (commit) {
                c.commit();
            } else {
                c.rollback();
            }
            return id;
        }
    }

    /** Reads one column of the mail's row. */
    @FunctionalInterface
    private interface Reader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private <T> T value(long id, String column, Reader<T> reader) throws Exception {
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement("select " + column + " from mail_outbox where id = ?")) {
            s.setLong(1, id);
            try (ResultSet row = s.executeQuery()) {
                row.next();
                return reader.read(row);
            }
        }
    }

    private String column(long id, String column) throws Exception {
        return value(id, column, row -> String.valueOf(row.getObject(1)));
    }

    private Instant moment(long id, String column) throws Exception {
        return value(id, column, row -> {
            OffsetDateTime moment = row.getObject(1, OffsetDateTime.class);
            return moment == null ? null : moment.toInstant();
        });
    }

    @Test
    void committedMailIsSentOnceInUtf8AndMarkedSent() throws Exception {
        long id = queue("eva@fjallmark.example", "Påminnelse: svara journalisten", true);

        OutboxDelivery.Run run = delivery(T0).deliverDue();
        OutboxDelivery.Run again = delivery(T0.plusMinutes(5)).deliverDue();

        assertThat(run.sent()).isEqualTo(1);
        assertThat(again.sent()).isZero();
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("Påminnelse: svara journalisten");
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("eva@fjallmark.example");
        assertThat(received[0].getMessageID()).isEqualTo("<outbox-" + id + "@ambassadorsportalen>");
        assertThat(column(id, "status")).isEqualTo("SENT");
        assertThat(moment(id, "sent_at")).isEqualTo(instant(T0).toInstant());
    }

    @Test
    void mailOfARolledBackTransactionIsNeverSent() throws Exception {
        queue("eva@fjallmark.example", "Om något som aldrig hände", false);

        OutboxDelivery.Run run = delivery(T0.plusMinutes(1)).deliverDue();

        assertThat(run.sent()).isZero();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void sendThatFailsWhileTheServerIsDownIsRetriedAfterABackoffAndThenSent() throws Exception {
        long id = queue("petra@fjallmark.example", "Ny medieförfrågan", true);
        smtp.stop();

        OutboxDelivery.Run down = delivery(T0).deliverDue();

        assertThat(down.retryLater()).isEqualTo(1);
        assertThat(column(id, "status")).isEqualTo("PENDING");
        assertThat(column(id, "attempts")).isEqualTo("1");
        assertThat(column(id, "error")).isNotEqualTo("null");
        assertThat(moment(id, "next_attempt_at"))
                .isEqualTo(instant(T0.plusMinutes(1)).toInstant());

        smtp = new GreenMail(new ServerSetup(0, "localhost", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        session = session(smtp.getSmtp().getPort());
        assertThat(delivery(T0.plusSeconds(30)).deliverDue().sent())
                .as("not before the backoff")
                .isZero();
        OutboxDelivery.Run up = delivery(T0.plusMinutes(1)).deliverDue();

        assertThat(up.sent()).isEqualTo(1);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(column(id, "status")).isEqualTo("SENT");
        assertThat(column(id, "error")).isEqualTo("null");
    }

    @Test
    void mailIsMarkedFailedWhenItsAttemptsAreUsedUpAndAnAdminRetryQueuesItAgain() throws Exception {
        long id = queue("hanna@fjallmark.example", "Enkäten är importerad", true);
        smtp.stop();
        LocalDateTime now = T0;
        for (int attempt = 1; attempt <= SETTINGS.maxAttempts(); attempt++) {
            delivery(now).deliverDue();
            now = now.plusHours(2);
        }
        assertThat(column(id, "status")).isEqualTo("FAILED");
        assertThat(column(id, "attempts")).isEqualTo(String.valueOf(SETTINGS.maxAttempts()));
        assertThat(delivery(now.plusDays(1)).deliverDue().sent())
                .as("a failed mail waits for an admin")
                .isZero();
    }

    @Test
    void backoffDoublesFromTheFirstRetryUpToItsCap() {
        Duration first = Duration.ofMinutes(1);
        Duration cap = Duration.ofHours(1);

        assertThat(OutboxDelivery.backoff(1, first, cap)).isEqualTo(Duration.ofMinutes(1));
        assertThat(OutboxDelivery.backoff(2, first, cap)).isEqualTo(Duration.ofMinutes(2));
        assertThat(OutboxDelivery.backoff(4, first, cap)).isEqualTo(Duration.ofMinutes(8));
        assertThat(OutboxDelivery.backoff(7, first, cap)).isEqualTo(cap);
        assertThat(OutboxDelivery.backoff(60, first, cap)).isEqualTo(cap);
    }

    @Test
    void twoNodesSweepingAtOnceSendEveryMailExactlyOnce() throws Exception {
        int mails = 40;
        for (int i = 0; i < mails; i++) {
            queue("person" + i + "@fjallmark.example", "Meddelande " + i, true);
        }
        CyclicBarrier together = new CyclicBarrier(2);
        Callable<OutboxDelivery.Run> node = () -> {
            together.await();
            return delivery(T0).deliverDue();
        };
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<OutboxDelivery.Run>> runs = nodes.invokeAll(List.of(node, node));
            int sent = 0;
            for (Future<OutboxDelivery.Run> run : runs) {
                sent += run.get().sent();
            }
            assertThat(sent).isEqualTo(mails);
        } finally {
            nodes.shutdownNow();
        }
        List<String> subjects = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            subjects.add(message.getSubject());
        }
        assertThat(subjects).hasSize(mails).doesNotHaveDuplicates();
    }

    @Test
    void mailClaimedByANodeThatDiedIsMarkedFailedNotSentAgain() throws Exception {
        long id = queue("klara@fjallmark.example", "Berättelsen är publicerad", true);
        // The crash: a node's claim is committed, then the node dies inside the SMTP conversation.
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "update mail_outbox set"
                                + " status = 'SENDING', claim_token = 'dead-node', claimed_until = ?, attempts = 1 where id = ?")) {
            s.setObject(1, instant(T0.plus(SETTINGS.claimFor())));
            s.setLong(2, id);
            s.executeUpdate();
        }

        assertThat(delivery(T0.plusMinutes(1)).deliverDue().sent())
                .as("the claim still holds")
                .isZero();
        assertThat(column(id, "status")).isEqualTo("SENDING");
        delivery(T0.plusMinutes(10)).deliverDue();

        assertThat(column(id, "status")).isEqualTo("FAILED");
        assertThat(column(id, "error")).isEqualTo(OutboxDelivery.INTERRUPTED);
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    /** A node that stops in the middle of sending: nothing after the claim is written. */
    private static final class NodeStopped extends Error {
        private static final long serialVersionUID = 1L;
    }

    /**
     * A node at a moment given with Stockholm's offset then, whose clock is in Tokyo's zone and
     * whose database sessions are in New York's: neither may play a part.
     */
    private OutboxDelivery nodeAt(String stockholmTime, OutboxDelivery.Transport transport) {
        DataSource sessions = MigratedH2.inSessionZone(db, ZoneId.of("America/New_York"));
        return new OutboxDelivery(
                sessions,
                transport,
                SETTINGS,
                Clock.fixed(OffsetDateTime.parse(stockholmTime).toInstant(), ZoneId.of("Asia/Tokyo")));
    }

    @Test
    void aClaimLastsItsFiveMinutesThroughTheNightSummerTimeEnds() throws Exception {
        long id = queue(
                "klara@fjallmark.example", "Nattens berättelse", true, OffsetDateTime.parse("2026-10-25T02:50+02:00"));
        OutboxDelivery.Transport stops = mail -> {
            throw new NodeStopped();
        };
        assertThatThrownBy(() -> nodeAt("2026-10-25T02:58+02:00", stops).deliverDue())
                .isInstanceOf(NodeStopped.class);
        assertThat(column(id, "status")).isEqualTo("SENDING");
        assertThat(moment(id, "claimed_until")).isEqualTo("2026-10-25T01:03:00Z");

        // the clocks went back at 03:00: three minutes later they read 02:01
        OutboxDelivery other = nodeAt("2026-10-25T02:01+01:00", new SmtpTransport(session));
        assertThat(other.deliverDue().sent()).as("the claim still holds").isZero();
        assertThat(column(id, "status")).isEqualTo("SENDING");
        nodeAt("2026-10-25T02:04+01:00", new SmtpTransport(session)).deliverDue();

        assertThat(column(id, "status"))
                .as("six minutes after the claim, not an hour more")
                .isEqualTo("FAILED");
        assertThat(column(id, "error")).isEqualTo(OutboxDelivery.INTERRUPTED);
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void countsTellHowManyMailsWaitAndHowManyFailed() throws Exception {
        queue("a@fjallmark.example", "A", true);
        queue("b@fjallmark.example", "B", true);
        long failing = queue("c@fjallmark.example", "C", true);
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement("update mail_outbox set status = 'FAILED' where id = ?")) {
            s.setLong(1, failing);
            s.executeUpdate();
        }

        var counts = delivery(T0).counts();

        assertThat(counts.get(OutgoingMail.Status.PENDING)).isEqualTo(2);
        assertThat(counts.get(OutgoingMail.Status.FAILED)).isEqualTo(1);
        assertThat(counts.get(OutgoingMail.Status.SENDING)).isZero();
    }
}
