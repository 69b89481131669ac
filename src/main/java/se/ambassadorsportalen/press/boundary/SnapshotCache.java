package se.ambassadorsportalen.press.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.function.Supplier;
import se.ambassadorsportalen.press.control.RoutingSnapshot;

/**
 * Holds the routing snapshot between look-ups so that routing never waits for the database.
 * Every change to the registry, topics or rules drops it; it is also rebuilt every few minutes
 * so that absences and on-call shifts that started or ended since are seen.
 */
@ApplicationScoped
public class SnapshotCache {

    static final Duration MAX_AGE = Duration.ofMinutes(5);

    private record Cached(RoutingSnapshot snapshot, long loadedAtNanos) {
    }

    private volatile Cached cached;

    public RoutingSnapshot get(Supplier<RoutingSnapshot> loader) {
        Cached current = cached;
        if (current == null || System.nanoTime() - current.loadedAtNanos() > MAX_AGE.toNanos()) {
            current = new Cached(loader.get(), System.nanoTime());
            cached = current;
        }
        return current.snapshot();
    }

    public void invalidate() {
        cached = null;
    }
}
