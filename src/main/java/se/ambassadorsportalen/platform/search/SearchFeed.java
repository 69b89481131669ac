package se.ambassadorsportalen.platform.search;

import java.util.List;

/**
 * What a module hands to the index in one refresh: its documents and whether they are all of them
 * ({@code complete}: anything of the kind not among them is gone and leaves the index) or only
 * those changed since the time asked for.
 */
public record SearchFeed(List<SearchDocument> documents, boolean complete) {

    public SearchFeed {
        documents = List.copyOf(documents);
    }

    public static SearchFeed all(List<SearchDocument> documents) {
        return new SearchFeed(documents, true);
    }

    /** The documents changed since the time asked for, or every one when none was asked for. */
    public static SearchFeed changed(List<SearchDocument> documents, boolean everything) {
        return new SearchFeed(documents, everything);
    }
}
