package se.ambassadorsportalen.press.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import se.ambassadorsportalen.platform.web.FacesMessages;
import se.ambassadorsportalen.press.boundary.PressReleases;
import se.ambassadorsportalen.press.control.PressTime;
import se.ambassadorsportalen.press.entity.PressRelease;

/** Planning press releases: staff are told first, or the plan says why not. */
@Named
@ViewScoped
public class ReleasesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PressReleases releases;

    private String title;
    private LocalDateTime internalNoticeAt;
    private LocalDateTime externalReleaseAt;
    private String earlyReason;
    private List<PressRelease> upcoming;

    public void plan() {
        try {
            PressRelease planned = releases.plan(title, internalNoticeAt, externalReleaseAt, earlyReason);
            FacesMessages.info("press.release.planned", planned.getTitle());
            title = null;
            internalNoticeAt = null;
            externalReleaseAt = null;
            earlyReason = null;
            upcoming = null;
        } catch (RuntimeException e) {
            FacesMessages.failed(e, "releaseForm");
        }
    }

    public List<PressRelease> getUpcoming() {
        if (upcoming == null) {
            upcoming = releases.upcoming(PressTime.now().minusDays(1), 50);
        }
        return upcoming;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDateTime getInternalNoticeAt() {
        return internalNoticeAt;
    }

    public void setInternalNoticeAt(LocalDateTime internalNoticeAt) {
        this.internalNoticeAt = internalNoticeAt;
    }

    public LocalDateTime getExternalReleaseAt() {
        return externalReleaseAt;
    }

    public void setExternalReleaseAt(LocalDateTime externalReleaseAt) {
        this.externalReleaseAt = externalReleaseAt;
    }

    public String getEarlyReason() {
        return earlyReason;
    }

    public void setEarlyReason(String earlyReason) {
        this.earlyReason = earlyReason;
    }
}
