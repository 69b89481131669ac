package se.ambassadorsportalen.platform.health;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Whether the database answers a trivial query within a few seconds. A node whose database is
 * away, or whose pool cannot hand out a connection in time (server.xml's connectionTimeout), is
 * not ready: the load balancer sends its users to a node that can serve them.
 */
final class DatabaseProbe {

    static final int QUERY_TIMEOUT_SECONDS = 3;

    private DatabaseProbe() {}

    /** Empty when the database answered; otherwise what went wrong. */
    static Optional<String> problem(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
            try (ResultSet rows = statement.executeQuery("select 1")) {
                return rows.next() ? Optional.empty() : Optional.of("no answer to select 1");
            }
        } catch (SQLException | RuntimeException e) {
            return Optional.of(String.valueOf(e.getMessage()));
        }
    }
}
