package se.ambassadorsportalen.platform.jobs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import javax.sql.DataSource;
import se.ambassadorsportalen.platform.persistence.InstantConverter;
import se.ambassadorsportalen.platform.persistence.SqlStates;

/**
 * Claims of job runs in {@code job_lease}, in SQL that H2 and PostgreSQL run alike (auto-commit,
 * one statement a step):
 * <ul>
 * <li>the first claim of a period inserts its row: the primary key lets exactly one node succeed;</li>
 * <li>a claim whose holder neither finished nor renewed before its lease ran out (the node died)
 * is taken over by a conditional update, which again only one node wins;</li>
 * <li>a run that threw is released to be tried again after a pause, at most
 * {@link #MAX_ATTEMPTS} times per period.</li>
 * </ul>
 * The lease times are instants ({@code TIMESTAMP WITH TIME ZONE}) bound as an
 * {@code OffsetDateTime} at UTC, so a lease is compared instant with instant on H2 and PostgreSQL:
 * a fifteen-minute lease lasts fifteen minutes through either change of summer time, whatever
 * zone the clock, the JVM or the database session is in. (The periods are the schedule's, on the
 * portal's wall clock: {@link JobSchedule}.)
 */
public class JobLeases {

    public static final int MAX_ATTEMPTS = 3;
    static final Duration RETRY_AFTER = Duration.ofMinutes(5);

    private final DataSource db;
    private final Clock clock;

    public JobLeases(DataSource db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** True when {@code owner} may run this period of the job now: it inserted or took over the row. */
    public boolean claim(String job, String period, String owner, Duration lease) throws SQLException {
        OffsetDateTime now = now();
        try (Connection c = connection()) {
            try (PreparedStatement s = c.prepareStatement("insert into job_lease (job_name, period_key, owner,"
                    + " lease_until, started_at, attempts, version) values (?, ?, ?, ?, ?, 1, 0)")) {
                s.setString(1, job);
                s.setString(2, period);
                s.setString(3, owner);
                s.setObject(4, now.plus(lease));
                s.setObject(5, now);
                return s.executeUpdate() == 1;
            } catch (SQLException e) {
                if (!SqlStates.isDuplicateKey(e)) {
                    throw e;
                }
            }
            try (PreparedStatement s = c.prepareStatement("update job_lease set owner = ?, lease_until = ?,"
                    + " started_at = ?, attempts = attempts + 1, version = version + 1 where job_name = ?"
                    + " and period_key = ? and finished_at is null and lease_until < ? and attempts < ?")) {
                s.setString(1, owner);
                s.setObject(2, now.plus(lease));
                s.setObject(3, now);
                s.setString(4, job);
                s.setString(5, period);
                s.setObject(6, now);
                s.setInt(7, MAX_ATTEMPTS);
                return s.executeUpdate() == 1;
            }
        }
    }

    /** The run is done: no node claims this period again. */
    public void finished(String job, String period, String owner) throws SQLException {
        update(
                "update job_lease set finished_at = ?, error = null, version = version + 1"
                        + " where job_name = ? and period_key = ? and owner = ?",
                now(),
                job,
                period,
                owner);
    }

    /**
     * The run threw: another attempt may claim it after {@link #RETRY_AFTER}; after the last
     * attempt the period is closed with its error, to be seen in the table rather than retried forever.
     */
    public void failed(String job, String period, String owner, String error) throws SQLException {
        // The cast: inside CASE PostgreSQL would otherwise have to guess the parameter's type.
        OffsetDateTime now = now();
        String reason = String.valueOf(error);
        try (Connection c = connection();
                PreparedStatement s = c.prepareStatement("update job_lease set"
                        + " lease_until = ?, error = ?, finished_at = case when attempts >= ? then cast(? as timestamp with time zone) else null end,"
                        + " version = version + 1 where job_name = ? and period_key = ? and owner = ?")) {
            s.setObject(1, now.plus(RETRY_AFTER));
            s.setString(2, reason.substring(0, Math.min(reason.length(), 1000)));
            s.setInt(3, MAX_ATTEMPTS);
            s.setObject(4, now);
            s.setString(5, job);
            s.setString(6, period);
            s.setString(7, owner);
            s.executeUpdate();
        }
    }

    /** Forgets finished runs older than {@code keep}; returns how many. */
    public int forgetFinishedBefore(Duration keep) throws SQLException {
        try (Connection c = connection();
                PreparedStatement s = c.prepareStatement("delete from job_lease where finished_at < ?")) {
            s.setObject(1, now().minus(keep));
            return s.executeUpdate();
        }
    }

    private void update(String sql, OffsetDateTime at, String job, String period, String owner) throws SQLException {
        try (Connection c = connection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, at);
            s.setString(2, job);
            s.setString(3, period);
            s.setString(4, owner);
            s.executeUpdate();
        }
    }

    /** The clock's instant, as JDBC binds an instant alike on H2 and PostgreSQL. */
    private OffsetDateTime now() {
        return InstantConverter.toColumn(clock.instant());
    }

    private Connection connection() throws SQLException {
        Connection connection = db.getConnection();
        connection.setAutoCommit(true);
        return connection;
    }
}
