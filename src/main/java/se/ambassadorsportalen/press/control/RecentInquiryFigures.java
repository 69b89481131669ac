package se.ambassadorsportalen.press.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.util.function.Supplier;
import se.ambassadorsportalen.platform.cache.RefreshAhead;
import se.ambassadorsportalen.press.entity.InquiryTouch;

/**
 * The press log's 30-day figures as last worked out, shared by every press officer for {@link
 * #FRESH_FOR}. Working them out reads the times of every inquiry of the last 30 days (thousands in
 * a region's month) for the median; under load every view of the press log did so, and a profile
 * put it among the hottest statements. An inquiry written on this node forgets them once committed
 * ({@link InquiryTouch}), so the page shows its own change; another node's copy lasts at most
 * {@link #FRESH_FOR}.
 */
@ApplicationScoped
public class RecentInquiryFigures {

    public static final Duration FRESH_FOR = Duration.ofSeconds(30);

    private final RefreshAhead<Boolean, InquiryFigures> kept = new RefreshAhead<>(1, FRESH_FOR);

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) InquiryTouch.Changed change) {
        kept.forgetAll();
    }

    /** The figures, worked out by {@code read} when none are kept; once stale, one reader works them out anew. */
    public InquiryFigures figures(Supplier<InquiryFigures> read) {
        return kept.get(Boolean.TRUE, read);
    }
}
