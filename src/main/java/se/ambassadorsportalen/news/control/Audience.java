package se.ambassadorsportalen.news.control;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;

/**
 * Whom an item reaches: an item for an administration is for everyone in every unit below it, so a
 * reader's audience is their own unit and every unit above it. A reader without a unit (an
 * administrator's account) gets only the items for the whole organisation.
 */
public final class Audience {

    /** Stands in for "no unit" in an SQL {@code IN} list, which may not be empty; ids are never negative. */
    public static final long NO_UNIT = -1L;

    private Audience() {}

    /** The unit and its ancestors, nearest first; stops at a cycle rather than looping. */
    public static <U> Set<Long> unitAndAncestors(U unit, Function<U, Long> id, Function<U, U> parent) {
        Set<Long> ids = new LinkedHashSet<>();
        for (U current = unit; current != null && ids.add(id.apply(current)); current = parent.apply(current)) {
            // walking up
        }
        if (ids.isEmpty()) {
            ids.add(NO_UNIT);
        }
        return ids;
    }
}
