package se.ambassadorsportalen.platform.health;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * What this node's Hazelcast member (the store of the shared HTTP sessions) says about its cluster,
 * read from the MBeans Hazelcast registers ({@code hazelcast.jmx=true} in hazelcast.xml), so the
 * application needs no Hazelcast classes: Liberty loads Hazelcast for its session cache only.
 * <p>
 * The sessions are usable when this node's member runs. A configured member that is not in this
 * node's cluster is either gone (it died: its port does not answer, and the sessions it held live
 * on in their backups here, so this node stays ready and takes its users) or cut off while alive
 * (its port answers, yet it is not a member: a split, or a member that could not join). In the
 * second case users moved between the two halves would lose their sessions, so after {@code grace}
 * of being apart (a member that just started joins within seconds) this node says it is not ready.
 */
public class CacheMembers {

    /** The verdict, with what a person reading {@code /health/ready} needs to see why. */
    public record State(boolean usable, String problem, List<String> members, List<String> away) {}

    private static final int CONNECT_TIMEOUT_MILLIS = 500;

    private final MBeanServer mbeans;
    private final int localPort;
    private final List<String> configured;
    private final Clock clock;
    private final Duration grace;
    private final Predicate<String> answers;
    private final Map<String, Instant> apartSince = new ConcurrentHashMap<>();

    /**
     * @param localPort this node's member port ({@code portal.hazelcast.port}), to tell its member
     *                  from others in the same JVM (as in tests)
     * @param configured every member as {@code host:port} ({@code portal.hazelcast.members})
     */
    public CacheMembers(MBeanServer mbeans, int localPort, List<String> configured, Clock clock, Duration grace) {
        this(mbeans, localPort, configured, clock, grace, CacheMembers::answersOnItsPort);
    }

    CacheMembers(
            MBeanServer mbeans,
            int localPort,
            List<String> configured,
            Clock clock,
            Duration grace,
            Predicate<String> answers) {
        this.mbeans = mbeans;
        this.localPort = localPort;
        this.configured = List.copyOf(configured);
        this.clock = clock;
        this.grace = grace;
        this.answers = answers;
    }

    public State look() {
        Optional<ObjectName> member = localMember();
        if (member.isEmpty()) {
            return new State(
                    false, "no Hazelcast member runs in this node (port " + localPort + ")", List.of(), List.of());
        }
        try {
            if (!Boolean.TRUE.equals(mbeans.getAttribute(member.get(), "running"))) {
                return new State(false, "this node's Hazelcast member is not running", List.of(), List.of());
            }
            List<String> members = addresses((Collection<?>) mbeans.getAttribute(member.get(), "Members"));
            return judge(members);
        } catch (JMException | RuntimeException e) {
            return new State(false, "this node's Hazelcast member cannot be asked: " + e, List.of(), List.of());
        }
    }

    private State judge(List<String> members) {
        Instant now = clock.instant();
        List<String> away = new ArrayList<>();
        String problem = null;
        for (String other : configured) {
            String address = resolved(other);
            if (members.contains(address)) {
                apartSince.remove(address);
                continue;
            }
            away.add(address);
            if (!answers.test(address)) {
                apartSince.remove(address);
                continue;
            }
            Instant since = apartSince.computeIfAbsent(address, ignored -> now);
            if (!since.plus(grace).isAfter(now)) {
                problem = address + " answers but has not been in this node's cache cluster for "
                        + Duration.between(since, now).toSeconds() + " s";
            }
        }
        return new State(problem == null, problem, members, away);
    }

    private Optional<ObjectName> localMember() {
        try {
            Set<ObjectName> names = mbeans.queryNames(new ObjectName("com.hazelcast:type=HazelcastInstance,*"), null);
            for (ObjectName name : names) {
                if (Integer.valueOf(localPort).equals(mbeans.getAttribute(name, "port"))) {
                    return Optional.of(name);
                }
            }
            return Optional.empty();
        } catch (JMException e) {
            return Optional.empty();
        }
    }

    /** Hazelcast names members as socket addresses ({@code "host/10.0.0.1:5701"} or {@code "/10.0.0.1:5701"}). */
    private static List<String> addresses(Collection<?> members) {
        Set<String> addresses = new LinkedHashSet<>();
        for (Object member : members) {
            String text = String.valueOf(member);
            addresses.add(text.substring(text.lastIndexOf('/') + 1));
        }
        return List.copyOf(addresses);
    }

    /** {@code host:port} with the host as its IP address, as Hazelcast names its members. */
    static String resolved(String hostAndPort) {
        String trimmed = hostAndPort.trim();
        int colon = trimmed.lastIndexOf(':');
        try {
            return InetAddress.getByName(trimmed.substring(0, colon)).getHostAddress() + trimmed.substring(colon);
        } catch (UnknownHostException | StringIndexOutOfBoundsException e) {
            return trimmed;
        }
    }

    private static boolean answersOnItsPort(String address) {
        int colon = address.lastIndexOf(':');
        try (Socket socket = new Socket()) {
            socket.connect(
                    new InetSocketAddress(address.substring(0, colon), Integer.parseInt(address.substring(colon + 1))),
                    CONNECT_TIMEOUT_MILLIS);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The members as the property lists them ({@code "10.0.0.1:5701,10.0.0.2:5701"}). */
    public static List<String> parse(String members) {
        List<String> list = new ArrayList<>();
        if (members != null) {
            for (String member : members.split(",")) {
                if (!member.isBlank()) {
                    list.add(member.trim());
                }
            }
        }
        return list;
    }
}
