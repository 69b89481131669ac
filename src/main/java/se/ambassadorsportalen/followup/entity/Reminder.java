package se.ambassadorsportalen.followup.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import se.ambassadorsportalen.platform.persistence.VersionedEntity;

/**
 * That a channel's owner was reminded of a period without figures. Unique per channel and
 * period, so a second run of the job, or a second node, cannot remind twice.
 */
@Entity
@Table(name = "fup_reminder")
public class Reminder extends VersionedEntity {

    @Column(name = "channel_code", nullable = false, length = 40)
    private String channelCode;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(nullable = false, length = 254)
    private String recipient;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected Reminder() {}

    public Reminder(String channelCode, LocalDate periodStart, String recipient, Instant sentAt) {
        this.channelCode = channelCode;
        this.periodStart = periodStart;
        this.recipient = recipient;
        this.sentAt = sentAt;
    }

    public String getChannelCode() {
        return channelCode;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public String getRecipient() {
        return recipient;
    }
}
