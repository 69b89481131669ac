package se.ambassadorsportalen.press.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.persistence.VersionedEntity;
import se.ambassadorsportalen.platform.time.PortalTime;

/** A shift of the press on-call rota (evenings and weekends), local time Europe/Stockholm. */
@Entity
@Table(name = "press_on_call")
public class OnCallShift extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "spokesperson_id")
    private Spokesperson spokesperson;

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalDateTime endsAt;

    protected OnCallShift() {}

    public OnCallShift(Spokesperson spokesperson, LocalDateTime startsAt, LocalDateTime endsAt) {
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
        this.startsAt = PortalTime.wallClock(startsAt);
        this.endsAt = PortalTime.wallClock(endsAt);
    }

    public boolean covers(LocalDateTime time) {
        return !time.isBefore(startsAt) && time.isBefore(endsAt);
    }

    public Spokesperson getSpokesperson() {
        return spokesperson;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }
}
