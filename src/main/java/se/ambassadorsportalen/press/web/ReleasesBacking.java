package se.ambassadorsportalen.press.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import se.ambassadorsportalen.platform.integration.InternalNews;
import se.ambassadorsportalen.platform.time.PortalTime;
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
    private Long internalNewsId;
    private List<PressRelease> upcoming;
    private Map<Long, InternalNews.Item> linked;
    private List<InternalNews.Item> newsChoices;

    public void plan() {
        try {
            PressRelease planned = releases.plan(
                    title,
                    PortalTime.typed(internalNoticeAt),
                    PortalTime.typed(externalReleaseAt),
                    earlyReason,
                    internalNewsId);
            FacesMessages.info("press.release.planned", planned.getTitle());
            title = null;
            internalNoticeAt = null;
            externalReleaseAt = null;
            earlyReason = null;
            internalNewsId = null;
            upcoming = null;
        } catch (RuntimeException e) {
            FacesMessages.failed(e, "releaseForm");
        }
    }

    public List<PressRelease> getUpcoming() {
        if (upcoming == null) {
            upcoming = releases.upcoming(PressTime.now().minus(java.time.Duration.ofDays(1)), 50);
            linked = null;
        }
        return upcoming;
    }

    /** The internal news item linked to a release, or null. */
    public InternalNews.Item linkedNews(PressRelease release) {
        if (linked == null) {
            linked = releases.linkedNews(getUpcoming());
        }
        return linked.get(release.getId());
    }

    public List<InternalNews.Item> getNewsChoices() {
        if (newsChoices == null) {
            newsChoices = releases.newsChoices();
        }
        return newsChoices;
    }

    public Long getInternalNewsId() {
        return internalNewsId;
    }

    public void setInternalNewsId(Long internalNewsId) {
        this.internalNewsId = internalNewsId;
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
