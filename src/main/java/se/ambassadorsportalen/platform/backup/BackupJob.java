package se.ambassadorsportalen.platform.backup;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.logging.Logger;
import javax.sql.DataSource;
import se.ambassadorsportalen.platform.jobs.JobSchedule;
import se.ambassadorsportalen.platform.jobs.ScheduledJob;
import se.ambassadorsportalen.platform.persistence.DatabaseVendor;
import se.ambassadorsportalen.platform.persistence.PortalStartup;

/**
 * The nightly backup of the embedded H2 database (at {@code portal.backup.time}), once across nodes
 * through the job lease like every scheduled job. On PostgreSQL it does nothing.
 */
@ApplicationScoped
public class BackupJob implements ScheduledJob {

    private static final Logger LOG = Logger.getLogger(BackupJob.class.getName());

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @Inject
    PortalStartup startup;

    @Override
    public String name() {
        return "platform.h2-backup";
    }

    @Override
    public JobSchedule schedule() {
        return JobSchedule.daily(LocalTime.parse(DatabaseBackups.setting("portal/backup/time", "02:30")));
    }

    @Override
    public Duration lease() {
        return Duration.ofHours(1);
    }

    @Override
    public void run(LocalDateTime due) {
        if (startup.vendor().filter(vendor -> vendor == DatabaseVendor.H2).isEmpty()) {
            return;
        }
        try {
            DatabaseBackups.Backup backup =
                    DatabaseBackups.configured(dataSource).backup();
            LOG.info(() -> "Backed up the database to " + backup.name() + " (" + backup.bytes() + " bytes)");
        } catch (SQLException e) {
            throw new IllegalStateException("The nightly backup failed: " + e.getMessage(), e);
        }
    }
}
