package se.ambassadorsportalen.followup.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The follow-up's 28-day cycle: periods of four whole weeks counted from a first Monday, so every
 * period has the same weekdays and figures of two periods compare (a calendar month has four or
 * five weekends). The strategy's "per month" targets are read per period.
 */
public record Cycle(LocalDate firstDay) {

    public static final int DAYS = 28;

    /** The cycle the portal uses: four-week periods from Monday 1 January 2024. */
    public static final Cycle STANDARD = new Cycle(LocalDate.of(2024, 1, 1));

    public Cycle {
        if (firstDay == null) {
            throw new IllegalArgumentException("a cycle starts on a day");
        }
    }

    /** A period: its first and last day (inclusive). */
    public record Period(LocalDate start, LocalDate end) implements Serializable {
        public boolean contains(LocalDate date) {
            return !date.isBefore(start) && !date.isAfter(end);
        }

        /** The day after the last, for half-open queries. */
        public LocalDate endExclusive() {
            return end.plusDays(1);
        }
    }

    public Period periodOf(LocalDate date) {
        long days = ChronoUnit.DAYS.between(firstDay, date);
        long index = Math.floorDiv(days, DAYS);
        LocalDate start = firstDay.plusDays(index * DAYS);
        return new Period(start, start.plusDays(DAYS - 1));
    }

    public boolean isPeriodStart(LocalDate date) {
        return periodOf(date).start().equals(date);
    }

    /** The latest period whose last day is before {@code today}. */
    public Period lastClosed(LocalDate today) {
        return periodOf(periodOf(today).start().minusDays(1));
    }

    /** {@code count} periods ending with {@code last}, oldest first. */
    public List<Period> upTo(Period last, int count) {
        List<Period> periods = new ArrayList<>();
        for (int i = count - 1; i >= 0; i--) {
            LocalDate start = last.start().minusDays((long) i * DAYS);
            periods.add(new Period(start, start.plusDays(DAYS - 1)));
        }
        return periods;
    }
}
