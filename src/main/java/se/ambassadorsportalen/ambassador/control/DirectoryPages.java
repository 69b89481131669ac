package se.ambassadorsportalen.ambassador.control;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.util.function.Supplier;
import se.ambassadorsportalen.ambassador.entity.DirectoryTouch;
import se.ambassadorsportalen.platform.persistence.Page;

/**
 * Pages of the ambassador directory as last read, shared by everyone who may search it (the
 * communicators and press officers all see the same rows) for {@link #FRESH_FOR}. Reading a page
 * joins every listed ambassador with their person to sort by name and then reads the page's people,
 * units and channels: a third of the directory's CPU under load. Keys are whatever the rows depend
 * on (the search, the window, the order and the reader's language), the rows are records, never
 * entities, and the role check stays with the boundary method that asks here.
 *
 * <p>A committed change to an ambassador, their channels or their invitations on this node forgets
 * every page at once ({@link DirectoryTouch}). What the organisation module changes (a person's
 * name, profession, town or unit, often by the HR import's plain SQL) shows within
 * {@link #FRESH_FOR}, as does any change made on another node.
 */
@ApplicationScoped
public class DirectoryPages {

    public static final Duration FRESH_FOR = Duration.ofSeconds(10);

    /** Searches times windows times orders in use at once; the first page of a plain search at most. */
    private static final int KEPT = 200;

    private final Cache<Object, Page<DirectoryRow>> pages =
            Caffeine.newBuilder().maximumSize(KEPT).expireAfterWrite(FRESH_FOR).build();

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) DirectoryTouch.Changed change) {
        pages.invalidateAll();
    }

    /**
     * The page that {@code key} names (a value with equals: a record of everything the rows depend
     * on), read by {@code read} when not kept; one reader per key at a time.
     */
    public Page<DirectoryRow> page(Object key, Supplier<Page<DirectoryRow>> read) {
        return pages.get(key, ignored -> read.get());
    }
}
