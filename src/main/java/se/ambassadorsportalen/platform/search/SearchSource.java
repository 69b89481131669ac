package se.ambassadorsportalen.platform.search;

import java.time.LocalDateTime;
import java.util.Set;
import se.ambassadorsportalen.platform.security.Role;

/**
 * One kind of thing the portal's search (the box in the header) finds. A module that has
 * something to find publishes one {@code @ApplicationScoped} implementation per kind. The platform
 * keeps the index ({@link PortalSearch}) and knows no module: it asks each source for its
 * documents, through the module's own boundary, and filters every hit by the reader keys the
 * documents carry, so a caller never gets a hit they could not open.
 */
public interface SearchSource {

    /**
     * What a source is: {@code name}, a short stable word ("policy", "story") used in the address of
     * its own result pages and in the index; {@code labelKey}, the bundle key of the heading above its
     * hits; {@code order}, where its group stands (lower first); {@code roles}, who may search it at
     * all (the documents' reader keys decide again, hit by hit).
     */
    record Kind(String name, String labelKey, int order, Set<Role> roles) {}

    Kind kind();

    /**
     * The documents to index: every one when {@code changedSince} is null, otherwise at least
     * those changed since then (a source without a change time may always answer with all of them,
     * marked complete). Runs without a caller, from the index's refresh.
     */
    SearchFeed documents(LocalDateTime changedSince);

    /**
     * The caller's keys in this source beyond their roles, which the platform adds (e.g. the
     * caller as a person, their units). Runs in the caller's request.
     */
    default Set<String> readerKeys() {
        return Set.of();
    }
}
