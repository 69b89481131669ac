package se.ambassadorsportalen.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import se.ambassadorsportalen.platform.mail.OutboxSender;
import se.ambassadorsportalen.platform.mail.OutgoingMail;

/**
 * The outbox's state beside readiness: how much mail waits and how much failed. Mail that waits
 * because the SMTP server is away does not make a node unready (every node shares the same
 * outbox, and the portal still serves its users); only an outbox that cannot be read does.
 */
@Readiness
@ApplicationScoped
public class OutboxReadiness implements HealthCheck {

    @Inject
    OutboxSender sender;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("mail-outbox");
        try {
            Map<OutgoingMail.Status, Long> counts = sender.counts();
            return response.up()
                    .withData(
                            "waiting",
                            counts.get(OutgoingMail.Status.PENDING) + counts.get(OutgoingMail.Status.SENDING))
                    .withData("failed", counts.get(OutgoingMail.Status.FAILED))
                    .build();
        } catch (SQLException | RuntimeException e) {
            return response.down()
                    .withData("error", String.valueOf(e.getMessage()))
                    .build();
        }
    }
}
