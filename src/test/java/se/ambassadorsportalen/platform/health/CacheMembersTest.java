package se.ambassadorsportalen.platform.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The session cache's readiness against real Hazelcast members in this JVM, read through the MBeans
 * they register as in the server: ready alone when the other member is gone, not ready when the
 * other member is alive outside the cluster, nor when this node's member stops.
 */
class CacheMembersTest {

    private final int[] ports = twoFreePorts();
    private final int mine = ports[0];
    private final int other = ports[1];
    private HazelcastInstance local;
    private HazelcastInstance stranger;

    @AfterEach
    void stopMembers() {
        for (HazelcastInstance member : new HazelcastInstance[] {stranger, local}) {
            if (member != null && member.getLifecycleService().isRunning()) {
                member.getLifecycleService().terminate();
            }
        }
    }

    /**
     * Two different free ports, both held open while the second is chosen: one closed first could
     * be handed out again (a CI run drew the same port twice: "the other member" was this one, and the test failed).
     */
    private static int[] twoFreePorts() {
        try (ServerSocket first = new ServerSocket(0);
                ServerSocket second = new ServerSocket(0)) {
            return new int[] {first.getLocalPort(), second.getLocalPort()};
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A member as hazelcast.xml configures the portal's: TCP join with both addresses, MBeans on. */
    private static HazelcastInstance member(String cluster, int port, int... peers) {
        Config config = new Config();
        config.setClusterName(cluster);
        config.setProperty("hazelcast.jmx", "true");
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.logging.type", "none");
        config.setProperty("hazelcast.wait.seconds.before.join", "0");
        config.getNetworkConfig().setPort(port).setPortAutoIncrement(false);
        config.getNetworkConfig().getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        config.getNetworkConfig().getJoin().getAutoDetectionConfig().setEnabled(false);
        config.getNetworkConfig().getJoin().getMulticastConfig().setEnabled(false);
        config.getNetworkConfig()
                .getJoin()
                .getTcpIpConfig()
                .setEnabled(true)
                .setConnectionTimeoutSeconds(1)
                .addMember("127.0.0.1:" + port);
        for (int peer : peers) {
            config.getNetworkConfig().getJoin().getTcpIpConfig().addMember("127.0.0.1:" + peer);
        }
        return Hazelcast.newHazelcastInstance(config);
    }

    private CacheMembers membersSeenFromMine(Duration grace) {
        return new CacheMembers(
                ManagementFactory.getPlatformMBeanServer(),
                mine,
                CacheMembers.parse("127.0.0.1:" + mine + ", localhost:" + other),
                Clock.fixed(Instant.parse("2026-12-01T21:00:00Z"), ZoneOffset.UTC),
                grace);
    }

    @Test
    void aNodeAloneBecauseTheOtherMemberIsGoneStaysReadyButOneCutOffFromALiveMemberIsNot() {
        local = member("portal-test", mine, other);
        CacheMembers view = membersSeenFromMine(Duration.ZERO);

        CacheMembers.State alone = view.look();
        assertThat(alone.usable()).as(String.valueOf(alone.problem())).isTrue();
        assertThat(alone.members()).containsExactly("127.0.0.1:" + mine);
        assertThat(alone.away()).containsExactly("127.0.0.1:" + other);

        stranger = member("another-cluster", other);
        CacheMembers.State cutOff = view.look();
        assertThat(cutOff.usable()).isFalse();
        assertThat(cutOff.problem())
                .startsWith("127.0.0.1:" + other + " answers but has not been in this node's cache cluster");

        local.getLifecycleService().terminate();
        CacheMembers.State stopped = view.look();
        assertThat(stopped.usable()).isFalse();
        assertThat(stopped.problem()).contains("no Hazelcast member runs in this node");
    }

    @Test
    void aLiveMemberOutsideTheClusterIsGivenTimeToJoinBeforeTheNodeSaysItIsNotReady() {
        local = member("portal-test", mine, other);
        Instant[] now = {Instant.parse("2026-12-01T21:00:00Z")};
        Clock clock = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        CacheMembers view = new CacheMembers(
                ManagementFactory.getPlatformMBeanServer(),
                mine,
                List.of("127.0.0.1:" + mine, "127.0.0.1:" + other),
                clock,
                Duration.ofSeconds(30),
                address -> true);

        assertThat(view.look().usable())
                .as("apart for 0 s of the 30 s a starting member may take")
                .isTrue();
        now[0] = now[0].plusSeconds(29);
        assertThat(view.look().usable()).as("apart for 29 s").isTrue();
        now[0] = now[0].plusSeconds(1);
        assertThat(view.look().usable()).as("apart for 30 s").isFalse();
    }
}
