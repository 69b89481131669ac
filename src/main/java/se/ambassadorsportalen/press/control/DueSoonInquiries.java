package se.ambassadorsportalen.press.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.util.function.LongSupplier;
import se.ambassadorsportalen.platform.cache.RefreshAhead;
import se.ambassadorsportalen.press.entity.InquiryTouch;

/**
 * How many open inquiries are near or past their deadline, as last counted, shared by the whole
 * press desk for {@link #FRESH_FOR}. It is the same number for every press officer and communicator,
 * and each of their home pages counted it anew for the to-do list (other pages once a minute, for
 * the log's badge): under load the count, over every open inquiry, was a tenth of the home page's
 * time. An inquiry written on this node forgets it once committed ({@link InquiryTouch}); a deadline
 * coming into the warning window, or a change on another node, shows within {@link #FRESH_FOR}.
 */
@ApplicationScoped
public class DueSoonInquiries {

    public static final Duration FRESH_FOR = Duration.ofSeconds(30);

    private final RefreshAhead<Boolean, Long> kept = new RefreshAhead<>(1, FRESH_FOR);

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) InquiryTouch.Changed change) {
        kept.forgetAll();
    }

    /** The count, made by {@code count} when none is kept; once stale, one caller counts anew. */
    public long count(LongSupplier count) {
        return kept.get(Boolean.TRUE, count::getAsLong);
    }
}
