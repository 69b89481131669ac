package se.ambassadorsportalen.story.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.persistence.InLists;
import se.ambassadorsportalen.platform.persistence.Page;
import se.ambassadorsportalen.platform.persistence.Queries;
import se.ambassadorsportalen.platform.security.OpenOnPurpose;
import se.ambassadorsportalen.platform.time.PortalTime;
import se.ambassadorsportalen.story.control.PublicFeedRules;
import se.ambassadorsportalen.story.control.PublicPortraitPages;
import se.ambassadorsportalen.story.entity.ConsentStatus;
import se.ambassadorsportalen.story.entity.Story;
import se.ambassadorsportalen.story.entity.StoryPhoto;
import se.ambassadorsportalen.story.entity.StoryStatus;

/**
 * The public careers site's view of the stories, open to anyone: only staff portraits posted in
 * a channel within the last twelve months whose every consent is still given. The database query
 * decides, and each story is checked once more by the entity, so nothing withdrawn, unpublished
 * or too old can slip through; photos are served only for stories in this feed.
 */
@Stateless
public class PublicPortraits {

    private static final String ELIGIBLE = " from Story s join s.placements p where s.status = :published"
            + " and s.materialType = :type and p.publishedAt >= :since"
            + " and not exists (select c from Consent c where c.story = s and c.status <> :given)";

    @PersistenceContext
    EntityManager em;

    @Inject
    PublicPortraitPages pages;

    /**
     * The most portraits read at once: a page of the public page, the Atom feed (the latest ones) and
     * the largest page of the JSON feed.
     */
    public static final int PAGE = 100;

    /** The newest portraits first (by their latest post), as read at most a few seconds ago. */
    @PermitAll
    @OpenOnPurpose("the public careers site, open to anyone")
    public Page<Portrait> portraits(int first, int size) {
        int from = Math.max(0, first);
        int count = Math.max(1, Math.min(size, PAGE));
        return pages.page(from, count, () -> read(from, count));
    }

    private Page<Portrait> read(int first, int size) {
        Instant since = PublicFeedRules.since(PortalTime.moment());
        long total = parameters(em.createQuery("select count(distinct s.id)" + ELIGIBLE, Long.class), since)
                .getSingleResult();
        if (total == 0) {
            return Page.empty();
        }
        // ordered by the latest post without reading it: an aggregate comes back as the driver's raw
        // value (a Timestamp on PostgreSQL), which the Instant converter of the column does not take
        List<Long> ids = parameters(
                        em.createQuery(
                                "select s.id" + ELIGIBLE + " group by s.id order by max(p.publishedAt) desc, s.id desc",
                                Long.class),
                        since)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
        if (ids.isEmpty()) {
            return new Page<>(List.of(), total); // a page past the last one: no "in ()" to ask
        }
        Map<Long, Story> byId = Queries.batch(
                        em.createQuery("select s from Story s where s.id in :ids", Story.class),
                        "author",
                        "author.unit",
                        "photos",
                        "placements",
                        "consents")
                .setParameter("ids", InLists.padded(ids))
                .getResultList()
                .stream()
                .collect(Collectors.toMap(Story::getId, Function.identity()));
        List<Portrait> stories = ids.stream()
                .map(byId::get)
                .filter(story -> story != null && story.isPublicPortrait(PublicFeedRules.PORTRAIT_TYPE, since))
                .map(Portrait::of)
                .sorted(Comparator.comparing(Portrait::published).reversed())
                .toList();
        return new Page<>(stories, total);
    }

    /** A photo of a portrait in the feed; anything else is "not found", never a hint that it exists. */
    @PermitAll
    @OpenOnPurpose("the photos of those public portraits")
    public StoryPhoto photo(long photoId) {
        StoryPhoto photo = Optional.ofNullable(em.find(StoryPhoto.class, photoId))
                .orElseThrow(() -> PortalException.notFound("story.photo.notFound"));
        if (!photo.getStory()
                .isPublicPortrait(PublicFeedRules.PORTRAIT_TYPE, PublicFeedRules.since(PortalTime.moment()))) {
            throw PortalException.notFound("story.photo.notFound");
        }
        return photo;
    }

    private static <T> jakarta.persistence.TypedQuery<T> parameters(
            jakarta.persistence.TypedQuery<T> query, Instant since) {
        return query.setParameter("published", StoryStatus.PUBLISHED)
                .setParameter("type", PublicFeedRules.PORTRAIT_TYPE)
                .setParameter("since", since)
                .setParameter("given", ConsentStatus.GIVEN);
    }
}
