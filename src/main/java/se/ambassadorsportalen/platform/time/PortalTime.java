package se.ambassadorsportalen.platform.time;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.zone.ZoneOffsetTransition;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * One time zone for the whole portal. Every module takes "now" from here, keeps moments as
 * instants ({@code TIMESTAMP WITH TIME ZONE} columns since the migrations of
 * {@code InstantColumns}) and shows and reads times in this zone, so a story's event and a press
 * inquiry logged three minutes later show 13:17 and 13:20, never 13:17 and 14:20 as when some
 * modules read the server's own zone (UTC on the servers) and others Stockholm's.
 *
 * <p>The zone is the Liberty variable {@code portal.time.zone} (JNDI {@code portal/timeZone}),
 * Europe/Stockholm by default, independent of the server's or the JVM's zone. Instants that
 * leave the portal (the Atom feed, {@code Last-Modified}) are made with {@link #instant} and
 * times with an offset that arrive ({@link #parse}) are turned into the zone's wall-clock time,
 * so both stay right across the change to and from summer time.
 *
 * <h2>The storage rule: every stored time names exactly one instant</h2>
 * A wall-clock time alone is ambiguous twice a year, so the portal keeps to one rule wherever it
 * turns one into a moment: a time someone types, and the wall-clock columns the migrations turned
 * into instants (before them the columns were {@code TIMESTAMP} without a zone):
 * <ul>
 * <li><b>March, the skipped hour</b> (02:00–03:00 does not exist): no stored time falls in it. A
 * time someone types or a client sends in it is moved forward by the gap ({@link #wallClock}:
 * 02:30 becomes 03:30), as the clocks on the wall did; the clock itself never shows it.
 * <li><b>October, the repeated hour</b> (02:00–03:00 happens twice): a stored time in it names its
 * first pass, in summer time ({@link #instant} takes the earlier offset). A moment of the second
 * pass, after the clocks went back, is stored as the end of the repeated hour, 03:00
 * ({@link #stored}, and so {@link #now}): at most an hour later than it happened, never earlier,
 * and never before a time recorded ahead of it. Jobs that compare "now" with stored times wait
 * out that hour instead of seeing times from the first pass come round again.
 * </ul>
 * Times the portal shows (an instant from outside, {@link #local}) keep the real wall clock,
 * second pass included.
 *
 * <h2>Instants</h2>
 * Modules whose columns keep instants ({@code TIMESTAMP WITH TIME ZONE}: stories and the press
 * desk, see {@code InstantColumns}) need no storage rule: they record {@link #moment}, show
 * {@link #local} or send {@link #iso}, and turn what people type into an instant with
 * {@link #typed} or {@link #parseInstant} (the March and October rules above for typed times).
 */
public final class PortalTime {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Stockholm");

    private static volatile ZoneId zone;
    private static volatile Clock clock = Clock.systemUTC();

    private PortalTime() {}

    /** The portal's zone: the configured one, or Europe/Stockholm when none (or an unknown one) is set. */
    public static ZoneId zone() {
        ZoneId known = zone;
        if (known == null) {
            known = configured();
            zone = known;
        }
        return known;
    }

    /** The wall-clock time to record for this moment, by the storage rule (see the class). */
    public static LocalDateTime now() {
        return stored(clock.instant());
    }

    /**
     * The moment to record, for the columns that keep instants ({@code TIMESTAMP WITH TIME ZONE}):
     * no storage rule is needed for them, the second pass of October's repeated hour included.
     */
    public static Instant moment() {
        return clock.instant();
    }

    /** The moment on a clock of one's own, for code that takes a clock so that its tests can fix the time. */
    public static Instant moment(Clock clock) {
        return clock.instant();
    }

    public static LocalDate today() {
        return LocalDate.now(clock.withZone(zone()));
    }

    /** The portal's wall-clock time of an instant, to show it (in the repeated hour, either pass reads 02:xx). */
    public static LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, zone());
    }

    /**
     * The instant of a wall-clock time someone typed in the portal's zone (a story's placement, an
     * inquiry's deadline, a shift): in the hour skipped in March it moves forward by the gap (02:30
     * is 03:30 summer time), in the hour repeated in October it is the first pass, in summer time.
     * Null stays null.
     */
    public static Instant typed(LocalDateTime wallClock) {
        return wallClock == null ? null : wallClock.atZone(zone()).toInstant();
    }

    /**
     * An instant as the API sends it: ISO-8601 with the offset it had in the portal's zone
     * ({@code 2026-10-25T02:30:00+01:00}, the second pass of October's repeated hour). Null stays null.
     */
    public static String iso(Instant instant) {
        return instant == null
                ? null
                : java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(withOffset(instant));
    }

    /** An instant with the offset it had in the portal's zone, as the API sends times. Null stays null. */
    public static OffsetDateTime withOffset(Instant instant) {
        return instant == null ? null : instant.atZone(zone()).toOffsetDateTime();
    }

    /**
     * The wall-clock time to store for an instant, by the storage rule: its local time, except in
     * the second pass of the hour that repeats when summer time ends, which is stored as the end
     * of that hour (03:00 in Stockholm), so that {@link #instant} of the stored time is never
     * before the moment and never before an earlier moment's stored time.
     */
    public static LocalDateTime stored(Instant instant) {
        return stored(instant, zone());
    }

    /**
     * "Now" by the storage rule on a clock of one's own (its zone, its instant): for code that
     * takes a clock so that its tests can fix the time and keeps wall-clock columns.
     */
    public static LocalDateTime now(Clock clock) {
        return stored(clock.instant(), clock.getZone());
    }

    private static LocalDateTime stored(Instant instant, ZoneId in) {
        ZonedDateTime zoned = instant.atZone(in);
        LocalDateTime local = zoned.toLocalDateTime();
        ZoneOffsetTransition change = in.getRules().getTransition(local);
        if (change != null && change.isOverlap() && zoned.getOffset().equals(change.getOffsetAfter())) {
            return change.getDateTimeBefore();
        }
        return local;
    }

    /**
     * A wall-clock time someone typed or a client sent without an offset, as the portal stores
     * it: a time in the hour skipped when summer time starts (it does not exist) is moved forward
     * by the gap, 02:30 to 03:30; every other time stays as it is. Null stays null.
     */
    public static LocalDateTime wallClock(LocalDateTime typed) {
        return typed == null ? null : typed.atZone(zone()).toLocalDateTime();
    }

    /**
     * The instant of a stored wall-clock time in the portal's zone. In the hour that repeats when
     * summer time ends the earlier offset is taken (the first pass, as the storage rule says); a
     * time that does not exist (the skipped hour in March) moves forward by the gap, as
     * {@link java.time.ZonedDateTime} does.
     */
    public static Instant instant(LocalDateTime local) {
        return local.atZone(zone()).toInstant();
    }

    /** A wall-clock time with its offset in the portal's zone, e.g. for the Atom feed. */
    public static OffsetDateTime withOffset(LocalDateTime local) {
        return local.atZone(zone()).toOffsetDateTime();
    }

    /**
     * The first and last year of a date or time the portal takes from a client. Its rotas, plans,
     * policies and logs live well inside them, and a day near the ends of {@code java.time}'s own
     * range (year 0, year 999,999,999) overflows as soon as weeks are added or a zone applied, and
     * fits no database column: such a value is refused as unreadable, at its field.
     */
    public static final int FIRST_YEAR = 1900;

    public static final int LAST_YEAR = 9999;

    /** Whether a date falls in the years the portal takes from clients ({@link #FIRST_YEAR} to {@link #LAST_YEAR}). */
    public static boolean withinYears(LocalDate date) {
        return date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR;
    }

    /**
     * Reads a date a client sends ("2026-11-25"). Null stays null; anything else that is not an
     * ISO date in the portal's years ({@link #withinYears}) is refused with a
     * {@link DateTimeParseException}, as the callers already refuse an unreadable date at its field.
     */
    public static LocalDate parseDate(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.trim();
        LocalDate date = LocalDate.parse(trimmed);
        if (!withinYears(date)) {
            throw outsideYears(trimmed);
        }
        return date;
    }

    /**
     * Reads a time a client sends, as the portal stores it: one with an offset
     * ("2026-11-25T09:00:00Z") is turned into the portal's wall-clock time ({@link #stored}); one
     * without ("2026-11-25T10:00") already is one ({@link #wallClock}). Null for blank. A time
     * outside the portal's years ({@link #FIRST_YEAR} to {@link #LAST_YEAR}) is refused with a
     * {@link DateTimeParseException}, before a zone is applied to it (which could overflow).
     */
    public static LocalDateTime parse(String text) {
        Sent sent = sent(text);
        if (sent == null) {
            return null;
        }
        return sent.withOffset() != null ? stored(sent.withOffset().toInstant()) : wallClock(sent.local());
    }

    /**
     * Reads a time a client sends, as an instant: one with an offset ("2026-11-25T09:00:00Z") is
     * that instant, one without ("2026-11-25T10:00") is a wall-clock time in the portal's zone
     * ({@link #typed}). Null for blank; outside the portal's years refused as {@link #parse} does.
     */
    public static Instant parseInstant(String text) {
        Sent sent = sent(text);
        if (sent == null) {
            return null;
        }
        return sent.withOffset() != null ? sent.withOffset().toInstant() : typed(sent.local());
    }

    /** A time as a client sent it: with its offset, or else without one. */
    private record Sent(OffsetDateTime withOffset, LocalDateTime local) {}

    /** The time in {@code text} checked against the portal's years, before any zone is applied; null for blank. */
    private static Sent sent(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.trim();
        Sent sent;
        try {
            sent = new Sent(OffsetDateTime.parse(trimmed), null);
        } catch (DateTimeParseException withoutOffset) {
            sent = new Sent(null, LocalDateTime.parse(trimmed));
        }
        LocalDate date = sent.withOffset() != null
                ? sent.withOffset().toLocalDate()
                : sent.local().toLocalDate();
        if (!withinYears(date)) {
            throw outsideYears(trimmed);
        }
        return sent;
    }

    private static DateTimeParseException outsideYears(String text) {
        return new DateTimeParseException("The year is outside " + FIRST_YEAR + "-" + LAST_YEAR + ": " + text, text, 0);
    }

    /** For tests of code that reads the clock: a fixed clock and zone, or null for the real ones. */
    static void use(Clock fixed, ZoneId fixedZone) {
        clock = fixed == null ? Clock.systemUTC() : fixed;
        zone = fixedZone;
    }

    static ZoneId zoneOf(String configured) {
        if (configured == null || configured.isBlank()) {
            return DEFAULT_ZONE;
        }
        try {
            return ZoneId.of(configured.trim());
        } catch (DateTimeException unknown) {
            java.util.logging.Logger.getLogger(PortalTime.class.getName())
                    .warning("portal.time.zone '" + configured + "' is not a time zone; using " + DEFAULT_ZONE);
            return DEFAULT_ZONE;
        }
    }

    private static ZoneId configured() {
        try {
            Object value = new InitialContext().lookup("portal/timeZone");
            return zoneOf(value == null ? null : value.toString());
        } catch (NamingException | RuntimeException notOnAServer) {
            return DEFAULT_ZONE;
        }
    }
}
