package se.ambassadorsportalen.platform.search;

import java.util.Locale;
import java.util.Set;
import se.ambassadorsportalen.platform.security.Role;

/**
 * One module's part of the portal's search (the box in the header). Each module that has
 * something to find publishes one {@code @ApplicationScoped} implementation, which asks the
 * module's own boundary: the boundary applies the module's role and visibility rules, so a
 * caller never gets a hit they could not open. The platform knows no module; it only collects these.
 */
public interface SearchSource {

    /**
     * What a source is: {@code name}, a short stable word ("policy", "story") used in the address of
     * its own result pages; {@code labelKey}, the bundle key of the heading above its hits;
     * {@code order}, where its group stands (lower first); {@code roles}, who may search it at all
     * (the boundary checks again).
     */
    record Kind(String name, String labelKey, int order, Set<Role> roles) {}

    Kind kind();

    /**
     * The hits for {@code query} (already checked by {@link SearchQuery}), a page at a time in the
     * database: {@code first} hits skipped, at most {@code size} returned, and the total.
     */
    SearchResults search(SearchQuery query, Locale locale, int first, int size);
}
