package se.ambassadorsportalen.load;

import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.forAll;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;

/**
 * The portal's busy hour in miniature: every role at once, each virtual user signed in with its own
 * session (several may share a demo account), going through its journey again and again with think
 * time between pages, beside a static-file baseline with and without a session cookie.
 *
 * <p>Parameters ({@code -Dname=value}): {@code portal.url}, {@code users} (concurrent users over all
 * roles, default 30), {@code ramp} (seconds until all have started, 30), {@code duration} (seconds each
 * user keeps going, 120), {@code think} (mean seconds between pages, 5), {@code staticUsers} (users per
 * static baseline, 1), {@code p95} (ms every request's 95th percentile must stay within, 250),
 * {@code maxFailed} (failed requests allowed, 0).
 */
public class RoleJourneysSimulation extends Simulation {

    private final int users = Portal.intParameter("users", 30);
    private final Duration ramp = Portal.seconds("ramp", 30);
    private final Duration duration = Portal.seconds("duration", 120);
    private final int thinkMillis = Portal.intParameter("think", 5) * 1000;

    {
        setUp(
                        signedIn(
                                "employee",
                                "users/employees.csv",
                                40,
                                exec(Journeys.home(), think(), Journeys.readPolicy())
                                        .randomSwitch()
                                        .on(percent(30.0).then(exec(think(), Journeys.writeStory())))),
                        signedIn(
                                "manager",
                                "users/managers.csv",
                                10,
                                exec(Journeys.home(), think(), Journeys.approveStory())),
                        signedIn("press officer", "users/press-officers.csv", 7, Journeys.lookUpAndLogInquiry()),
                        signedIn("hr", "users/hr.csv", 7, Journeys.dashboardAndExport()),
                        signedIn("communicator", "users/communicators.csv", 7, Journeys.calendar()),
                        share(19, scenario("careers visitor").exec(repeatWithThinkTime(Journeys.publicPortraits()))),
                        share(
                                10,
                                scenario("api client")
                                        .feed(accounts("users/employees.csv"))
                                        .exec(repeatWithThinkTime(Journeys.apiClient()))),
                        baseline(scenario("static baseline without cookie")
                                .exec(during(duration)
                                        .on(Journeys.staticFiles("(no cookie)").pause(Duration.ofSeconds(1))))),
                        baseline(scenario("static baseline with session cookie")
                                .feed(accounts("users/employees.csv"))
                                .exec(Portal.login())
                                .exec(during(duration)
                                        .on(Journeys.staticFiles("(session)").pause(Duration.ofSeconds(1))))))
                .protocols(Portal.protocol())
                .maxDuration(ramp.plus(duration).plusMinutes(2))
                .assertions(
                        global().failedRequests().count().lte((long) Portal.intParameter("maxFailed", 0)),
                        forAll().responseTime().percentile(95.0).lte(Portal.intParameter("p95", 250)));
    }

    /** A role whose users each sign in once with an account from the file, then repeat their journey. */
    private PopulationBuilder signedIn(String role, String accounts, int percentOfUsers, ChainBuilder journey) {
        return share(
                percentOfUsers,
                scenario(role).feed(accounts(accounts)).exec(Portal.login()).exec(repeatWithThinkTime(journey)));
    }

    /** The role's share of all users, started evenly over the ramp; at least one user per role. */
    private PopulationBuilder share(int percentOfUsers, ScenarioBuilder scenario) {
        return scenario.injectOpen(
                rampUsers(Math.max(1, users * percentOfUsers / 100)).during(ramp));
    }

    private ChainBuilder repeatWithThinkTime(ChainBuilder journey) {
        return during(duration).on(exec(journey, think()));
    }

    private PopulationBuilder baseline(ScenarioBuilder scenario) {
        return scenario.injectOpen(
                rampUsers(Portal.intParameter("staticUsers", 1)).during(ramp));
    }

    private ChainBuilder think() {
        return pause(Duration.ofMillis(thinkMillis / 2), Duration.ofMillis(thinkMillis * 3L / 2));
    }

    private static FeederBuilder<String> accounts(String file) {
        return csv(file).circular();
    }
}
