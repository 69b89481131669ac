package se.ambassadorsportalen.ambassador.entity;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.time.PortalTime;

/** An ISO-8601 week such as {@code 2026-W49}: Monday to Sunday, the unit of the relay rota. */
public record IsoWeek(int year, int week) implements Comparable<IsoWeek>, Serializable {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})-W(\\d{2})");

    public IsoWeek {
        // the portal's years only (the weeks around them overflow at the ends of the calendar)
        if (year < PortalTime.FIRST_YEAR || year > PortalTime.LAST_YEAR || week < 1 || week > weeksIn(year)) {
            throw PortalException.invalidField("week", "ambassador.relay.week.invalid", year + "-W" + week);
        }
    }

    public static IsoWeek parse(String text) {
        Matcher m = text == null ? null : TEXT.matcher(text.trim());
        if (m == null || !m.matches()) {
            throw PortalException.invalidField("week", "ambassador.relay.week.invalid", String.valueOf(text));
        }
        return new IsoWeek(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public static IsoWeek of(LocalDate date) {
        return new IsoWeek(date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    public LocalDate monday() {
        return LocalDate.of(year, 1, 4)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public LocalDate sunday() {
        return monday().plusDays(6);
    }

    public IsoWeek next() {
        return of(monday().plusWeeks(1));
    }

    private static int weeksIn(int year) {
        return (int) LocalDate.of(year, 12, 28).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    @Override
    public int compareTo(IsoWeek other) {
        return monday().compareTo(other.monday());
    }

    @Override
    public String toString() {
        return String.format("%04d-W%02d", year, week);
    }
}
