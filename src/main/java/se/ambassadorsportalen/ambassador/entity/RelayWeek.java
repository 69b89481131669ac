package se.ambassadorsportalen.ambassador.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.persistence.VersionedEntity;
import se.ambassadorsportalen.platform.time.PortalTime;

/**
 * One week of the Instagram relay, one row per ISO week (unique in the database). It holds at
 * most one confirmed ambassador; because confirming changes this row, two communicators
 * confirming at once collide on its version and exactly one of them wins.
 */
@Entity
@Table(name = "relay_week")
public class RelayWeek extends VersionedEntity {

    @Column(name = "iso_week", nullable = false, length = 8, unique = true)
    private String isoWeek;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "confirmed_id")
    private Ambassador confirmed;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "guideline_confirmed_at")
    private Instant guidelineConfirmedAt;

    @Column(name = "handed_over_at")
    private Instant handedOverAt;

    @Column(length = 300)
    private String gift;

    @Column(name = "reminded_before", nullable = false)
    private boolean remindedBefore;

    @Column(name = "reminded_last_day", nullable = false)
    private boolean remindedLastDay;

    protected RelayWeek() {}

    public RelayWeek(IsoWeek week) {
        this.isoWeek = week.toString();
        this.startsOn = week.monday();
    }

    /** A trained, active ambassador asks for this week; refused for a week that has begun or is taken. */
    public RelayRequest request(Ambassador ambassador, boolean trainedForRelay, Instant now) {
        if (!ambassador.isActive()) {
            throw PortalException.forbidden("ambassador.relay.notActive");
        }
        if (!trainedForRelay) {
            throw PortalException.forbidden("ambassador.relay.notTrained");
        }
        if (!startsOn.isAfter(day(now))) {
            throw PortalException.invalidField("week", "ambassador.relay.week.past", isoWeek);
        }
        if (confirmed != null) {
            throw PortalException.conflict("ambassador.relay.week.taken", isoWeek);
        }
        return new RelayRequest(this, ambassador, now);
    }

    /** Confirms the request's ambassador for this week; refuses when someone is already confirmed. */
    public void confirm(RelayRequest request, Instant now) {
        if (request.getWeek() != this && !Objects.equals(request.getWeek(), this)) {
            throw PortalException.invalid("ambassador.relay.request.otherWeek");
        }
        if (confirmed != null) {
            throw PortalException.conflict("ambassador.relay.week.taken", isoWeek);
        }
        if (!request.getAmbassador().isActive()) {
            throw PortalException.conflict("ambassador.relay.notActive");
        }
        request.confirmed();
        confirmed = request.getAmbassador();
        confirmedAt = now;
    }

    /** Moves an open request here from another week; this week must be free and not begun. */
    public void takeOver(RelayRequest request, LocalDate today) {
        if (!startsOn.isAfter(today)) {
            throw PortalException.invalidField("week", "ambassador.relay.week.past", isoWeek);
        }
        if (confirmed != null) {
            throw PortalException.conflict("ambassador.relay.week.taken", isoWeek);
        }
        request.movedTo(this);
    }

    /** The week's instagrammer confirms having read the guideline and checklist. */
    public void acknowledgeGuideline(Ambassador by, Instant now) {
        if (confirmed == null || !confirmed.equals(by)) {
            throw PortalException.forbidden("ambassador.relay.notYourWeek");
        }
        guidelineConfirmedAt = now;
    }

    /** The communicator records that the account was handed over, and the thank-you gift. */
    public void recordHandover(String thankYouGift, Instant now) {
        if (confirmed == null) {
            throw PortalException.conflict("ambassador.relay.week.notConfirmed", isoWeek);
        }
        if (!day(now).isAfter(startsOn.minusDays(1))) {
            throw PortalException.invalidField("gift", "ambassador.relay.handover.tooEarly", isoWeek);
        }
        handedOverAt = now;
        gift = thankYouGift == null || thankYouGift.isBlank()
                ? null
                : thankYouGift
                        .trim()
                        .substring(0, Math.min(300, thankYouGift.trim().length()));
    }

    /**
     * The day a moment falls on in the portal's zone: a week begins at midnight on its Monday in
     * Stockholm, not at midnight UTC (01:00 or 02:00 there).
     */
    private static LocalDate day(Instant moment) {
        return PortalTime.local(moment).toLocalDate();
    }

    /** Frees a confirmed week that has not begun (the ambassador left or the communicator moved them). */
    public void release(LocalDate today) {
        if (startsOn.isAfter(today)) {
            confirmed = null;
            confirmedAt = null;
            guidelineConfirmedAt = null;
        }
    }

    public boolean reminderBeforeDue(LocalDate today) {
        return confirmed != null
                && !remindedBefore
                && !today.isBefore(startsOn.minusDays(7))
                && today.isBefore(startsOn);
    }

    public boolean reminderLastDayDue(LocalDate today) {
        return confirmed != null && !remindedLastDay && today.equals(startsOn.plusDays(6));
    }

    public void remindedBefore() {
        remindedBefore = true;
    }

    public void remindedLastDay() {
        remindedLastDay = true;
    }

    public IsoWeek week() {
        return IsoWeek.parse(isoWeek);
    }

    public boolean isConfirmed() {
        return confirmed != null;
    }

    public String getIsoWeek() {
        return isoWeek;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public Ambassador getConfirmed() {
        return confirmed;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public Instant getGuidelineConfirmedAt() {
        return guidelineConfirmedAt;
    }

    public Instant getHandedOverAt() {
        return handedOverAt;
    }

    public String getGift() {
        return gift;
    }
}
