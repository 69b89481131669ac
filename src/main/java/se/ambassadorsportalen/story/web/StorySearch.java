package se.ambassadorsportalen.story.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import se.ambassadorsportalen.platform.i18n.Messages;
import se.ambassadorsportalen.platform.persistence.Page;
import se.ambassadorsportalen.platform.persistence.PageRequest;
import se.ambassadorsportalen.platform.search.SearchHit;
import se.ambassadorsportalen.platform.search.SearchQuery;
import se.ambassadorsportalen.platform.search.SearchResults;
import se.ambassadorsportalen.platform.search.SearchSource;
import se.ambassadorsportalen.platform.security.Role;
import se.ambassadorsportalen.story.boundary.Stories;
import se.ambassadorsportalen.story.entity.Story;

/**
 * Stories in the portal's search, by title: only those the caller may open (their own, those
 * waiting for their approval, and for communicators the approved ones), the same rule as the story list.
 */
@ApplicationScoped
public class StorySearch implements SearchSource {

    private static final Kind KIND =
            new Kind("story", "story.search.kind", 300, EnumSet.of(Role.EMPLOYEE, Role.MANAGER, Role.COMMUNICATOR));

    @Inject
    Stories stories;

    @Override
    public Kind kind() {
        return KIND;
    }

    @Override
    public SearchResults search(SearchQuery query, Locale locale, int first, int size) {
        Page<Story> page = stories.stories(
                new PageRequest(first, size, "updatedAt", false, Map.of("title", query.longestWord())), null, false);
        return new SearchResults(
                page.items().stream()
                        .map(story -> new SearchHit(
                                story.getTitle(),
                                Messages.text(locale, StorySearch.statusKey(story)) + ", "
                                        + story.getAuthor().getDisplayName(),
                                "/story/view.xhtml?id=" + story.getId()))
                        .toList(),
                page.total());
    }

    /** The bundle key of a story's status, as the story pages name it. */
    static String statusKey(Story story) {
        return "story.status." + story.getStatus().name();
    }
}
