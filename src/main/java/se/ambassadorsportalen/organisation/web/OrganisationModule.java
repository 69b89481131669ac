package se.ambassadorsportalen.organisation.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import se.ambassadorsportalen.platform.layout.HomeCard;
import se.ambassadorsportalen.platform.layout.NavigationItem;
import se.ambassadorsportalen.platform.layout.PortalModule;
import se.ambassadorsportalen.platform.security.Role;

/** Home for everyone, and the admin pages for the organisation and accounts. */
@ApplicationScoped
public class OrganisationModule implements PortalModule {

    private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
    private static final Set<Role> ADMINS = EnumSet.of(Role.ADMIN);

    @Override
    public List<NavigationItem> navigation() {
        return List.of(
                NavigationItem.topLevel("nav-home", "platform.nav.home", "/index.xhtml", 0, EVERYONE),
                new NavigationItem(
                        "nav-admin-profile", "organisation.nav.profile", "/admin/profile.xhtml", 895, ADMINS),
                new NavigationItem("nav-admin-units", "organisation.nav.units", "/admin/units.xhtml", 900, ADMINS),
                new NavigationItem("nav-admin-people", "organisation.nav.people", "/admin/people.xhtml", 910, ADMINS),
                new NavigationItem("nav-admin-users", "organisation.nav.users", "/admin/users.xhtml", 920, ADMINS),
                new NavigationItem("nav-admin-outbox", "organisation.nav.outbox", "/admin/outbox.xhtml", 930, ADMINS),
                new NavigationItem(
                        "nav-admin-hr-import", "organisation.nav.hrImport", "/admin/hr-import.xhtml", 935, ADMINS),
                new NavigationItem(
                        "nav-admin-backups", "organisation.nav.backups", "/admin/backups.xhtml", 940, ADMINS),
                NavigationItem.topLevel(
                        "nav-account", "organisation.nav.account", "/account/index.xhtml", 990, EVERYONE));
    }

    @Override
    public List<HomeCard> homeCards() {
        return List.of(
                new HomeCard("card-me", "/WEB-INF/includes/organisation/home-me.xhtml", 0, EVERYONE),
                new HomeCard("card-admin", "/WEB-INF/includes/organisation/home-admin.xhtml", 900, ADMINS));
    }
}
