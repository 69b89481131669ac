package se.ambassadorsportalen.platform.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The values of a JPQL {@code in :values} parameter, padded to a few sizes. EclipseLink writes one
 * placeholder per value, so every list length is another SQL text: a manager's units, a page's ids
 * and a level of the unit tree each come in any length, and each length was a statement of its own
 * in every connection's statement cache ({@code portal.db.statement.cache}) and in the database's
 * parser. Padded to the next power of two by repeating the last value, which {@code in} does not
 * count twice, a list of up to 512 values has one of ten texts.
 */
public final class InLists {

    private InLists() {}

    /** The values, then the last value again until the list's size is a power of two; empty stays empty. */
    public static <T> List<T> padded(Collection<T> values) {
        int size = values.size();
        if (size <= 1 || Integer.bitCount(size) == 1) {
            return values instanceof List<T> list ? list : List.copyOf(values);
        }
        int paddedSize = Integer.highestOneBit(size) << 1;
        List<T> padded = new ArrayList<>(paddedSize);
        padded.addAll(values);
        T last = padded.get(size - 1);
        while (padded.size() < paddedSize) {
            padded.add(last);
        }
        return padded;
    }
}
