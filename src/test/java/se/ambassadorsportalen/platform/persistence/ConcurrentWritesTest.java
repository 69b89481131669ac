package se.ambassadorsportalen.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class ConcurrentWritesTest {

    /** What EclipseLink throws when H2 gave up waiting for another transaction's row (seen under load). */
    private static RuntimeException fromTheDatabase(String sqlState, int vendorCode) {
        SQLException cause = new SQLException("Timeout trying to lock table \"STORY\"", sqlState, vendorCode);
        return new EJBException(new PersistenceException(new RuntimeException("Exception [EclipseLink-4002]", cause)));
    }

    @Test
    void aStaleVersionIsAConflict() {
        assertThat(ConcurrentWrites.isConflict(new EJBException(new OptimisticLockException("stale"))))
                .isTrue();
    }

    @Test
    void aRowHeldByAnotherWriterPastTheLockTimeOutIsAConflictOnBothDatabases() {
        assertThat(ConcurrentWrites.isConflict(fromTheDatabase("HYT00", 50200)))
                .as("H2")
                .isTrue();
        assertThat(ConcurrentWrites.isConflict(fromTheDatabase("40P01", 0)))
                .as("PostgreSQL deadlock")
                .isTrue();
        assertThat(ConcurrentWrites.isConflict(fromTheDatabase("55P03", 0)))
                .as("PostgreSQL lock not available")
                .isTrue();
        assertThat(ConcurrentWrites.isConflict(fromTheDatabase("40001", 0)))
                .as("serialization failure")
                .isTrue();
    }

    @Test
    void otherDatabaseFailuresAreNoConflictTheUserCouldResolve() {
        assertThat(ConcurrentWrites.isConflict(fromTheDatabase("57014", 57014)))
                .as("a cancelled statement")
                .isFalse();
        assertThat(ConcurrentWrites.isConflict(fromTheDatabase("23505", 23505)))
                .as("a unique key")
                .isFalse();
        assertThat(ConcurrentWrites.isConflict(new IllegalStateException())).isFalse();
    }
}
