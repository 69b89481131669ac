package se.ambassadorsportalen.platform.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Values read once and shared by every caller. Once a value is older than {@code freshFor}, the
 * first caller to find it so reads it anew in its own request, and every caller meanwhile gets the
 * kept one, which is thus never older than {@code freshFor} plus one reading (unless that reading
 * fails: see {@link #SERVED_STALE_ON_FAILURE_FOR}). A plain expiring cache made every caller wait
 * on the one reading when the value expired: with the public portrait page under 300 users, 18
 * request threads at a time stood blocked behind it (a thread dump of the load test), holding
 * threads the signed-in pages needed.
 *
 * <p>The first reading of a key, and the first after {@link #forgetAll}, is still waited for by all
 * its callers: there is nothing to show before it. {@link #forgetAll} (a change was committed)
 * also disowns every reading already under way, so an older reading that ends after the change can
 * never be served as current: each kept value remembers the generation its reading began in.
 */
public final class RefreshAhead<K, V> {

    /** Unread for this many {@code freshFor}s, a value is dropped rather than refreshed: its key went out of use. */
    private static final int KEPT_UNREAD_FOR = 6;
    /**
     * A reading that fails (in the load test, once in 130,000 requests, the public page's ranking
     * statement ran past the database's statement time-out) leaves its caller the kept copy while
     * the copy is younger than this many {@code freshFor}s, rather than an error page.
     */
    private static final int SERVED_STALE_ON_FAILURE_FOR = 6;

    private static final Logger LOG = Logger.getLogger(RefreshAhead.class.getName());

    private final Cache<K, Kept<V>> kept;
    private final long freshForNanos;
    private final Ticker ticker;
    private final AtomicLong generation = new AtomicLong();

    private record Kept<V>(V value, long readAtNanos, long generation, AtomicBoolean refreshing) {}

    public RefreshAhead(long maximumSize, Duration freshFor) {
        this(maximumSize, freshFor, Ticker.systemTicker());
    }

    RefreshAhead(long maximumSize, Duration freshFor, Ticker ticker) {
        this.freshForNanos = freshFor.toNanos();
        this.ticker = ticker;
        this.kept = Caffeine.newBuilder()
                .maximumSize(maximumSize)
                .expireAfterAccess(freshFor.multipliedBy(KEPT_UNREAD_FOR))
                .ticker(ticker)
                .build();
    }

    /** The value of {@code key}, read by {@code read} when none is kept or the kept one is stale. */
    public V get(K key, Supplier<V> read) {
        Kept<V> current = kept.getIfPresent(key);
        if (current == null || current.generation() != generation.get()) {
            // nothing current to show: every caller of this key waits for one reading
            current = kept.asMap()
                    .compute(key, (k, old) -> old != null && old.generation() == generation.get() ? old : read(read));
            return current.value();
        }
        long age = ticker.read() - current.readAtNanos();
        if (age > freshForNanos && current.refreshing().compareAndSet(false, true)) {
            try {
                Kept<V> fresh = read(read);
                kept.asMap().replace(key, current, fresh);
                return fresh.value();
            } catch (RuntimeException e) {
                if (age > freshForNanos * SERVED_STALE_ON_FAILURE_FOR) {
                    throw e;
                }
                // the kept copy is still young enough: this caller gets it, the next one tries again
                LOG.log(Level.WARNING, "Reading " + key + " again failed; the copy kept is served meanwhile", e);
                return current.value();
            } finally {
                current.refreshing().set(false);
            }
        }
        return current.value();
    }

    /**
     * Forgets every value and disowns the readings under way: the next caller of each key reads anew.
     * Only the generation moves; the values stay until a caller replaces them or they expire. Removing
     * them here waited for each reading under way to end, in the request whose commit forgot them (at
     * 300 users the press log's commits stood 14 s of every 180 s in that wait, a profile showed).
     */
    public void forgetAll() {
        generation.incrementAndGet();
    }

    private Kept<V> read(Supplier<V> read) {
        long readingGeneration = generation.get();
        long startedAt = ticker.read();
        return new Kept<>(read.get(), startedAt, readingGeneration, new AtomicBoolean());
    }
}
