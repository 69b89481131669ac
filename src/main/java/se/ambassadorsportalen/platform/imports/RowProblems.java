package se.ambassadorsportalen.platform.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * The bad rows of an all-or-nothing import: each with its line (0 = the file as a whole), a message
 * key and its arguments. Counted without limit but listed only up to {@link #MAX_LISTED}, so a file
 * of 100,000 wrong rows cannot fill the memory with reports.
 */
public final class RowProblems {

    public static final int MAX_LISTED = 200;

    /** One bad row. */
    public record Problem(long line, String key, List<String> arguments) {}

    private final List<Problem> listed = new ArrayList<>();
    private long count;

    public void add(long line, String key, Object... arguments) {
        count++;
        if (listed.size() < MAX_LISTED) {
            List<String> texts = new ArrayList<>();
            for (Object argument : arguments) {
                texts.add(String.valueOf(argument));
            }
            listed.add(new Problem(line, key, List.copyOf(texts)));
        }
    }

    public boolean isEmpty() {
        return count == 0;
    }

    public long count() {
        return count;
    }

    public List<Problem> listed() {
        return List.copyOf(listed);
    }
}
