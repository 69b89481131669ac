package se.ambassadorsportalen.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

    private OutboxDelivery delivery(LocalDateTime now) {
        return new OutboxDelivery(db, new SmtpTransport(session), SETTINGS, at(now));
    }

    /** Writes a mail as Mailer does: a PENDING row, in a transaction that commits or rolls back. */
    private long queue(String to, String subject, boolean commit) throws Exception {
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
                s.setTimestamp(5, Timestamp.valueOf(T0));
                s.setTimestamp(6, Timestamp.valueOf(T0));
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

    private String column(long id, String column) throws Exception {
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement("select " + column + " from mail_outbox where id = ?")) {
            s.setLong(1, id);
            try (ResultSet row = s.executeQuery()) {
                row.next();
                return String.valueOf(row.getObject(1));
            }
        }
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
        assertThat(column(id, "sent_at")).isNotEqualTo("null");
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
        assertThat(Timestamp.valueOf(column(id, "next_attempt_at")).toLocalDateTime())
                .isEqualTo(T0.plusMinutes(1));

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
            s.setTimestamp(1, Timestamp.valueOf(T0.plus(SETTINGS.claimFor())));
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
