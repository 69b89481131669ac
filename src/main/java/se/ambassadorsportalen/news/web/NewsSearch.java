package se.ambassadorsportalen.news.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Locale;
import se.ambassadorsportalen.news.boundary.NewsItems;
import se.ambassadorsportalen.news.entity.NewsItem;
import se.ambassadorsportalen.platform.i18n.Messages;
import se.ambassadorsportalen.platform.persistence.Page;
import se.ambassadorsportalen.platform.persistence.PageRequest;
import se.ambassadorsportalen.platform.search.SearchHit;
import se.ambassadorsportalen.platform.search.SearchQuery;
import se.ambassadorsportalen.platform.search.SearchResults;
import se.ambassadorsportalen.platform.search.SearchSource;
import se.ambassadorsportalen.platform.security.Role;

/** Internal news in the portal's search: published items for the caller's units, by title and text. */
@ApplicationScoped
public class NewsSearch implements SearchSource {

    private static final Kind KIND = new Kind(
            "news",
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
    public SearchResults search(SearchQuery query, Locale locale, int first, int size) {
        Page<NewsItem> page = news.searchForMe(query.longestWord(), PageRequest.of(first, size));
        return new SearchResults(
                page.items().stream()
                        .map(item -> new SearchHit(
                                item.getTitle(),
                                Messages.text(
                                        locale,
                                        "news.search.published",
                                        item.getPublishedAt().toLocalDate()),
                                "/news/item.xhtml?id=" + item.getId()))
                        .toList(),
                page.total());
    }
}
