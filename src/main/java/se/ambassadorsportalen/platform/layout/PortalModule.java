package se.ambassadorsportalen.platform.layout;

import java.util.List;

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
}
