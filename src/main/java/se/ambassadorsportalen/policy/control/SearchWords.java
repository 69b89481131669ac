package se.ambassadorsportalen.policy.control;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import se.ambassadorsportalen.platform.PortalException;

/**
 * Turns what a reader typed into the search box into the words to look for: letters and digits
 * in any language, lower case, at most {@value #MAX_WORDS}. A query with no word in it (only
 * punctuation) is refused with a message instead of matching everything.
 */
public final class SearchWords {

    public static final int MAX_WORDS = 8;

    private SearchWords() {}

    public static List<String> of(String query) {
        if (query == null || query.isBlank()) {
            throw PortalException.invalidField("query", "policy.search.empty");
        }
        List<String> words = Arrays.stream(query.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty())
                .distinct()
                .limit(MAX_WORDS)
                .toList();
        if (words.isEmpty()) {
            throw PortalException.invalidField("query", "policy.search.noWords");
        }
        return words;
    }
}
