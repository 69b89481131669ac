package se.ambassadorsportalen.platform.jobs;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import se.ambassadorsportalen.platform.time.PortalTime;

/**
 * Once a minute on every node: for each {@link ScheduledJob}, the latest period due; the node that
 * claims it in {@code job_lease} runs it, the others skip it. The timer itself is per node and
 * non-persistent on purpose: the shared table, not the timer, decides who runs what, so nodes can
 * come and go. Not transactional itself: each lease step commits at once, and each job's boundary
 * call has its own transaction.
 */
@Singleton
public class JobRunner {

    private static final Logger LOG = Logger.getLogger(JobRunner.class.getName());

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @Inject
    Instance<ScheduledJob> jobs;

    private JobLeases leases;
    private String node;

    @PostConstruct
    void init() {
        // Leases are instants, so the clock's zone plays no part; periods are the schedules' (wall clock).
        leases = new JobLeases(dataSource, Clock.systemUTC());
        node = nodeName();
    }

    @Schedule(hour = "*", minute = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void tick() {
        LocalDateTime now = PortalTime.now();
        for (ScheduledJob job : jobs) {
            runIfClaimed(job, now);
        }
    }

    private void runIfClaimed(ScheduledJob job, LocalDateTime now) {
        String period = job.schedule().periodKey(now);
        try {
            if (!leases.claim(job.name(), period, node, job.lease())) {
                return;
            }
        } catch (SQLException | RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "Could not claim job " + job.name() + " " + period + "; the next minute tries again",
                    e);
            return;
        }
        try {
            job.run(job.schedule().lastDue(now));
            leases.finished(job.name(), period, node);
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Job " + job.name() + " " + period + " failed", e);
            try {
                leases.failed(job.name(), period, node, e.toString());
            } catch (SQLException f) {
                LOG.log(Level.WARNING, "Could not release job " + job.name() + "; its lease runs out by itself", f);
            }
        }
    }

    /** This JVM's name in the lease table: the host and a fresh suffix, so a restarted node is a new owner. */
    static String nodeName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown";
        }
        String name = host + "/" + UUID.randomUUID().toString().substring(0, 8);
        return name.length() > 100 ? name.substring(name.length() - 100) : name;
    }
}
