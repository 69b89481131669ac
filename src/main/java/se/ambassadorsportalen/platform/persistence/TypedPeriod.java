package se.ambassadorsportalen.platform.persistence;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.time.PortalTime;

/**
 * What a date column's filter box means: the text is a period of whole days in the portal's zone,
 * as precise as what was typed. "2026" is that year, "2026-11" that month, "2026-11-05" that day;
 * the Danish pages' own order works as well ("05.11.2026" a day, "11.2026" a month). A row matches
 * when its time falls in [{@link #from}, {@link #until}). Anything else is refused at the field with
 * a message that names the text and the forms understood ({@code platform.filter.noDate}), never
 * an exception page.
 */
public record TypedPeriod(LocalDate first, LocalDate afterLast) {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern DANISH_MONTH = Pattern.compile("(\\d{1,2})[.](\\d{4})");
    private static final Pattern DANISH_DAY = Pattern.compile("(\\d{1,2})[.](\\d{1,2})[.](\\d{4})");

    /**
     * The period {@code text} names; null for no text (no filter).
     *
     * @param field the filter's field, named by the refusal
     */
    public static TypedPeriod of(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String typed = text.trim();
        try {
            TypedPeriod period = read(typed);
            if (period != null && PortalTime.withinYears(period.first())) {
                return period;
            }
        } catch (DateTimeException | NumberFormatException unreadable) {
            // a month 13 or a 31 November: no date, said below
        }
        throw PortalException.invalidField(field, "platform.filter.noDate", typed);
    }

    private static TypedPeriod read(String typed) {
        Matcher m;
        if ((m = YEAR.matcher(typed)).matches()) {
            LocalDate first = LocalDate.of(number(m, 1), 1, 1);
            return new TypedPeriod(first, first.plusYears(1));
        }
        if ((m = MONTH.matcher(typed)).matches()) {
            return month(number(m, 1), number(m, 2));
        }
        if ((m = DAY.matcher(typed)).matches()) {
            return day(LocalDate.of(number(m, 1), number(m, 2), number(m, 3)));
        }
        if ((m = DANISH_MONTH.matcher(typed)).matches()) {
            return month(number(m, 2), number(m, 1));
        }
        if ((m = DANISH_DAY.matcher(typed)).matches()) {
            return day(LocalDate.of(number(m, 3), number(m, 2), number(m, 1)));
        }
        return null;
    }

    private static TypedPeriod month(int year, int month) {
        LocalDate first = LocalDate.of(year, month, 1);
        return new TypedPeriod(first, first.plusMonths(1));
    }

    private static TypedPeriod day(LocalDate day) {
        return new TypedPeriod(day, day.plusDays(1));
    }

    private static int number(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    /** The first instant of the period: its first day's midnight in the portal's zone. */
    public Instant from() {
        return PortalTime.typed(first.atStartOfDay());
    }

    /** The first instant after the period. */
    public Instant until() {
        return PortalTime.typed(afterLast.atStartOfDay());
    }
}
