package se.ambassadorsportalen.followup.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import se.ambassadorsportalen.platform.layout.NavigationItem;
import se.ambassadorsportalen.platform.layout.PortalModule;
import se.ambassadorsportalen.platform.security.Role;

/**
 * The follow-up page for communicators, who enter the figures, and the month's report for
 * everyone signed in: the report holds channel statistics and published posts only, and the
 * strategy wants the whole organisation to see whether the channels work.
 */
@ApplicationScoped
public class FollowupModule implements PortalModule {

    @Override
    public List<NavigationItem> navigation() {
        return List.of(
                new NavigationItem(
                        "nav-followup",
                        "followup.nav.followup",
                        "/followup/index.xhtml",
                        600,
                        EnumSet.of(Role.COMMUNICATOR)),
                new NavigationItem(
                        "nav-followup-report",
                        "followup.nav.report",
                        "/followup/report.xhtml",
                        610,
                        Set.copyOf(EnumSet.allOf(Role.class))));
    }
}
