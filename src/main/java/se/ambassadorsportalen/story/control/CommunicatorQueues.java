package se.ambassadorsportalen.story.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.util.function.Supplier;
import se.ambassadorsportalen.platform.cache.RefreshAhead;
import se.ambassadorsportalen.story.entity.CommunicatorQueuesTouch;

/**
 * What waits for the communicators as a group, as last counted: withdrawn stories still posted
 * somewhere, and approved stories nobody has planned. The numbers are the same for every
 * communicator and each of their home pages showed them counted anew, over every withdrawn and
 * approved story: a sixth of the home page's time under load. They are shared for {@link
 * #FRESH_FOR}; a story or placement written on this node that may change them forgets them once
 * committed ({@link CommunicatorQueuesTouch}), and a change on another node shows within {@link
 * #FRESH_FOR}.
 */
@ApplicationScoped
public class CommunicatorQueues {

    public static final Duration FRESH_FOR = Duration.ofSeconds(30);

    /** Withdrawn stories' posts not yet taken down, and approved stories not yet planned. */
    public record Counts(long toTakeDown, long toSchedule) {}

    private final RefreshAhead<Boolean, Counts> kept = new RefreshAhead<>(1, FRESH_FOR);

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) CommunicatorQueuesTouch.Changed change) {
        kept.forgetAll();
    }

    /** The counts, made by {@code count} when none are kept; once stale, one caller counts anew. */
    public Counts counts(Supplier<Counts> count) {
        return kept.get(Boolean.TRUE, count);
    }
}
