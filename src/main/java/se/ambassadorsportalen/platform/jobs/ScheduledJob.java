package se.ambassadorsportalen.platform.jobs;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * Work a module wants done on a schedule, once across all nodes. Implement it as an
 * {@code @ApplicationScoped} bean that calls the module's boundary; {@link JobRunner} finds it.
 * {@link #run} should be idempotent over its data (e.g. remind only what is not yet reminded):
 * a run that failed is tried again, and a period that no node reached is made up once later.
 */
public interface ScheduledJob {

    /** Unique across the portal, e.g. {@code press.deadline-reminders}; the lease row's key. */
    String name();

    JobSchedule schedule();

    /** How long a claim holds before another node may take the run over: longer than a run takes. */
    default Duration lease() {
        return Duration.ofMinutes(15);
    }

    /** Does the work of the period that was due at {@code due}. */
    void run(LocalDateTime due);
}
