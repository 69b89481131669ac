package se.ambassadorsportalen.recommendation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.eclipse.microprofile.metrics.MetricRegistry;
import se.ambassadorsportalen.platform.metrics.PortalGauges;

/**
 * Survey imports running on this node, on {@code /metrics}: per node on purpose, since an import
 * runs on the node that received the file (the cluster's figure is the sum over the nodes).
 */
@ApplicationScoped
public class ImportsRunning {

    private final AtomicInteger running = new AtomicInteger();

    @Inject
    MetricRegistry registry;

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        PortalGauges.register(
                registry,
                "portal.recommendation.imports.running",
                "Survey answer imports running on this node",
                running::get);
    }

    /** Runs one import, counted while it runs. */
    <T> T counted(Supplier<T> work) {
        running.incrementAndGet();
        try {
            return work.get();
        } finally {
            running.decrementAndGet();
        }
    }

    int count() {
        return running.get();
    }
}
