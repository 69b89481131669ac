package se.ambassadorsportalen.press.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import se.ambassadorsportalen.platform.persistence.Page;
import se.ambassadorsportalen.platform.persistence.PageRequest;
import se.ambassadorsportalen.platform.search.SearchHit;
import se.ambassadorsportalen.platform.search.SearchQuery;
import se.ambassadorsportalen.platform.search.SearchResults;
import se.ambassadorsportalen.platform.search.SearchSource;
import se.ambassadorsportalen.platform.security.Role;
import se.ambassadorsportalen.press.boundary.Spokespeople;
import se.ambassadorsportalen.press.entity.Spokesperson;
import se.ambassadorsportalen.press.entity.Topic;

/**
 * The press desk's part of the portal's search, for press officers and communicators: spokespeople
 * by name or title (with how to reach them) and press topics by name, each topic leading to the
 * look-up that proposes who answers on it.
 */
public final class PressSearch {

    private static final Set<Role> PRESS_DESK = EnumSet.of(Role.PRESS_OFFICER, Role.COMMUNICATOR);

    private PressSearch() {}

    /** Spokespeople by name or title. */
    @ApplicationScoped
    public static class People implements SearchSource {

        private static final Kind KIND = new Kind("spokesperson", "press.search.spokespeople", 400, PRESS_DESK);

        @Inject
        Spokespeople spokespeople;

        @Override
        public Kind kind() {
            return KIND;
        }

        @Override
        public SearchResults search(SearchQuery query, Locale locale, int first, int size) {
            Page<Spokesperson> page = spokespeople.search(query.longestWord(), PageRequest.of(first, size));
            return new SearchResults(
                    page.items().stream()
                            .map(person -> new SearchHit(
                                    person.getDisplayName(),
                                    Stream.of(person.getTitle(), person.getPhone(), person.getEmail())
                                            .filter(part -> part != null && !part.isBlank())
                                            .collect(Collectors.joining(", ")),
                                    "/press/registry.xhtml"))
                            .toList(),
                    page.total());
        }
    }

    /** Press topics by name; a hit opens the look-up for that topic. */
    @ApplicationScoped
    public static class Topics implements SearchSource {

        private static final Kind KIND = new Kind("topic", "press.search.topics", 410, PRESS_DESK);

        @Inject
        Spokespeople spokespeople;

        @Override
        public Kind kind() {
            return KIND;
        }

        @Override
        public SearchResults search(SearchQuery query, Locale locale, int first, int size) {
            Page<Topic> page = spokespeople.topicPage(
                    new PageRequest(first, size, "name", true, Map.of("name", query.longestWord())));
            return new SearchResults(
                    page.items().stream()
                            .map(topic -> new SearchHit(
                                    topic.getName(),
                                    topic.getAreaCode() == null ? "" : topic.getAreaCode(),
                                    "/press/lookup.xhtml?q="
                                            + URLEncoder.encode(topic.getName(), StandardCharsets.UTF_8)))
                            .toList(),
                    page.total());
        }
    }
}
