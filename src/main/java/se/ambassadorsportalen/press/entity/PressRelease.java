package se.ambassadorsportalen.press.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.persistence.VersionedEntity;

/**
 * A planned press release. Internal before external: staff hear news before the press does, so
 * a release scheduled before its internal notice needs a stated reason.
 */
@Entity
@Table(name = "press_release")
public class PressRelease extends VersionedEntity {

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "internal_notice_at", nullable = false)
    private Instant internalNoticeAt;

    @Column(name = "external_release_at", nullable = false)
    private Instant externalReleaseAt;

    @Column(name = "early_reason", length = 1000)
    private String earlyReason;

    @Column(name = "planned_by", length = 60)
    private String plannedBy;

    /** The internal news item staff hear it from, in the news module (an id only: the modules share no entities). */
    @Column(name = "internal_news_id")
    private Long internalNewsId;

    protected PressRelease() {}

    public PressRelease(String title, String plannedBy) {
        if (title == null || title.isBlank()) {
            throw PortalException.invalidField("title", "press.release.titleRequired");
        }
        this.title = title.trim();
        this.plannedBy = plannedBy;
    }

    /** Schedules both notices; an external release before the internal notice needs a reason. */
    public void schedule(Instant internalNotice, Instant externalRelease, String reason) {
        if (internalNotice == null) {
            throw PortalException.invalidField("internalNoticeAt", "press.release.internalRequired");
        }
        if (externalRelease == null) {
            throw PortalException.invalidField("externalReleaseAt", "press.release.externalRequired");
        }
        boolean early = externalRelease.isBefore(internalNotice);
        if (early && (reason == null || reason.isBlank())) {
            throw PortalException.invalidField("earlyReason", "press.release.reasonRequired");
        }
        this.internalNoticeAt = internalNotice;
        this.externalReleaseAt = externalRelease;
        this.earlyReason = early ? reason.trim() : null;
    }

    /** Links the internal news item that tells staff; the internal notice time is then the item's (see PressReleases). */
    public void linkInternalNews(Long newsItemId) {
        this.internalNewsId = newsItemId;
    }

    public Long getInternalNewsId() {
        return internalNewsId;
    }

    public boolean isExternalFirst() {
        return externalReleaseAt.isBefore(internalNoticeAt);
    }

    public String getTitle() {
        return title;
    }

    public Instant getInternalNoticeAt() {
        return internalNoticeAt;
    }

    public Instant getExternalReleaseAt() {
        return externalReleaseAt;
    }

    public String getEarlyReason() {
        return earlyReason;
    }

    public String getPlannedBy() {
        return plannedBy;
    }
}
