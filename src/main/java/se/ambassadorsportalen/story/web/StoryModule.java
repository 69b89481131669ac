package se.ambassadorsportalen.story.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import se.ambassadorsportalen.platform.layout.HomeCard;
import se.ambassadorsportalen.platform.layout.NavigationItem;
import se.ambassadorsportalen.platform.layout.PortalModule;
import se.ambassadorsportalen.platform.security.Role;

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

    @Override
    public List<HomeCard> homeCards() {
        return List.of(
                new HomeCard("card-stories", "/WEB-INF/includes/story/home-stories.xhtml", 300, EMPLOYEES),
                new HomeCard("card-approvals", "/WEB-INF/includes/story/home-approvals.xhtml", 310, MANAGERS),
                new HomeCard("card-calendar", "/WEB-INF/includes/story/home-calendar.xhtml", 320, COMMUNICATORS));
    }
}
