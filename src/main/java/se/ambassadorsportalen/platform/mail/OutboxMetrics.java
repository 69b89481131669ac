package se.ambassadorsportalen.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.Map;
import org.eclipse.microprofile.metrics.MetricRegistry;
import se.ambassadorsportalen.platform.metrics.PortalGauges;

/** Mail waiting and failed in the outbox, as gauges: an SMTP server that is away shows as a rising wait. */
@ApplicationScoped
public class OutboxMetrics {

    @Inject
    MetricRegistry registry;

    @Inject
    OutboxSender sender;

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        PortalGauges.register(
                registry, "portal.mail.waiting", "Mails in the outbox waiting to be sent or being sent", () -> {
                    Map<OutgoingMail.Status, Long> counts = counts();
                    return counts.get(OutgoingMail.Status.PENDING) + counts.get(OutgoingMail.Status.SENDING);
                });
        PortalGauges.register(
                registry,
                "portal.mail.failed",
                "Mails in the outbox that failed and wait for an admin",
                () -> counts().get(OutgoingMail.Status.FAILED));
    }

    private Map<OutgoingMail.Status, Long> counts() {
        try {
            return sender.counts();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
