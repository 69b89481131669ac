package se.ambassadorsportalen.recommendation.control;

import java.time.LocalDate;
import java.time.Year;

/**
 * Places dates on a chart's x axis in proportion to time: a date becomes its year plus the part of
 * that year gone (1 July 2025 ≈ 2025.5). Rounds half a year apart then sit half a year apart, a gap
 * of two years looks like two years, and a goal's deadline lands where it falls in time, also when
 * it is earlier than the last round, instead of being spaced evenly after every round as labels
 * of a category axis are.
 */
public final class TimeAxis {

    private TimeAxis() {}

    public static double position(LocalDate date) {
        int days = Year.of(date.getYear()).length();
        return date.getYear() + (date.getDayOfYear() - 1) / (double) days;
    }

    /** The first whole year at or before the earliest date: where the axis starts. */
    public static int firstYear(LocalDate earliest) {
        return earliest.getYear();
    }

    /** The whole year after the latest date: where the axis ends, so the last point is not on the edge. */
    public static int lastYear(LocalDate latest) {
        return latest.getDayOfYear() == 1 ? latest.getYear() : latest.getYear() + 1;
    }
}
