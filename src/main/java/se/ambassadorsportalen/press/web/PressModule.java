package se.ambassadorsportalen.press.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import se.ambassadorsportalen.platform.layout.HomeCard;
import se.ambassadorsportalen.platform.layout.NavigationItem;
import se.ambassadorsportalen.platform.layout.PendingTask;
import se.ambassadorsportalen.platform.layout.PortalModule;
import se.ambassadorsportalen.platform.security.Role;
import se.ambassadorsportalen.press.boundary.Inquiries;

/** The press desk's pages (look-up, inquiry log, registry, topics with rules and rota, press releases) for press officers and communicators, and their home card. */
@ApplicationScoped
public class PressModule implements PortalModule {

    private static final Set<Role> PRESS_DESK = EnumSet.of(Role.PRESS_OFFICER, Role.COMMUNICATOR);

    @Override
    public List<NavigationItem> navigation() {
        return List.of(
                new NavigationItem("nav-press-lookup", "press.nav.lookup", "/press/lookup.xhtml", 400, PRESS_DESK),
                new NavigationItem(
                        "nav-press-inquiries", "press.nav.inquiries", "/press/inquiries.xhtml", 410, PRESS_DESK),
                new NavigationItem(
                        "nav-press-registry", "press.nav.registry", "/press/registry.xhtml", 420, PRESS_DESK),
                new NavigationItem("nav-press-routing", "press.nav.routing", "/press/routing.xhtml", 425, PRESS_DESK),
                new NavigationItem(
                        "nav-press-releases", "press.nav.releases", "/press/releases.xhtml", 430, PRESS_DESK));
    }

    @Inject
    Inquiries inquiries;

    @Override
    public List<PendingTask> pendingTasks(Predicate<Role> holds) {
        if (PRESS_DESK.stream().noneMatch(holds)) {
            return List.of();
        }
        return List.of(new PendingTask(
                "task-press-due",
                "press.task.dueSoon",
                inquiries.dueSoonCount(),
                "/press/inquiries.xhtml#boardForm",
                "nav-press-inquiries"));
    }

    @Override
    public List<HomeCard> homeCards() {
        return List.of(new HomeCard(
                "card-press", "/WEB-INF/includes/press/home-press.xhtml", 400, EnumSet.of(Role.PRESS_OFFICER)));
    }
}
