package se.ambassadorsportalen.platform.persistence;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.util.Set;

/** A write that met another's write to the same rows, recognised the same way on H2 and PostgreSQL. */
public final class ConcurrentWrites {

    /**
     * SQL states of a write that met another's write to the same rows and gave up: PostgreSQL's
     * serialization failure, deadlock and lock not available, and H2's lock time-out (HYT00, after
     * two seconds of waiting for another transaction's row).
     */
    private static final Set<String> CONCURRENT_WRITE_STATES = Set.of("40001", "40P01", "55P03", "HYT00");

    private ConcurrentWrites() {}

    /**
     * Whether the call failed because someone else changed the same thing at the same time: an
     * optimistic lock's stale version, or a row another transaction held past the database's lock
     * time-out (two managers approving the same story under load). The user can only reload and try
     * again, so both get the same answer, a conflict, never an error page.
     */
    public static boolean isConflict(Throwable thrown) {
        for (Throwable e = thrown; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof OptimisticLockException
                    || e instanceof PessimisticLockException
                    || e instanceof LockTimeoutException
                    || e instanceof SQLException sql && CONCURRENT_WRITE_STATES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
