package se.ambassadorsportalen.press.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.persistence.VersionedEntity;

/** A shift of the press on-call rota (evenings and weekends), local time Europe/Stockholm. */
@Entity
@Table(name = "press_on_call")
public class OnCallShift extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "spokesperson_id")
    private Spokesperson spokesperson;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    protected OnCallShift() {}

    public OnCallShift(Spokesperson spokesperson, Instant startsAt, Instant endsAt) {
        if (spokesperson == null) {
            throw PortalException.invalidField("spokesperson", "press.onCall.spokespersonRequired");
        }
        if (startsAt == null) {
            throw PortalException.invalidField("starts", "press.onCall.startRequired");
        }
        if (endsAt == null || !endsAt.isAfter(startsAt)) {
            throw PortalException.invalidField("ends", "press.onCall.period");
        }
        this.spokesperson = spokesperson;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
    }

    public boolean covers(Instant time) {
        return !time.isBefore(startsAt) && time.isBefore(endsAt);
    }

    public Spokesperson getSpokesperson() {
        return spokesperson;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }
}
