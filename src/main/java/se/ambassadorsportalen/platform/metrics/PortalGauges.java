package se.ambassadorsportalen.platform.metrics;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * How a module publishes one of the portal's own figures on {@code /metrics} (application scope,
 * named {@code portal_...} in the Prometheus text). A figure that cannot be read right now (the
 * database is away) is reported as NaN instead of failing the whole scrape.
 */
public final class PortalGauges {

    private static final Logger LOG = Logger.getLogger(PortalGauges.class.getName());
    /** Held strongly: Liberty's metrics (Micrometer) keep only a weak reference to a gauge's source. */
    private static final List<Supplier<? extends Number>> SOURCES = new CopyOnWriteArrayList<>();

    private PortalGauges() {}

    public static void register(
            MetricRegistry registry, String name, String description, Supplier<? extends Number> source) {
        SOURCES.add(source);
        Metadata metadata =
                Metadata.builder().withName(name).withDescription(description).build();
        registry.gauge(metadata, source, PortalGauges::read);
    }

    static double read(Supplier<? extends Number> source) {
        try {
            return source.get().doubleValue();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "A portal gauge could not be read", e);
            return Double.NaN;
        }
    }
}
