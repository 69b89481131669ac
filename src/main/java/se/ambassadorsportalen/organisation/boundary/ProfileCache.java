package se.ambassadorsportalen.organisation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import se.ambassadorsportalen.platform.cache.CacheGenerations;
import se.ambassadorsportalen.platform.cache.GenerationCheckedCopy;

/**
 * The organisation's profile in memory: the template shows it on every page, so a page sends no
 * query for it. A change bumps {@code organisation.profile} in {@code cache_generation} in its
 * transaction and empties this node's copy; {@link ProfileCacheWatch} compares that number every
 * few seconds on each node, off any request, and empties the copy when another node changed the
 * profile. So another node shows the old profile for at most {@link ProfileCacheWatch#EVERY_SECONDS}
 * seconds after the change commits, and no request ever pays for the check.
 */
@ApplicationScoped
public class ProfileCache {

    private static final String NAME = "organisation.profile";

    @Inject
    CacheGenerations generations;

    private final GenerationCheckedCopy<OrganisationProfiles.Profile> copy = GenerationCheckedCopy.checkedByCaller();

    public OrganisationProfiles.Profile get(Supplier<OrganisationProfiles.Profile> loader) {
        return copy.get(() -> generations.current(NAME), loader);
    }

    /** Empties this node's copy and, when the caller's transaction commits, every other node's. */
    public void invalidate() {
        generations.changed(NAME, copy);
    }

    /** Empties this node's copy when the profile changed on another node since it was loaded. */
    public void dropIfChangedElsewhere() {
        copy.dropIfChangedSince(generations.current(NAME));
    }
}
