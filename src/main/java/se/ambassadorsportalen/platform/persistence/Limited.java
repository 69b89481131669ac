package se.ambassadorsportalen.platform.persistence;

import java.util.List;

/**
 * The first rows of a list that is shown whole but only up to a limit (a calendar's period), and
 * whether there were more: a list that stops early must say so. Read {@link #readLimit} rows (one
 * past the limit) and hand them to {@link #of}; one row more than the limit is enough to know,
 * without a count.
 */
public record Limited<T>(List<T> items, int limit, boolean more) {

    /** How many rows to read for a list shown up to {@code limit}: one more, to know whether it stops early. */
    public static int readLimit(int limit) {
        return limit + 1;
    }

    /** The first {@code limit} of the rows read (up to {@link #readLimit}), and whether any were left out. */
    public static <T> Limited<T> of(List<T> read, int limit) {
        return read.size() > limit
                ? new Limited<>(List.copyOf(read.subList(0, limit)), limit, true)
                : new Limited<>(read, limit, false);
    }
}
