package se.ambassadorsportalen.platform.time;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * One time zone for the whole portal. Every module takes "now" from here and every time the
 * portal keeps ({@code LocalDateTime} columns) is a wall-clock time in this zone, so a story's
 * event and a press inquiry logged three minutes later show 13:17 and 13:20, never 13:17 and
 * 14:20 as when some modules read the server's own zone (UTC on the servers) and others
 * Stockholm's.
 *
 * <p>The zone is the Liberty variable {@code portal.time.zone} (JNDI {@code portal/timeZone}),
 * Europe/Stockholm by default, independent of the server's or the JVM's zone. Instants that
 * leave the portal (the Atom feed, {@code Last-Modified}) are made with {@link #instant} and
 * times with an offset that arrive ({@link #parse}) are turned into the zone's wall-clock time,
 * so both stay right across the change to and from summer time.
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

    public static LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(zone()));
    }

    public static LocalDate today() {
        return LocalDate.now(clock.withZone(zone()));
    }

    /** The portal's wall-clock time of an instant. */
    public static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, zone());
    }

    /**
     * The instant of a wall-clock time in the portal's zone. In the hour that repeats when summer
     * time ends the earlier offset is taken; a time that does not exist (the skipped hour in
     * March) moves forward by the gap, as {@link java.time.ZonedDateTime} does.
     */
    public static Instant instant(LocalDateTime local) {
        return local.atZone(zone()).toInstant();
    }

    /** A wall-clock time with its offset in the portal's zone, e.g. for the Atom feed. */
    public static OffsetDateTime withOffset(LocalDateTime local) {
        return local.atZone(zone()).toOffsetDateTime();
    }

    /**
     * Reads a time a client sends: one with an offset ("2026-11-25T09:00:00Z") is turned into the
     * portal's wall-clock time; one without ("2026-11-25T10:00") already is one. Null for blank.
     */
    public static LocalDateTime parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.trim();
        try {
            return local(OffsetDateTime.parse(trimmed).toInstant());
        } catch (DateTimeParseException withoutOffset) {
            return LocalDateTime.parse(trimmed);
        }
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
