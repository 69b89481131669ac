package se.ambassadorsportalen.ambassador.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.EnumSet;
import se.ambassadorsportalen.ambassador.boundary.Ambassadors;
import se.ambassadorsportalen.platform.search.SearchFeed;
import se.ambassadorsportalen.platform.search.SearchSource;
import se.ambassadorsportalen.platform.security.Role;

/** Ambassadors in the portal's search, by name, profession or unit, for those who may use the directory. */
@ApplicationScoped
public class AmbassadorSearch implements SearchSource {

    private static final Kind KIND = new Kind(
            Ambassadors.SEARCH_KIND, "ambassador.search.kind", 200, EnumSet.of(Role.COMMUNICATOR, Role.PRESS_OFFICER));

    @Inject
    Ambassadors ambassadors;

    @Override
    public Kind kind() {
        return KIND;
    }

    @Override
    public SearchFeed documents(LocalDateTime changedSince) {
        return SearchFeed.all(ambassadors.searchDocuments());
    }
}
