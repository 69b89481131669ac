package se.ambassadorsportalen.press.control;

import java.time.LocalDateTime;
import se.ambassadorsportalen.platform.time.PortalTime;

/**
 * The press desk's clock: office hours, deadlines and rotas are wall-clock times in the portal's
 * one zone ({@link PortalTime}), whatever the server's own zone is.
 */
public final class PressTime {

    private PressTime() {}

    public static LocalDateTime now() {
        return PortalTime.now();
    }

    /** See {@link PortalTime#parse}. */
    public static LocalDateTime parse(String text) {
        return PortalTime.parse(text);
    }
}
