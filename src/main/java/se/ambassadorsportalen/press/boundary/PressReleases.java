package se.ambassadorsportalen.press.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.ambassadorsportalen.organisation.boundary.CurrentUser;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.integration.InternalNews;
import se.ambassadorsportalen.platform.security.Role;
import se.ambassadorsportalen.press.entity.PressRelease;

/**
 * Planned press releases and when staff are told: internal before external, enforced by
 * {@link PressRelease#schedule}. Press officers and communicators plan them.
 */
@Stateless
@RolesAllowed({Role.Names.PRESS_OFFICER, Role.Names.COMMUNICATOR})
public class PressReleases {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Instance<InternalNews> news;

    public PressRelease plan(String title, Instant internalNotice, Instant externalRelease, String reason) {
        return plan(title, internalNotice, externalRelease, reason, null);
    }

    /**
     * Plans a release that staff hear from an internal news item. A published item went out when it
     * was published, so that is the internal notice whatever was typed; for a draft, the internal
     * notice is the planned publication time, required as before. An external release before it
     * needs a reason, as without an item.
     */
    public PressRelease plan(
            String title, Instant internalNotice, Instant externalRelease, String reason, Long internalNewsId) {
        PressRelease release = new PressRelease(title, currentUser.username());
        Instant notice = internalNotice;
        if (internalNewsId != null) {
            InternalNews.Item item = newsItem(internalNewsId)
                    .orElseThrow(() -> PortalException.invalidField("internalNewsId", "press.release.newsNotFound"));
            if (item.published()) {
                notice = item.publishedAt();
            }
        }
        release.schedule(notice, externalRelease, reason);
        release.linkInternalNews(internalNewsId);
        em.persist(release);
        return release;
    }

    /** Internal news items a planner can link, newest first; none when the news module is not installed. */
    public List<InternalNews.Item> newsChoices() {
        return news.isResolvable() ? news.get().recent(50) : List.of();
    }

    /** The linked items of the given releases, by release id. */
    public Map<Long, InternalNews.Item> linkedNews(List<PressRelease> releases) {
        Map<Long, InternalNews.Item> linked = new HashMap<>();
        for (PressRelease release : releases) {
            if (release.getInternalNewsId() != null) {
                newsItem(release.getInternalNewsId()).ifPresent(item -> linked.put(release.getId(), item));
            }
        }
        return linked;
    }

    private Optional<InternalNews.Item> newsItem(long id) {
        return news.isResolvable() ? news.get().item(id) : Optional.empty();
    }

    public List<PressRelease> upcoming(Instant since, int max) {
        return em.createQuery(
                        "select r from PressRelease r where r.externalReleaseAt >= :since"
                                + " order by r.externalReleaseAt",
                        PressRelease.class)
                .setParameter("since", since)
                .setMaxResults(max)
                .getResultList();
    }
}
