package se.ambassadorsportalen.ambassador.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import se.ambassadorsportalen.platform.time.PortalTime;

/** Sends the relay reminders every morning: a week before a week starts and on its last day. */
@Singleton
public class RelayReminders {

    private static final Logger LOG = Logger.getLogger(RelayReminders.class.getName());

    @Inject
    RelayRota rota;

    @Schedule(hour = "7", minute = "0", persistent = false)
    public void daily() {
        int sent = rota.sendDueReminders(PortalTime.today());
        LOG.info(() -> "Relay reminders sent: " + sent);
    }
}
