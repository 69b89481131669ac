package se.ambassadorsportalen.platform.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import se.ambassadorsportalen.platform.persistence.VersionedEntity;

/**
 * A mail in the outbox: written in the transaction that decided to send it, sent by
 * {@link OutboxSender} after that transaction committed. The sender works on the rows with
 * conditional SQL ({@link OutboxDelivery}); this entity is how modules queue mail and how
 * admins read and retry it. Its times are instants, shown on the portal's clock.
 */
@Entity
@Table(name = "mail_outbox")
public class OutgoingMail extends VersionedEntity {

    /**
     * PENDING waits for its (next) attempt; SENDING is claimed by one node; SENT went to the SMTP
     * server; LOGGED was only written to the log (demo mode); FAILED gave up (no address,
     * attempts used up, or a node stopped in the middle of sending it).
     */
    public enum Status {
        PENDING,
        SENDING,
        SENT,
        LOGGED,
        FAILED
    }

    @Column(nullable = false, length = 200)
    private String recipient;

    @Column(nullable = false, length = 300)
    private String subject;

    @Lob
    @Column(nullable = false)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(length = 1000)
    private String error;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected OutgoingMail() {}

    OutgoingMail(String recipient, String subject, String body, Instant createdAt) {
        this.recipient = recipient == null ? "" : recipient.trim();
        this.subject = subject.length() > 300 ? subject.substring(0, 300) : subject;
        this.body = body;
        this.createdAt = createdAt;
        if (this.recipient.isEmpty()) {
            this.status = Status.FAILED;
            this.error = "no address";
        } else {
            this.status = Status.PENDING;
            this.nextAttemptAt = createdAt;
        }
    }

    /**
     * An admin's retry: a failed mail waits again, with its attempts counted afresh. A mail that
     * was sent, or is being sent, is refused: retrying it would send it twice.
     */
    public boolean retry(Instant now) {
        if (status != Status.FAILED || recipient.isEmpty()) {
            return false;
        }
        status = Status.PENDING;
        attempts = 0;
        nextAttemptAt = now;
        return true;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Status getStatus() {
        return status;
    }

    public String getError() {
        return error;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
