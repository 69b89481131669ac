package se.ambassadorsportalen.story.control;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * When someone is at work to answer comments. Debate-prone material published outside these
 * hours gets a warning on the calendar.
 */
public record OfficeHours(LocalTime start, LocalTime end, Set<DayOfWeek> days) {

    /** Weekdays 08:00–17:00. */
    public static OfficeHours standard() {
        return new OfficeHours(
                LocalTime.of(8, 0), LocalTime.of(17, 0), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
    }

    public boolean contains(LocalDateTime at) {
        LocalTime time = at.toLocalTime();
        return days.contains(at.getDayOfWeek()) && !time.isBefore(start) && time.isBefore(end);
    }
}
