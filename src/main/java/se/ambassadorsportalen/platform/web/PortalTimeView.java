package se.ambassadorsportalen.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDateTime;
import se.ambassadorsportalen.platform.time.PortalTime;

/**
 * Shows a recorded moment on a page in the portal's zone (the zone every user sees; there is no
 * per-user zone): {@code <h:outputText value="#{portalTime.local(i.receivedAt)}">} with
 * {@code <f:convertDateTime type="localDateTime" .../>}, because Faces 4.0's converter has no
 * type for an {@code Instant}.
 */
@Named("portalTime")
@ApplicationScoped
public class PortalTimeView {

    /** The wall-clock time of the moment in the portal's zone; null for none. */
    public LocalDateTime local(Instant moment) {
        return PortalTime.local(moment);
    }
}
