package se.ambassadorsportalen.press.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.function.Supplier;
import se.ambassadorsportalen.press.control.RoutingSnapshot;

/**
 * Holds the routing snapshot between look-ups so that routing does not read the registry each time.
 * It is rebuilt every few minutes so that absences and on-call shifts that started or ended since are
 * seen, and at once after a change to the registry, topics or rules on any node: a change bumps the
 * row {@code press.routing} of {@code cache_generation} in its own transaction, and every node compares
 * that number (one primary-key read, at most every {@link #CHECK_EVERY}) with the one its snapshot was
 * built under. So another node routes on the old registry for at most {@link #CHECK_EVERY} after the
 * change commits; this node drops its copy at once.
 */
@ApplicationScoped
public class SnapshotCache {

    static final Duration MAX_AGE = Duration.ofMinutes(5);
    static final Duration CHECK_EVERY = Duration.ofSeconds(2);
    private static final String NAME = "press.routing";

    @PersistenceContext
    EntityManager em;

    private record Cached(RoutingSnapshot snapshot, long generation, long loadedAtNanos, long checkedAtNanos) {}

    private volatile Cached cached;

    public RoutingSnapshot get(Supplier<RoutingSnapshot> loader) {
        Cached current = cached;
        long now = System.nanoTime();
        if (current != null && now - current.loadedAtNanos() <= MAX_AGE.toNanos()) {
            if (now - current.checkedAtNanos() <= CHECK_EVERY.toNanos()) {
                return current.snapshot();
            }
            long generation = generation();
            if (generation == current.generation()) {
                cached = new Cached(current.snapshot(), generation, current.loadedAtNanos(), now);
                return current.snapshot();
            }
        }
        // The generation is read before the registry: a change committed in between makes the next
        // check reload again rather than keep a snapshot that missed it.
        long generation = generation();
        current = new Cached(loader.get(), generation, now, now);
        cached = current;
        return current.snapshot();
    }

    /** Drops this node's snapshot and, when the caller's transaction commits, every other node's. */
    public void invalidate() {
        cached = null;
        em.createNativeQuery("update cache_generation set generation = generation + 1 where name = ?1")
                .setParameter(1, NAME)
                .executeUpdate();
    }

    private long generation() {
        return ((Number) em.createNativeQuery("select generation from cache_generation where name = ?1")
                        .setParameter(1, NAME)
                        .getSingleResult())
                .longValue();
    }
}
