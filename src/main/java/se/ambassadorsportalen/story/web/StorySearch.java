package se.ambassadorsportalen.story.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import se.ambassadorsportalen.organisation.boundary.CurrentUser;
import se.ambassadorsportalen.platform.search.SearchDocument;
import se.ambassadorsportalen.platform.search.SearchFeed;
import se.ambassadorsportalen.platform.search.SearchReaders;
import se.ambassadorsportalen.platform.search.SearchSource;
import se.ambassadorsportalen.platform.security.Role;
import se.ambassadorsportalen.platform.time.PortalTime;
import se.ambassadorsportalen.story.boundary.Stories;

/**
 * The story module's part of the portal's search: stories by title and text, only those the caller
 * may open (their own, those waiting for their approval, and for communicators the approved ones:
 * the same rule as the story list), and the caller's own consent requests. Both read only what
 * changed since the last refresh (a story's change time moves with every change of it and of its
 * consents), and both know the caller as a person.
 */
public abstract class StorySearch implements SearchSource {

    @Inject
    Stories stories;

    @Inject
    CurrentUser currentUser;

    abstract List<SearchDocument> read(Instant changedSince);

    @Override
    public SearchFeed documents(LocalDateTime changedSince) {
        // the index reckons in the portal's wall clock (stored rule); the stories keep instants
        return SearchFeed.changed(
                read(changedSince == null ? null : PortalTime.instant(changedSince)), changedSince == null);
    }

    /** The caller as a person: author, approver or the one asked for consent. */
    @Override
    public Set<String> readerKeys() {
        return currentUser
                .person()
                .map(person -> Set.of(SearchReaders.person(person.getId())))
                .orElse(Set.of());
    }

    /** Stories by title and text. */
    @ApplicationScoped
    public static class Writing extends StorySearch {

        private static final Kind KIND = new Kind(
                Stories.SEARCH_STORIES,
                "story.search.kind",
                300,
                EnumSet.of(Role.EMPLOYEE, Role.MANAGER, Role.COMMUNICATOR));

        @Override
        public Kind kind() {
            return KIND;
        }

        @Override
        List<SearchDocument> read(Instant changedSince) {
            return stories.storyDocuments(changedSince);
        }
    }

    /** The caller's consent requests, by the story's title. */
    @ApplicationScoped
    public static class Consents extends StorySearch {

        private static final Kind KIND =
                new Kind(Stories.SEARCH_CONSENTS, "story.search.consents", 310, EnumSet.of(Role.EMPLOYEE));

        @Override
        public Kind kind() {
            return KIND;
        }

        @Override
        List<SearchDocument> read(Instant changedSince) {
            return stories.consentDocuments(changedSince);
        }
    }
}
