package se.ambassadorsportalen.platform.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Builds this node's search index once the database is migrated and the demo loaded (in a timer's
 * thread, so start-up does not wait for it) and the rest of the application has started: the build
 * waits {@code portal.search.build.delay.seconds} (10 by default) after this module's start, because
 * on a large organisation it takes seconds of a core, and built at once it ran beside the web module's
 * start and delayed the server's readiness (19.1 s to ready with it, 17.1 s without, on two cores; README). A search
 * meanwhile waits for it ({@link PortalSearch#awaitBuilt}). Then it refreshes it every {@value #EVERY_SECONDS} seconds
 * from what changed, and every {@value #RECONCILE_MINUTES} minutes from everything (see
 * {@link PortalSearch}). Every node does this for itself: each has its own index in memory. No
 * transaction of its own: each source's boundary reads in its own.
 */
@Singleton
@Startup
@DependsOn("PortalStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SearchRefresh {

    static final int EVERY_SECONDS = 15;
    static final int RECONCILE_MINUTES = 10;
    private static final int RUNS_PER_RECONCILE = RECONCILE_MINUTES * 60 / EVERY_SECONDS;
    private static final Logger LOG = Logger.getLogger(SearchRefresh.class.getName());

    @Inject
    PortalSearch search;

    @Resource
    TimerService timers;

    @Resource(lookup = "portal/search/buildDelaySeconds")
    Integer buildDelaySeconds;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicInteger runs = new AtomicInteger();
    /** Before this the scheduled refresh leaves the unbuilt index to the build, which would start it early. */
    private volatile Instant buildFrom = Instant.MAX;

    @PostConstruct
    void start() {
        long delay = Math.max(0, buildDelaySeconds == null ? 0 : buildDelaySeconds) * 1000L;
        buildFrom = Instant.now().plusMillis(delay);
        timers.createSingleActionTimer(Math.max(1, delay), new TimerConfig("search-index-build", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void build() {
        if (!running.compareAndSet(false, true)) {
            return; // a scheduled run came first and builds it, the index not being built yet
        }
        try {
            search.rebuild();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The search index could not be built; the next reconciliation tries again", e);
        } finally {
            running.set(false);
        }
    }

    @Schedule(hour = "*", minute = "*", second = "*/" + EVERY_SECONDS, persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void refresh() {
        if (!running.compareAndSet(false, true)) {
            return; // the previous run (or the build) is still reading
        }
        try {
            if (!search.isBuilt() && Instant.now().isBefore(buildFrom)) {
                return; // the start is still under way: the build's own timer comes when it is over
            }
            if (runs.incrementAndGet() % RUNS_PER_RECONCILE == 0 || !search.isBuilt()) {
                search.rebuild();
            } else {
                search.refresh();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Refreshing the search index failed; the next run tries again", e);
        } finally {
            running.set(false);
        }
    }
}
