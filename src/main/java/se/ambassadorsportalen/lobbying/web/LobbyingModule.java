package se.ambassadorsportalen.lobbying.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.List;
import se.ambassadorsportalen.platform.layout.NavigationItem;
import se.ambassadorsportalen.platform.layout.PortalModule;
import se.ambassadorsportalen.platform.security.Role;

/**
 * The register in the navigation: everyone signed in may read it (it is public anyway); managers
 * and communicators also get the entry for recording a meeting.
 */
@ApplicationScoped
public class LobbyingModule implements PortalModule {

    @Override
    public List<NavigationItem> navigation() {
        return List.of(
                new NavigationItem(
                        "nav-lobbying",
                        "lobbying.nav.register",
                        "/public/lobbying.xhtml",
                        620,
                        EnumSet.allOf(Role.class)),
                new NavigationItem(
                        "nav-lobbying-record",
                        "lobbying.nav.record",
                        "/lobbying/manage/edit.xhtml",
                        630,
                        EnumSet.of(Role.MANAGER, Role.COMMUNICATOR)));
    }
}
