package se.ambassadorsportalen.news.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.List;
import se.ambassadorsportalen.platform.layout.HomeCard;
import se.ambassadorsportalen.platform.layout.NavigationItem;
import se.ambassadorsportalen.platform.layout.PortalModule;
import se.ambassadorsportalen.platform.security.Role;

/** Internal news in the navigation for all staff, the writing desk for communicators, and the home card with the newest items. */
@ApplicationScoped
public class NewsModule implements PortalModule {

    private static final EnumSet<Role> STAFF =
            EnumSet.of(Role.EMPLOYEE, Role.MANAGER, Role.PRESS_OFFICER, Role.HR, Role.COMMUNICATOR);

    @Override
    public List<NavigationItem> navigation() {
        return List.of(
                new NavigationItem("nav-news", "news.nav.news", "/news/index.xhtml", 50, STAFF),
                new NavigationItem(
                        "nav-news-manage",
                        "news.nav.manage",
                        "/news/manage/index.xhtml",
                        55,
                        EnumSet.of(Role.COMMUNICATOR)));
    }

    @Override
    public List<HomeCard> homeCards() {
        return List.of(new HomeCard("card-news", "/WEB-INF/includes/news/home-news.xhtml", 50, STAFF));
    }
}
