package se.ambassadorsportalen.platform.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import se.ambassadorsportalen.platform.persistence.VersionedEntity;

/** A mail the portal sent or logged, with what became of it. */
@Entity
@Table(name = "mail_outbox")
public class OutgoingMail extends VersionedEntity {

    public enum Status { LOGGED, SENT, FAILED }

    @Column(nullable = false, length = 200)
    private String recipient;

    @Column(nullable = false, length = 300)
    private String subject;

    @Lob
    @Column(nullable = false)
    private String body;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(length = 1000)
    private String error;

    protected OutgoingMail() {
    }

    OutgoingMail(String recipient, String subject, String body, LocalDateTime createdAt) {
        this.recipient = recipient;
        this.subject = subject.length() > 300 ? subject.substring(0, 300) : subject;
        this.body = body;
        this.createdAt = createdAt;
        this.status = Status.LOGGED;
    }

    void sent() {
        status = Status.SENT;
    }

    void failed(String reason) {
        status = Status.FAILED;
        error = reason == null ? null : reason.substring(0, Math.min(reason.length(), 1000));
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

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public Status getStatus() {
        return status;
    }

    public String getError() {
        return error;
    }
}
