package se.ambassadorsportalen.story.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import se.ambassadorsportalen.platform.persistence.InLists;
import se.ambassadorsportalen.platform.security.Role;
import se.ambassadorsportalen.platform.time.PortalTime;

/**
 * What the publishing calendar published, as records for other modules (the channel follow-up):
 * counts per channel and material type in a period, and the posts behind given links. Only
 * published posts count; a published post is public, so every signed-in role may read them.
 */
@Stateless
@RolesAllowed({
    Role.Names.EMPLOYEE,
    Role.Names.MANAGER,
    Role.Names.PRESS_OFFICER,
    Role.Names.HR,
    Role.Names.COMMUNICATOR,
    Role.Names.ADMIN
})
public class PublishedPosts {

    /** Links asked for at most at once: a period's best posts, not a whole export. */
    public static final int MAX_LINKS = 500;

    /** How many posts of a material type a channel published in a period. */
    public record TypeCount(String channelCode, String materialType, long posts) {}

    /** A published post of the calendar. */
    public record PublishedPost(
            String channelCode, String link, String title, String materialType, Instant publishedAt) {}

    @PersistenceContext
    EntityManager em;

    /** Published posts per channel and material type with their publishing day in [from, toExclusive). */
    public List<TypeCount> countsByType(LocalDate from, LocalDate toExclusive) {
        return em.createQuery(
                        "select p.channelCode, s.materialType, count(p) from Placement p join p.story s"
                                + " where p.publishedAt >= :from and p.publishedAt < :to"
                                + " group by p.channelCode, s.materialType order by p.channelCode, s.materialType",
                        Object[].class)
                .setParameter("from", PortalTime.typed(from.atStartOfDay()))
                .setParameter("to", PortalTime.typed(toExclusive.atStartOfDay()))
                .getResultStream()
                .map(row -> new TypeCount((String) row[0], (String) row[1], (Long) row[2]))
                .toList();
    }

    /** The published posts behind these links (at most {@link #MAX_LINKS} are looked up). */
    public List<PublishedPost> byLinks(Collection<String> links) {
        if (links.isEmpty()) {
            return List.of();
        }
        List<String> asked = new ArrayList<>(links).subList(0, Math.min(links.size(), MAX_LINKS));
        return em.createQuery(
                        "select p.channelCode, p.link, s.title, s.materialType, p.publishedAt"
                                + " from Placement p join p.story s where p.link in :links and p.publishedAt is not null",
                        Object[].class)
                .setParameter("links", InLists.padded(asked))
                .getResultStream()
                .map(row -> new PublishedPost(
                        (String) row[0], (String) row[1], (String) row[2], (String) row[3], (Instant) row[4]))
                .toList();
    }
}
