package se.ambassadorsportalen.story.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.util.function.Supplier;
import se.ambassadorsportalen.platform.cache.RefreshAhead;
import se.ambassadorsportalen.platform.persistence.Page;
import se.ambassadorsportalen.story.entity.PublicFeedTouch;

/**
 * The pages of public portraits as last read, shared by every visitor for {@link #FRESH_FOR}. The
 * careers site's page, its JSON and its Atom feed are the portal's most visited addresses, and each
 * reading ranks every portrait posted in the last twelve months: in the load test with the large
 * data it took a third of the server's CPU. A committed change to a published story forgets
 * every page on this node at once, so a withdrawn consent leaves the public page on the next
 * request; another node's copy lasts at most {@link #FRESH_FOR} and one reading.
 */
@ApplicationScoped
public class PublicPortraitPages {

    public static final Duration FRESH_FOR = Duration.ofSeconds(10);

    private final RefreshAhead<String, Page<?>> pages = new RefreshAhead<>(100, FRESH_FOR);

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) PublicFeedTouch.Changed change) {
        pages.forgetAll();
    }

    /**
     * The page from {@code first} of {@code size}, read by {@code read} when none is kept; once stale,
     * one visitor reads it anew while the others get the kept one ({@link RefreshAhead}).
     */
    @SuppressWarnings("unchecked")
    public <T> Page<T> page(int first, int size, Supplier<Page<T>> read) {
        return (Page<T>) pages.get(first + " " + size, read::get);
    }
}
