package se.ambassadorsportalen.news.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;
import se.ambassadorsportalen.news.boundary.NewsItems;
import se.ambassadorsportalen.platform.search.SearchFeed;
import se.ambassadorsportalen.platform.search.SearchSource;
import se.ambassadorsportalen.platform.security.Role;

/**
 * Internal news in the portal's search: published items for the caller's units (or the whole
 * organisation), by title and text. A few hundred items at most, read whole at every refresh (the
 * index writes only those that changed).
 */
@ApplicationScoped
public class NewsSearch implements SearchSource {

    private static final Kind KIND = new Kind(
            NewsItems.SEARCH_KIND,
            "news.search.kind",
            50,
            EnumSet.of(Role.EMPLOYEE, Role.MANAGER, Role.PRESS_OFFICER, Role.HR, Role.COMMUNICATOR));

    @Inject
    NewsItems news;

    @Override
    public Kind kind() {
        return KIND;
    }

    @Override
    public SearchFeed documents(LocalDateTime changedSince) {
        return SearchFeed.all(news.searchDocuments());
    }

    @Override
    public Set<String> readerKeys() {
        return news.myAudienceKeys();
    }
}
