package se.ambassadorsportalen.platform.jobs;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** Keeps {@code job_lease} small: a five-minute job leaves 288 rows a day. Finished runs go after 30 days. */
@ApplicationScoped
public class LeaseCleanupJob implements ScheduledJob {

    static final Duration KEEP = Duration.ofDays(30);
    private static final Logger LOG = Logger.getLogger(LeaseCleanupJob.class.getName());

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @Override
    public String name() {
        return "platform.job-lease-cleanup";
    }

    @Override
    public JobSchedule schedule() {
        return JobSchedule.daily(LocalTime.of(4, 0));
    }

    @Override
    public void run(LocalDateTime due) {
        try {
            int forgotten = new JobLeases(dataSource, Clock.systemUTC()).forgetFinishedBefore(KEEP);
            LOG.fine(() -> "Forgot " + forgotten + " finished job runs");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
