package se.ambassadorsportalen.story.control;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Where a calendar entry dragged to another slot lands. The calendar reports a drag as a shift
 * (years, months, days, minutes), not as a new time, so the new time is the time the entry had
 * when the calendar showed it, shifted. Kept out of the page so the arithmetic (month ends, days
 * before the shown one) is tested without a browser; the move itself then follows the same rules
 * as planning: the channel guide's warnings, confirmation, never in the past.
 */
public final class CalendarMove {

    private CalendarMove() {}

    /** The time an entry shown at {@code shown} is moved to by a drag of the given shift. */
    public static LocalDateTime target(LocalDateTime shown, long years, long months, long days, long minutes) {
        if (shown == null) {
            throw new IllegalArgumentException("the entry's shown time is needed");
        }
        return shown.plusYears(years).plusMonths(months).plusDays(days).plusMinutes(minutes);
    }

    /** Whether the drag changed anything: an entry dropped where it was is not rescheduled. */
    public static boolean moves(long years, long months, long days, long minutes) {
        return years != 0 || months != 0 || days != 0 || minutes != 0;
    }

    /**
     * A calendar entry as the calendar showed it: the placement and its time then. It is the
     * entry's id on the page, so a click or a drag in a later request names both and the page keeps
     * no entries between requests (a drag is a shift from the time the user saw, not from the
     * stored one, which someone may have changed meanwhile).
     */
    public record Entry(long placementId, LocalDateTime shown) {

        public Entry {
            if (shown == null) {
                throw new IllegalArgumentException("the entry's shown time is needed");
            }
        }

        public String id() {
            return placementId + "@" + shown;
        }

        /** The entry an id names, or empty when the id is not one (a forged or stale request). */
        public static Optional<Entry> of(String id) {
            if (id == null) {
                return Optional.empty();
            }
            int at = id.indexOf('@');
            try {
                return at < 1
                        ? Optional.empty()
                        : Optional.of(new Entry(
                                Long.parseLong(id.substring(0, at)), LocalDateTime.parse(id.substring(at + 1))));
            } catch (NumberFormatException | DateTimeParseException e) {
                return Optional.empty();
            }
        }
    }
}
