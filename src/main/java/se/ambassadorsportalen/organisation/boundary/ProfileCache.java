package se.ambassadorsportalen.organisation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.function.Supplier;

/**
 * The organisation's profile in memory: the template shows it on every page, so a page sends no
 * query for it. A change empties this node's copy at once and bumps {@code organisation.profile} in
 * {@code cache_generation} in the change's transaction; {@link ProfileCacheWatch} compares that
 * number every few seconds on each node, off any request, and empties the copy when another node
 * changed the profile (the same generation scheme as the press routing snapshot). So another node
 * shows the old profile for at most {@link ProfileCacheWatch#EVERY_SECONDS} seconds after the
 * change commits, and no request ever pays for the check.
 */
@ApplicationScoped
public class ProfileCache {

    private static final String NAME = "organisation.profile";

    @PersistenceContext
    EntityManager em;

    private record Cached(OrganisationProfiles.Profile profile, long generation) {}

    private volatile Cached cached;

    public OrganisationProfiles.Profile get(Supplier<OrganisationProfiles.Profile> loader) {
        Cached current = cached;
        if (current != null) {
            return current.profile();
        }
        // The generation is read before the profile: a change committed in between makes the watch reload.
        long generation = generation();
        current = new Cached(loader.get(), generation);
        cached = current;
        return current.profile();
    }

    /** Empties this node's copy and, when the caller's transaction commits, every other node's. */
    public void invalidate() {
        cached = null;
        em.createNativeQuery("update cache_generation set generation = generation + 1 where name = ?1")
                .setParameter(1, NAME)
                .executeUpdate();
    }

    /** Empties this node's copy when the profile changed on another node since it was loaded. */
    public void dropIfChangedElsewhere() {
        Cached current = cached;
        if (current != null && generation() != current.generation()) {
            cached = null;
        }
    }

    private long generation() {
        java.util.List<?> rows = em.createNativeQuery("select generation from cache_generation where name = ?1")
                .setParameter(1, NAME)
                .getResultList();
        return rows.isEmpty() ? 0L : ((Number) rows.get(0)).longValue();
    }
}
