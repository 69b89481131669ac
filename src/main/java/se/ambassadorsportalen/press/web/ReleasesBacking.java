package se.ambassadorsportalen.press.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
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
    /**
     * A planned release as the table shows it. The view keeps these, not the releases: an entity
     * would keep the persistence context that read it alive with the view.
     */
    public record Release(
            long id,
            String title,
            Instant internalNoticeAt,
            Instant externalReleaseAt,
            boolean externalFirst,
            String earlyReason)
            implements Serializable {

        static Release of(PressRelease release) {
            return new Release(
                    release.getId(),
                    release.getTitle(),
                    release.getInternalNoticeAt(),
                    release.getExternalReleaseAt(),
                    release.isExternalFirst(),
                    release.getEarlyReason());
        }
    }

    private List<Release> upcoming;
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

    public List<Release> getUpcoming() {
        if (upcoming == null) {
            List<PressRelease> read = releases.upcoming(PressTime.now().minus(java.time.Duration.ofDays(1)), 50);
            upcoming = read.stream().map(Release::of).toList();
            linked = releases.linkedNews(read);
        }
        return upcoming;
    }

    /** The internal news item linked to a release, or null. */
    public InternalNews.Item linkedNews(Release release) {
        getUpcoming();
        return linked.get(release.id());
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
