package se.ambassadorsportalen.platform.layout;

import java.util.List;
import java.util.function.Predicate;
import se.ambassadorsportalen.platform.security.Role;

/**
 * What a module adds to the shared layout. Each module has one {@code @ApplicationScoped}
 * implementation; the template collects them, so adding a module never edits the template.
 */
public interface PortalModule {

    default List<NavigationItem> navigation() {
        return List.of();
    }

    default List<HomeCard> homeCards() {
        return List.of();
    }

    /**
     * What waits for the caller in this module, counted through the module's own boundary with a
     * fixed number of count queries (never one per row). {@code holds} says which roles the caller
     * has: ask only what the caller's roles allow. Tasks with a count of 0 may be left out or
     * returned; the layout shows only those above 0.
     */
    default List<PendingTask> pendingTasks(Predicate<Role> holds) {
        return List.of();
    }
}
