package se.ambassadorsportalen.ambassador.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import se.ambassadorsportalen.ambassador.entity.RelayWeek;
import se.ambassadorsportalen.platform.layout.HomeCard;
import se.ambassadorsportalen.platform.layout.NavigationItem;
import se.ambassadorsportalen.platform.layout.PendingTask;
import se.ambassadorsportalen.platform.layout.PortalModule;
import se.ambassadorsportalen.platform.security.Role;
import se.ambassadorsportalen.platform.time.PortalTime;

/** The ambassador programme's pages and home cards in the shared layout. */
@ApplicationScoped
public class AmbassadorModule implements PortalModule {

    private static final Set<Role> EMPLOYEES = EnumSet.of(Role.EMPLOYEE);
    private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
    private static final Set<Role> DIRECTORY = EnumSet.of(Role.COMMUNICATOR, Role.PRESS_OFFICER);
    private static final Set<Role> COMMUNICATORS = EnumSet.of(Role.COMMUNICATOR);

    @Override
    public List<NavigationItem> navigation() {
        return List.of(
                new NavigationItem("nav-ambassador", "ambassador.nav.me", "/ambassador/me.xhtml", 200, EMPLOYEES),
                new NavigationItem("nav-relay", "ambassador.nav.relay", "/ambassador/relay.xhtml", 210, EVERYONE),
                new NavigationItem(
                        "nav-ambassador-directory",
                        "ambassador.nav.directory",
                        "/ambassador/directory/directory.xhtml",
                        220,
                        DIRECTORY),
                new NavigationItem(
                        "nav-ambassador-breadth",
                        "ambassador.nav.breadth",
                        "/ambassador/directory/breadth.xhtml",
                        230,
                        DIRECTORY),
                new NavigationItem(
                        "nav-ambassador-applications",
                        "ambassador.nav.applications",
                        "/ambassador/manage/applications.xhtml",
                        240,
                        COMMUNICATORS),
                new NavigationItem(
                        "nav-ambassador-training-admin",
                        "ambassador.nav.trainingAdmin",
                        "/ambassador/manage/training.xhtml",
                        250,
                        COMMUNICATORS));
    }

    /** The home cards' request-scoped reads, shared with the to-do list. */
    @Inject
    AmbassadorHomeBacking home;

    /** A relay week is something to do from a week before it starts until it ends. */
    static final int RELAY_NOTICE_DAYS = 7;

    @Override
    public List<PendingTask> pendingTasks(Predicate<Role> holds) {
        List<PendingTask> tasks = new ArrayList<>();
        if (holds.test(Role.EMPLOYEE)) {
            RelayWeek week = home.getMyWeek();
            boolean soon = week != null
                    && !week.getStartsOn().isAfter(PortalTime.today().plusDays(RELAY_NOTICE_DAYS));
            tasks.add(new PendingTask(
                    "task-relay-week",
                    "ambassador.task.relayWeek",
                    soon ? 1 : 0,
                    "/ambassador/relay.xhtml#myWeek",
                    "nav-relay"));
        }
        if (holds.test(Role.COMMUNICATOR)) {
            tasks.add(new PendingTask(
                    "task-ambassador-applications",
                    "ambassador.task.applications",
                    home.getPendingApplications(),
                    "/ambassador/manage/applications.xhtml",
                    "nav-ambassador-applications"));
            tasks.add(new PendingTask(
                    "task-relay-requests",
                    "ambassador.task.relayRequests",
                    home.getOpenRequests(),
                    "/ambassador/relay.xhtml#requestsForm",
                    "nav-relay"));
        }
        return tasks;
    }

    @Override
    public List<HomeCard> homeCards() {
        return List.of(
                new HomeCard("card-ambassador", "/WEB-INF/includes/ambassador/home-ambassador.xhtml", 200, EMPLOYEES),
                new HomeCard(
                        "card-ambassador-endorse",
                        "/WEB-INF/includes/ambassador/home-manager.xhtml",
                        210,
                        EnumSet.of(Role.MANAGER)),
                new HomeCard(
                        "card-ambassador-programme",
                        "/WEB-INF/includes/ambassador/home-communicator.xhtml",
                        220,
                        COMMUNICATORS));
    }
}
