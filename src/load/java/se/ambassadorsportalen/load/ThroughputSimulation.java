package se.ambassadorsportalen.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.rendezVous;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.flushCookieJar;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Closed-loop throughput: {@code connections} users (default 50) send requests back to back, without
 * think time, one kind of request after another in phases of {@code phase} seconds (default 20). All
 * users wait for each other between phases, so every phase runs at the full number of connections; the
 * run prints each phase's answers per second at its end. Targets (issue 10, item 6): every module's main
 * page at least {@code pagesPerSecond} (200), {@code GET /api/v1/me} with HTTP Basic at least
 * {@code apiPerSecond} (300), the public feed as JSON and Atom at least {@code feedPerSecond} (1,000). A
 * static file with a session cookie at half its throughput without is read from that summary: Gatling
 * cannot compare two requests in an assertion. The pages are read by {@code #{username}} from
 * users/all-modules.csv, an account that sees every module.
 */
public class ThroughputSimulation extends Simulation {

    private static final Map<String, String> MODULE_PAGES = Map.of(
            "page home", "/index.xhtml",
            "page policy", "/policy/index.xhtml",
            "page stories", "/story/index.xhtml",
            "page press inquiries", "/press/inquiries.xhtml",
            "page ambassador directory", "/ambassador/directory/directory.xhtml",
            "page recommendation dashboard", "/recommendation/dashboard.xhtml");

    private static final long LOGIN_SPACING_MS = 400;

    private final int connections = Portal.intParameter("connections", 50);
    private final Duration phase = Portal.seconds("phase", 20);
    private final List<Assertion> assertions = new ArrayList<>();
    private final List<PhaseClock> clocks = new ArrayList<>();

    {
        ChainBuilder phases = phase(
                        "static css (no cookie)",
                        0,
                        http("static css (no cookie)").get(Journeys.STATIC_CSS).check(status().is(200)))
                // One account signs in for every connection: one after another, as the sign-in limits
                // take an attempt per sign-in before the password is checked (5 at once per username).
                .pause(session -> Duration.ofMillis(LOGIN_SPACING_MS * (session.userId() % connections)))
                .exec(Portal.login())
                .exec(rendezVous(connections))
                .exec(phase(
                        "static css (session)",
                        0,
                        http("static css (session)").get(Journeys.STATIC_CSS).check(status().is(200))));
        for (String name : MODULE_PAGES.keySet().stream().sorted().toList()) {
            phases = phases.exec(phase(
                    name,
                    Portal.intParameter("pagesPerSecond", 200),
                    http(name).get(MODULE_PAGES.get(name)).check(Portal.signedInPage("#main"))));
        }
        phases = phases.exec(flushCookieJar())
                .exec(phase(
                        "api me (basic)",
                        Portal.intParameter("apiPerSecond", 300),
                        exec(flushCookieJar())
                                .exec(http("api me (basic)")
                                        .get("/api/v1/me")
                                        .basicAuth("#{username}", Portal.password())
                                        .check(
                                                status().is(200),
                                                jsonPath("$.username").exists()))))
                .exec(phase(
                        "public portraits json",
                        Portal.intParameter("feedPerSecond", 1000),
                        http("public portraits json")
                                .get("/api/v1/public/portraits?first=0&size=20")
                                .check(status().is(200), jsonPath("$.items").exists())))
                .exec(phase(
                        "public portraits atom",
                        Portal.intParameter("feedPerSecond", 1000),
                        http("public portraits atom")
                                .get("/feed/portraits.atom")
                                .check(status().is(200), substring("<feed"))));

        ScenarioBuilder closedLoop = scenario("closed loop")
                .feed(csv("users/all-modules.csv").circular())
                .exec(phases);
        assertions.add(global().failedRequests().count().lte((long) Portal.intParameter("maxFailed", 0)));
        setUp(closedLoop.injectOpen(atOnceUsers(connections)))
                .protocols(Portal.protocol())
                .assertions(assertions);
    }

    /**
     * One phase: every user repeats the request for the phase's length, finishing the request it is in,
     * then waits for the others. A target in requests per second becomes a minimum request count over the
     * phase; the phase's clock gives its real rate.
     */
    private ChainBuilder phase(String name, int perSecond, HttpRequestActionBuilder request) {
        return phase(name, perSecond, exec(request));
    }

    private ChainBuilder phase(String name, int perSecond, ChainBuilder requests) {
        if (perSecond > 0) {
            assertions.add(details(name).allRequests().count().gte((long) perSecond * phase.toSeconds()));
        }
        PhaseClock clock = new PhaseClock(name);
        clocks.add(clock);
        return exec(session -> clock.started(session))
                .exec(during(phase, false).on(exec(requests).exec(session -> clock.answered(session))))
                .exec(rendezVous(connections));
    }

    /** Gatling's own requests per second average over the whole run; a phase's rate needs its own clock. */
    @Override
    public void after() {
        System.out.println("---- Phases (answers per second from the first request to the last answer) ----");
        clocks.forEach(clock -> System.out.println(clock.summary()));
    }

    /** When a phase's first user started and its last answer came, and how many answers came between. */
    private static final class PhaseClock {

        private final String name;
        private final AtomicLong firstStart = new AtomicLong(Long.MAX_VALUE);
        private final AtomicLong lastAnswer = new AtomicLong();
        private final LongAdder answers = new LongAdder();

        PhaseClock(String name) {
            this.name = name;
        }

        Session started(Session session) {
            firstStart.accumulateAndGet(System.nanoTime(), Math::min);
            return session;
        }

        Session answered(Session session) {
            answers.increment();
            lastAnswer.accumulateAndGet(System.nanoTime(), Math::max);
            return session;
        }

        String summary() {
            double seconds = (lastAnswer.get() - firstStart.get()) / 1e9;
            return String.format(
                    Locale.ROOT,
                    "%-32s %8d answers in %6.1f s = %9.1f/s",
                    name,
                    answers.sum(),
                    seconds,
                    seconds > 0 ? answers.sum() / seconds : 0);
        }
    }
}
