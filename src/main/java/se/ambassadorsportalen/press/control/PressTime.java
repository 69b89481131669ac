package se.ambassadorsportalen.press.control;

import java.time.Instant;
import java.time.LocalDateTime;
import se.ambassadorsportalen.platform.time.PortalTime;

/**
 * The press desk's clock: office hours, deadlines and rotas are wall-clock times in the portal's
 * one zone ({@link PortalTime}), whatever the server's own zone is.
 */
public final class PressTime {

    private PressTime() {}

    /** The moment to record (inquiries, shifts and absences keep instants). */
    public static Instant now() {
        return PortalTime.moment();
    }

    /** The portal's wall clock now, for plans laid out in office hours (the demos). */
    public static LocalDateTime wallClockNow() {
        return PortalTime.local(PortalTime.moment());
    }

    /** See {@link PortalTime#parseInstant}. */
    public static Instant parse(String text) {
        return PortalTime.parseInstant(text);
    }
}
