package se.ambassadorsportalen.platform.search;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import se.ambassadorsportalen.platform.PortalException;

/**
 * What a user typed into the search box, made safe to search with: trimmed, lower case, split into
 * words of letters and digits (any language), at most {@value #MAX_WORDS} of them. A query without a
 * word of at least {@value #MIN_LENGTH} characters is refused with a message, so a stray letter
 * never matches everything. Everything else the user typed (quotes, brackets, {@code * ~ : ^}) only
 * separates words: the index builds its query from these words and never parses the text.
 */
public record SearchQuery(String text, List<String> words) {

    public static final int MIN_LENGTH = 2;
    public static final int MAX_WORDS = 6;
    public static final int MAX_LENGTH = 100;

    public static SearchQuery of(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.length() > MAX_LENGTH) {
            text = text.substring(0, MAX_LENGTH);
        }
        List<String> words = Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> word.length() >= MIN_LENGTH)
                .distinct()
                .limit(MAX_WORDS)
                .toList();
        if (words.isEmpty()) {
            throw PortalException.invalidField("q", "platform.search.tooShort", MIN_LENGTH);
        }
        return new SearchQuery(text, words);
    }

    /** The longest word: a source that matches one word at a time (a name, a title) looks for this one. */
    public String longestWord() {
        return words.stream().reduce((a, b) -> b.length() > a.length() ? b : a).orElseThrow();
    }
}
