package se.ambassadorsportalen.press.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;
import se.ambassadorsportalen.platform.search.SearchFeed;
import se.ambassadorsportalen.platform.search.SearchSource;
import se.ambassadorsportalen.platform.security.Role;
import se.ambassadorsportalen.press.boundary.Spokespeople;

/**
 * The press desk's part of the portal's search, for press officers and communicators: spokespeople
 * by name or title (with how to reach them) and press topics by name and synonyms, each topic
 * leading to the look-up that proposes who answers on it.
 */
public final class PressSearch {

    private static final Set<Role> PRESS_DESK = EnumSet.of(Role.PRESS_OFFICER, Role.COMMUNICATOR);

    private PressSearch() {}

    /** Spokespeople by name or title. */
    @ApplicationScoped
    public static class People implements SearchSource {

        private static final Kind KIND =
                new Kind(Spokespeople.SEARCH_SPOKESPEOPLE, "press.search.spokespeople", 400, PRESS_DESK);

        @Inject
        Spokespeople spokespeople;

        @Override
        public Kind kind() {
            return KIND;
        }

        @Override
        public SearchFeed documents(LocalDateTime changedSince) {
            return SearchFeed.all(spokespeople.spokespersonDocuments());
        }
    }

    /** Press topics by name and synonyms; a hit opens the look-up for that topic. */
    @ApplicationScoped
    public static class Topics implements SearchSource {

        private static final Kind KIND = new Kind(Spokespeople.SEARCH_TOPICS, "press.search.topics", 410, PRESS_DESK);

        @Inject
        Spokespeople spokespeople;

        @Override
        public Kind kind() {
            return KIND;
        }

        @Override
        public SearchFeed documents(LocalDateTime changedSince) {
            return SearchFeed.all(spokespeople.topicDocuments());
        }
    }
}
