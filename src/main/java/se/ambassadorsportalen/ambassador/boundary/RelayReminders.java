package se.ambassadorsportalen.ambassador.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.logging.Logger;
import se.ambassadorsportalen.platform.jobs.JobSchedule;
import se.ambassadorsportalen.platform.jobs.ScheduledJob;

/**
 * Sends the relay reminders every morning at seven, once across all nodes: a week before a week
 * starts and on its last day. Each reminder is flagged on its week when sent, so a retried run
 * never reminds twice.
 */
@ApplicationScoped
public class RelayReminders implements ScheduledJob {

    private static final Logger LOG = Logger.getLogger(RelayReminders.class.getName());

    @Inject
    RelayRota rota;

    @Override
    public String name() {
        return "ambassador.relay-reminders";
    }

    @Override
    public JobSchedule schedule() {
        return JobSchedule.daily(LocalTime.of(7, 0));
    }

    @Override
    public void run(LocalDateTime due) {
        int sent = rota.sendDueReminders(due.toLocalDate());
        LOG.info(() -> "Relay reminders sent: " + sent);
    }
}
