package se.ambassadorsportalen.platform.cache;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * One value kept on this node while its generation in {@code cache_generation} stays the same (see
 * {@link CacheGenerations}). A change on any node bumps the generation in its transaction; this copy
 * compares the generation with the one it was read under, at most every {@code checkEvery} (one
 * primary-key read, paid by the request that finds the last check too old), and reads the value
 * anew when it moved. So another node serves the old value for at most {@code checkEvery} after the
 * change commits. A copy {@linkplain #checkedByCaller() checked by its caller} never compares on a
 * read: a job compares off any request through {@link #dropIfChangedSince}.
 *
 * <p>The generation is read before the value: a change committed in between makes the next check
 * read the value again rather than keep one that missed it.
 */
public final class GenerationCheckedCopy<V> {

    private static final long NEVER = Long.MAX_VALUE;

    private final long checkEveryNanos;
    private final long readAgainAfterNanos;
    private final Ticker ticker;

    private record Kept<V>(V value, long generation, long readAtNanos, long checkedAtNanos) {}

    private volatile Kept<V> kept;

    private GenerationCheckedCopy(long checkEveryNanos, long readAgainAfterNanos, Ticker ticker) {
        this.checkEveryNanos = checkEveryNanos;
        this.readAgainAfterNanos = readAgainAfterNanos;
        this.ticker = ticker;
    }

    /** A copy whose reads compare its generation when the last comparison is older than {@code every}. */
    public static <V> GenerationCheckedCopy<V> checkedEvery(Duration every) {
        return new GenerationCheckedCopy<>(every.toNanos(), NEVER, Ticker.systemTicker());
    }

    /** A copy whose reads never compare: its owner calls {@link #dropIfChangedSince} off any request. */
    public static <V> GenerationCheckedCopy<V> checkedByCaller() {
        return new GenerationCheckedCopy<>(NEVER, NEVER, Ticker.systemTicker());
    }

    /**
     * The same copy read anew, whatever its generation, once it is older than {@code maxAge}: for a
     * value that also follows the clock (an absence that started since).
     */
    public GenerationCheckedCopy<V> readAgainAfter(Duration maxAge) {
        return new GenerationCheckedCopy<>(checkEveryNanos, maxAge.toNanos(), ticker);
    }

    GenerationCheckedCopy<V> on(Ticker otherTicker) {
        return new GenerationCheckedCopy<>(checkEveryNanos, readAgainAfterNanos, otherTicker);
    }

    /** The kept value, or {@code read}'s when there is none, it is too old, or its generation moved. */
    public V get(LongSupplier generation, Supplier<V> read) {
        Kept<V> current = kept;
        long now = ticker.read();
        if (current != null && now - current.readAtNanos() <= readAgainAfterNanos) {
            if (now - current.checkedAtNanos() <= checkEveryNanos) {
                return current.value();
            }
            long latest = generation.getAsLong();
            if (latest == current.generation()) {
                kept = new Kept<>(current.value(), latest, current.readAtNanos(), now);
                return current.value();
            }
        }
        long readUnder = generation.getAsLong();
        Kept<V> fresh = new Kept<>(read.get(), readUnder, now, now);
        kept = fresh;
        return fresh.value();
    }

    /** Forgets the kept value: the next caller reads it anew. */
    public void drop() {
        kept = null;
    }

    /** Forgets the kept value when it was read under another generation than {@code latest}. */
    public void dropIfChangedSince(long latest) {
        Kept<V> current = kept;
        if (current != null && current.generation() != latest) {
            kept = null;
        }
    }
}
