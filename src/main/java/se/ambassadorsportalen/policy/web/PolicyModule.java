package se.ambassadorsportalen.policy.web;

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

/**
 * The policy documents and the channel guide for everyone, coverage for those who follow up
 * acknowledgements, and on the home page what the user still has to acknowledge.
 */
@ApplicationScoped
public class PolicyModule implements PortalModule {

    private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
    private static final Set<Role> STAFF = EnumSet.complementOf(EnumSet.of(Role.ADMIN));
    /** Who is asked to acknowledge documents: staff with a person, not admins or integration accounts. */
    private static final Set<Role> READERS =
            EnumSet.of(Role.EMPLOYEE, Role.MANAGER, Role.PRESS_OFFICER, Role.HR, Role.COMMUNICATOR);

    private static final Set<Role> FOLLOW_UP = EnumSet.of(Role.MANAGER, Role.HR, Role.COMMUNICATOR);

    @Override
    public List<NavigationItem> navigation() {
        return List.of(
                new NavigationItem("nav-policies", "policy.nav.policies", "/policy/index.xhtml", 100, EVERYONE),
                new NavigationItem("nav-channels", "policy.nav.channels", "/policy/channels.xhtml", 110, EVERYONE),
                new NavigationItem(
                        "nav-policy-coverage", "policy.nav.coverage", "/policy/coverage.xhtml", 120, FOLLOW_UP));
    }

    /** The home card's own list (one request-scoped read), so the to-do list costs no second query. */
    @Inject
    PolicyHomeBacking home;

    @Override
    public List<PendingTask> pendingTasks(Predicate<Role> holds) {
        if (READERS.stream().noneMatch(holds)) {
            return List.of();
        }
        var awaiting = home.getAwaiting();
        if (awaiting.isEmpty()) {
            return List.of();
        }
        // the most urgent document first: acknowledging is done one document at a time
        return List.of(new PendingTask(
                "task-policy-acknowledge",
                "policy.task.acknowledge",
                awaiting.size(),
                "/policy/document.xhtml?id=" + awaiting.get(0).getDocument().getId(),
                "nav-policies"));
    }

    @Override
    public List<HomeCard> homeCards() {
        return List.of(
                new HomeCard("card-policy-acknowledge", "/WEB-INF/includes/policy/home-acknowledge.xhtml", 10, STAFF));
    }
}
