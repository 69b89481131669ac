package se.ambassadorsportalen.platform.integration;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Internal news items as other modules see them. The news module provides it; the press module asks
 * for it through CDI ({@code Instance}) to link a planned release to the item staff hear first, so
 * neither module depends on the other.
 */
public interface InternalNews {

    /** An item: {@code publishedAt} is null while it is a draft. */
    record Item(long id, String title, Instant publishedAt) implements Serializable {
        public boolean published() {
            return publishedAt != null;
        }
    }

    Optional<Item> item(long id);

    /** The newest items, drafts included, for a planner to choose from. */
    List<Item> recent(int max);
}
