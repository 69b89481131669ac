package se.ambassadorsportalen.platform.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class DatabaseProbeTest {

    @Test
    void databaseThatAnswersIsNoProblem() {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:probe;DB_CLOSE_DELAY=-1");

        assertThat(DatabaseProbe.problem(db)).isEmpty();
    }

    @Test
    void databaseThatCannotBeReachedMakesTheNodeNotReadyWithTheReason() {
        DataSource unreachable = (DataSource) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, arguments) -> {
                    throw new SQLTransientConnectionException("Connection refused: db.example:5432");
                });

        assertThat(DatabaseProbe.problem(unreachable)).contains("Connection refused: db.example:5432");
    }

    @Test
    void databaseFileThatIsGoneIsAProblemToo() {
        JdbcDataSource missing = new JdbcDataSource();
        missing.setURL("jdbc:h2:file:/nonexistent-dir-for-probe/portal;IFEXISTS=TRUE");

        assertThat(DatabaseProbe.problem(missing)).isPresent();
    }
}
