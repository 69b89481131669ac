package se.ambassadorsportalen.platform.persistence;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a name filter box means: every word typed must be found, case-insensitively, in the first
 * name or in the surname. So "Karin", "Lund", "karin lund" and "Lund, Karin" all find Karin Lund,
 * and "Karin Berg" does not. The database applies the same rule ({@link Queries#nameMatches}); the
 * rule is spelt out here in plain Java so that it can be tested without one.
 */
public record NameWords(List<String> words) {

    /** The words of {@code text} in lower case, split at spaces and commas; none for no text. */
    public static NameWords of(String text) {
        return new NameWords(
                text == null
                        ? List.of()
                        : Arrays.stream(text.toLowerCase(Locale.ROOT).split("[\\s,]+"))
                                .filter(word -> !word.isEmpty())
                                .toList());
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    /** Whether a person of this first name and surname matches: the rule the query applies. */
    public boolean matches(String firstName, String lastName) {
        String first = firstName == null ? "" : firstName.toLowerCase(Locale.ROOT);
        String last = lastName == null ? "" : lastName.toLowerCase(Locale.ROOT);
        return words.stream().allMatch(word -> first.contains(word) || last.contains(word));
    }
}
