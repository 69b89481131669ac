package se.ambassadorsportalen.brandplan.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.List;
import se.ambassadorsportalen.platform.layout.NavigationItem;
import se.ambassadorsportalen.platform.layout.PortalModule;
import se.ambassadorsportalen.platform.security.Role;

/** The employer-brand plan's page in the communicators' navigation, beside the channel guide. */
@ApplicationScoped
public class BrandPlanModule implements PortalModule {

    @Override
    public List<NavigationItem> navigation() {
        return List.of(new NavigationItem(
                "nav-brand-plan", "brandplan.nav", "/brandplan/index.xhtml", 115, EnumSet.of(Role.COMMUNICATOR)));
    }
}
