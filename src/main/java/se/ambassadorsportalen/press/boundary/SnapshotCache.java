package se.ambassadorsportalen.press.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.function.Supplier;
import se.ambassadorsportalen.platform.cache.CacheGenerations;
import se.ambassadorsportalen.platform.cache.GenerationCheckedCopy;
import se.ambassadorsportalen.press.control.RoutingSnapshot;

/**
 * Holds the routing snapshot between look-ups so that routing does not read the registry each time.
 * It is rebuilt every few minutes so that absences and on-call shifts that started or ended since are
 * seen, and after a change to the registry, topics or rules on any node: a change bumps the row
 * {@code press.routing} of {@code cache_generation} in its own transaction, and every node compares
 * that number (one primary-key read, at most every {@link #CHECK_EVERY}) with the one its snapshot was
 * built under. So another node routes on the old registry for at most {@link #CHECK_EVERY} after the
 * change commits; this node drops its copy at once.
 */
@ApplicationScoped
public class SnapshotCache {

    static final Duration MAX_AGE = Duration.ofMinutes(5);
    static final Duration CHECK_EVERY = Duration.ofSeconds(2);
    private static final String NAME = "press.routing";

    @Inject
    CacheGenerations generations;

    private final GenerationCheckedCopy<RoutingSnapshot> copy =
            GenerationCheckedCopy.<RoutingSnapshot>checkedEvery(CHECK_EVERY).readAgainAfter(MAX_AGE);

    public RoutingSnapshot get(Supplier<RoutingSnapshot> loader) {
        return copy.get(() -> generations.current(NAME), loader);
    }

    /** Drops this node's snapshot and, when the caller's transaction commits, every other node's. */
    public void invalidate() {
        generations.changed(NAME, copy);
    }
}
