package se.ambassadorsportalen.press.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.persistence.VersionedEntity;

/** An out-of-office period of a spokesperson (local time, Europe/Stockholm). During it the deputy answers. */
@Entity
@Table(name = "press_absence")
public class Absence extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "spokesperson_id")
    private Spokesperson spokesperson;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Size(max = 200)
    private String note;

    protected Absence() {}

    Absence(Spokesperson spokesperson, Instant startsAt, Instant endsAt, String note) {
        if (startsAt == null || endsAt == null || !endsAt.isAfter(startsAt)) {
            throw PortalException.invalidField("absenceEnds", "press.absence.period");
        }
        this.spokesperson = spokesperson;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.note = note == null || note.isBlank() ? null : note.trim();
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

    public String getNote() {
        return note;
    }
}
