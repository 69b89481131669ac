package se.ambassadorsportalen.platform.search;

import java.io.Serializable;
import java.util.List;

/** A page of one source's hits and how many there are in all. */
public record SearchResults(List<SearchHit> hits, long total) implements Serializable {

    public static SearchResults none() {
        return new SearchResults(List.of(), 0);
    }
}
