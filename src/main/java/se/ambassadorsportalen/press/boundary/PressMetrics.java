package se.ambassadorsportalen.press.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;
import se.ambassadorsportalen.platform.metrics.PortalGauges;

/** The press desk on {@code /metrics}: open media inquiries past their deadline. */
@ApplicationScoped
public class PressMetrics {

    @Inject
    MetricRegistry registry;

    @Inject
    InquiryHousekeeping housekeeping;

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        PortalGauges.register(
                registry,
                "portal.press.inquiries.overdue",
                "Open media inquiries (new or assigned) past their deadline",
                housekeeping::countOverdue);
    }
}
