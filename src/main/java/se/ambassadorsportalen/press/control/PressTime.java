package se.ambassadorsportalen.press.control;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The press desk's clock: office hours, deadlines and rotas are local times in the organisation's
 * zone, Europe/Stockholm, whatever the server's own zone is.
 */
public final class PressTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    private PressTime() {
    }

    public static LocalDateTime now() {
        return LocalDateTime.now(ZONE);
    }

    public static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZONE);
    }

    /**
     * Reads a time a client sends: an instant with an offset ("2026-11-25T09:00:00Z") is turned
     * into local time; a time without one ("2026-11-25T10:00") is already local. Null for blank.
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
}
