package se.ambassadorsportalen.policy.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.EnumSet;
import se.ambassadorsportalen.platform.search.SearchFeed;
import se.ambassadorsportalen.platform.search.SearchSource;
import se.ambassadorsportalen.platform.security.Role;
import se.ambassadorsportalen.policy.boundary.Policies;

/**
 * Policies in the portal's search: the current version of every document, by its title and text in
 * either language. A few dozen documents, so every refresh hands in all of them (the index writes
 * only those that changed).
 */
@ApplicationScoped
public class PolicySearch implements SearchSource {

    private static final Kind KIND = new Kind(
            Policies.SEARCH_KIND,
            "policy.search.kind",
            100,
            EnumSet.of(Role.EMPLOYEE, Role.MANAGER, Role.PRESS_OFFICER, Role.HR, Role.COMMUNICATOR, Role.ADMIN));

    @Inject
    Policies policies;

    @Override
    public Kind kind() {
        return KIND;
    }

    @Override
    public SearchFeed documents(LocalDateTime changedSince) {
        return SearchFeed.all(policies.searchDocuments());
    }
}
