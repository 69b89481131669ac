package se.ambassadorsportalen.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import se.ambassadorsportalen.platform.persistence.PortalStartup;

/** Ready means the database answers and its schema was migrated. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @Inject
    PortalStartup startup;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database");
        if (startup.failure().isPresent()) {
            return response.down().withData("error", startup.failure().get()).build();
        }
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(3);
            try (ResultSet rows = statement.executeQuery("select 1")) {
                rows.next();
            }
            return response.up().withData("schemaVersion", startup.schemaVersion().orElse("unknown")).build();
        } catch (SQLException e) {
            return response.down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
