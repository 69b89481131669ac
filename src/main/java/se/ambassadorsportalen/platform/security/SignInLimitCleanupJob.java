package se.ambassadorsportalen.platform.security;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.logging.Logger;
import javax.sql.DataSource;
import se.ambassadorsportalen.platform.jobs.JobSchedule;
import se.ambassadorsportalen.platform.jobs.ScheduledJob;

/**
 * Keeps {@code signin_limit} small: every mistyped username leaves a row, which means nothing once
 * its allowance is whole again (15 minutes at most after the last attempt).
 */
@ApplicationScoped
public class SignInLimitCleanupJob implements ScheduledJob {

    private static final Logger LOG = Logger.getLogger(SignInLimitCleanupJob.class.getName());

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @Override
    public String name() {
        return "platform.signin-limit-cleanup";
    }

    @Override
    public JobSchedule schedule() {
        return JobSchedule.daily(LocalTime.of(4, 10));
    }

    @Override
    public void run(LocalDateTime due) {
        try {
            int forgotten = new SignInLimits(dataSource, Clock.systemUTC()).forgetWhole();
            LOG.fine(() -> "Forgot " + forgotten + " whole sign-in allowances");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
