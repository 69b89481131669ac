package se.ambassadorsportalen.story.control;

import java.time.LocalDateTime;

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
}
