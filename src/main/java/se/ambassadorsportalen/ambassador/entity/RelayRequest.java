package se.ambassadorsportalen.ambassador.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.persistence.VersionedEntity;

/** An ambassador asked for a relay week. A communicator confirms, moves or declines it (through the week). */
@Entity
@Table(name = "relay_request")
public class RelayRequest extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "week_id")
    private RelayWeek week;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ambassador_id")
    private Ambassador ambassador;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RelayRequestStatus status;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(length = 1000)
    private String reason;

    protected RelayRequest() {}

    RelayRequest(RelayWeek week, Ambassador ambassador, Instant requestedAt) {
        this.week = week;
        this.ambassador = ambassador;
        this.requestedAt = requestedAt;
        this.status = RelayRequestStatus.REQUESTED;
    }

    void confirmed() {
        requireOpen();
        status = RelayRequestStatus.CONFIRMED;
    }

    /** A communicator says no, with a reason the ambassador reads. */
    public void decline(String why) {
        requireOpen();
        if (why == null || why.isBlank()) {
            throw PortalException.invalidField("reason", "ambassador.decline.reasonRequired");
        }
        status = RelayRequestStatus.DECLINED;
        reason = why.trim().length() > 1000 ? why.trim().substring(0, 1000) : why.trim();
    }

    void movedTo(RelayWeek other) {
        requireOpen();
        week = other;
    }

    /** Withdrawn when the ambassador leaves or the week is released. */
    public void withdraw() {
        if (status != RelayRequestStatus.DECLINED) {
            status = RelayRequestStatus.DECLINED;
            reason = null;
        }
    }

    private void requireOpen() {
        if (status != RelayRequestStatus.REQUESTED) {
            throw PortalException.conflict("ambassador.relay.request.notOpen", status.name());
        }
    }

    public RelayWeek getWeek() {
        return week;
    }

    public Ambassador getAmbassador() {
        return ambassador;
    }

    public RelayRequestStatus getStatus() {
        return status;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getReason() {
        return reason;
    }
}
