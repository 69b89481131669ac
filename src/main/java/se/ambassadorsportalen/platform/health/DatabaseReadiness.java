package se.ambassadorsportalen.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
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
        Optional<String> problem = DatabaseProbe.problem(dataSource);
        if (problem.isPresent()) {
            return response.down().withData("error", problem.get()).build();
        }
        return response.up()
                .withData("schemaVersion", startup.schemaVersion().orElse("unknown"))
                .build();
    }
}
