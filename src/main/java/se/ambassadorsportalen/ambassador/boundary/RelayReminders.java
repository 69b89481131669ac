package se.ambassadorsportalen.ambassador.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.logging.Logger;

/** Sends the relay reminders every morning: a week before a week starts and on its last day. */
@Singleton
public class RelayReminders {

    private static final Logger LOG = Logger.getLogger(RelayReminders.class.getName());

    @Inject
    RelayRota rota;

    @Schedule(hour = "7", minute = "0", persistent = false)
    void daily() {
        int sent = rota.sendDueReminders(LocalDate.now());
        LOG.info(() -> "Relay reminders sent: " + sent);
    }
}
