package se.ambassadorsportalen.platform.health;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Where this node keeps HTTP sessions, and whether that store works. With
 * {@code portal.session.cache=none} they live in this node's memory (always ready). With
 * {@code hazelcast} the node is not ready when its Hazelcast member does not run, or when a
 * configured member is alive but has been outside this node's cluster for a while
 * ({@link CacheMembers}); members that died leave it ready, since it is the node their users move to.
 */
@Readiness
@ApplicationScoped
public class SessionCacheReadiness implements HealthCheck {

    /** Longer than a starting member takes to join (seconds), shorter than users notice a split. */
    static final Duration GRACE = Duration.ofSeconds(30);

    @Resource(lookup = "portal/sessionCache")
    String store;

    private CacheMembers members;

    @PostConstruct
    void findMembers() {
        if ("hazelcast".equals(store)) {
            members = new CacheMembers(
                    ManagementFactory.getPlatformMBeanServer(),
                    Integer.getInteger("portal.hazelcast.port", -1),
                    CacheMembers.parse(System.getProperty("portal.hazelcast.members")),
                    Clock.systemUTC(),
                    GRACE);
        }
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("session-cache");
        if (members == null) {
            return response.up().withData("store", "memory of this node").build();
        }
        CacheMembers.State state = members.look();
        response.withData("store", "hazelcast")
                .withData("members", String.join(", ", state.members()))
                .withData("memberCount", state.members().size());
        if (!state.away().isEmpty()) {
            response.withData("away", String.join(", ", state.away()));
        }
        if (!state.usable()) {
            return response.down().withData("error", state.problem()).build();
        }
        return response.up().build();
    }
}
