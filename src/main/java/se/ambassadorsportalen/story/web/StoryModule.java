package se.ambassadorsportalen.story.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import se.ambassadorsportalen.platform.layout.HomeCard;
import se.ambassadorsportalen.platform.layout.NavigationItem;
import se.ambassadorsportalen.platform.layout.PendingTask;
import se.ambassadorsportalen.platform.layout.PortalModule;
import se.ambassadorsportalen.platform.security.Role;
import se.ambassadorsportalen.story.boundary.Stories;

/** The story pages in the navigation and the story cards on each role's home page. */
@ApplicationScoped
public class StoryModule implements PortalModule {

    private static final Set<Role> EMPLOYEES = EnumSet.of(Role.EMPLOYEE);
    private static final Set<Role> MANAGERS = EnumSet.of(Role.MANAGER);
    private static final Set<Role> COMMUNICATORS = EnumSet.of(Role.COMMUNICATOR);

    @Override
    public List<NavigationItem> navigation() {
        return List.of(
                new NavigationItem("nav-stories", "story.nav.stories", "/story/index.xhtml", 300, EMPLOYEES),
                new NavigationItem("nav-consents", "story.nav.consents", "/story/consents.xhtml", 310, EMPLOYEES),
                new NavigationItem("nav-approvals", "story.nav.approvals", "/story/approvals.xhtml", 320, MANAGERS),
                new NavigationItem("nav-calendar", "story.nav.calendar", "/story/calendar.xhtml", 330, COMMUNICATORS));
    }

    /** The home cards' request-scoped counts: the to-do list and the cards share the one statement. */
    @Inject
    StoryHomeBacking home;

    @Override
    public List<PendingTask> pendingTasks(Predicate<Role> holds) {
        if (!holds.test(Role.EMPLOYEE) && !holds.test(Role.MANAGER) && !holds.test(Role.COMMUNICATOR)) {
            return List.of();
        }
        Stories.MyTasks mine = home.getMyTasks();
        List<PendingTask> tasks = new ArrayList<>();
        if (holds.test(Role.EMPLOYEE)) {
            tasks.add(new PendingTask(
                    "task-story-consents",
                    "story.task.consents",
                    mine.consentsToAnswer(),
                    "/story/consents.xhtml",
                    "nav-consents"));
        }
        if (holds.test(Role.MANAGER)) {
            tasks.add(new PendingTask(
                    "task-story-approvals",
                    "story.task.approvals",
                    mine.toApprove(),
                    "/story/approvals.xhtml",
                    "nav-approvals"));
        }
        if (holds.test(Role.COMMUNICATOR)) {
            tasks.add(new PendingTask(
                    "task-story-take-down",
                    "story.task.takeDown",
                    mine.toTakeDown(),
                    "/story/calendar.xhtml#takeDownForm",
                    "nav-calendar"));
            tasks.add(new PendingTask(
                    "task-story-schedule",
                    "story.task.schedule",
                    mine.toSchedule(),
                    "/story/calendar.xhtml#toScheduleForm",
                    "nav-calendar"));
        }
        return tasks;
    }

    @Override
    public List<HomeCard> homeCards() {
        return List.of(
                new HomeCard("card-stories", "/WEB-INF/includes/story/home-stories.xhtml", 300, EMPLOYEES),
                new HomeCard("card-approvals", "/WEB-INF/includes/story/home-approvals.xhtml", 310, MANAGERS),
                new HomeCard("card-calendar", "/WEB-INF/includes/story/home-calendar.xhtml", 320, COMMUNICATORS));
    }
}
