package se.ambassadorsportalen.ambassador.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import se.ambassadorsportalen.platform.layout.HomeCard;
import se.ambassadorsportalen.platform.layout.NavigationItem;
import se.ambassadorsportalen.platform.layout.PortalModule;
import se.ambassadorsportalen.platform.security.Role;

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
                new NavigationItem("nav-ambassador-directory", "ambassador.nav.directory",
                        "/ambassador/directory/directory.xhtml", 220, DIRECTORY),
                new NavigationItem("nav-ambassador-breadth", "ambassador.nav.breadth",
                        "/ambassador/directory/breadth.xhtml", 230, DIRECTORY),
                new NavigationItem("nav-ambassador-applications", "ambassador.nav.applications",
                        "/ambassador/manage/applications.xhtml", 240, COMMUNICATORS),
                new NavigationItem("nav-ambassador-training-admin", "ambassador.nav.trainingAdmin",
                        "/ambassador/manage/training.xhtml", 250, COMMUNICATORS));
    }

    @Override
    public List<HomeCard> homeCards() {
        return List.of(
                new HomeCard("card-ambassador", "/WEB-INF/includes/ambassador/home-ambassador.xhtml", 200, EMPLOYEES),
                new HomeCard("card-ambassador-endorse", "/WEB-INF/includes/ambassador/home-manager.xhtml", 210,
                        EnumSet.of(Role.MANAGER)),
                new HomeCard("card-ambassador-programme", "/WEB-INF/includes/ambassador/home-communicator.xhtml", 220,
                        COMMUNICATORS));
    }
}
