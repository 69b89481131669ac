package se.ambassadorsportalen.recommendation.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import se.ambassadorsportalen.platform.layout.HomeCard;
import se.ambassadorsportalen.platform.layout.NavigationItem;
import se.ambassadorsportalen.platform.layout.PortalModule;
import se.ambassadorsportalen.platform.security.Role;

/** The recommendation dashboard for HR and managers, and the survey import for HR. */
@ApplicationScoped
public class RecommendationModule implements PortalModule {

    private static final Set<Role> READERS = EnumSet.of(Role.HR, Role.MANAGER);
    private static final Set<Role> HR = EnumSet.of(Role.HR);

    @Override
    public List<NavigationItem> navigation() {
        return List.of(
                new NavigationItem(
                        "nav-recommendation",
                        "recommendation.nav.dashboard",
                        "/recommendation/dashboard.xhtml",
                        500,
                        READERS),
                new NavigationItem(
                        "nav-brand-goals",
                        "recommendation.nav.brandGoals",
                        "/recommendation/goals.xhtml",
                        505,
                        EnumSet.of(Role.HR, Role.COMMUNICATOR, Role.MANAGER)),
                new NavigationItem(
                        "nav-recommendation-import",
                        "recommendation.nav.import",
                        "/recommendation/import.xhtml",
                        510,
                        HR));
    }

    @Override
    public List<HomeCard> homeCards() {
        return List.of(
                new HomeCard("card-recommendation", "/WEB-INF/includes/recommendation/home-rate.xhtml", 500, READERS));
    }
}
