package se.ambassadorsportalen.followup.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.ambassadorsportalen.platform.time.PortalTime;

/**
 * Each morning, reminds channel owners of the period that closed without figures. Non-persistent
 * like the other timers: a server that was down runs the next one, and the reminder rows make a
 * second run send nothing.
 */
@Singleton
public class FollowupSchedule {

    private static final Logger LOG = Logger.getLogger(FollowupSchedule.class.getName());

    @Inject
    ChannelFollowup followup;

    @Schedule(hour = "7", minute = "10", persistent = false)
    void remindChannelOwners() {
        try {
            int sent = followup.remindMissing(PortalTime.today());
            LOG.info(() -> "Channel follow-up reminders sent: " + sent);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Reminding channel owners of missing figures failed", e);
        }
    }
}
