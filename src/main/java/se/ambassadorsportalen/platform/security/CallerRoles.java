package se.ambassadorsportalen.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Whether the caller holds a role, each role asked of the container at most once per request. A page
 * asks many times: the template's menu and home cards ask per entry, each module's task count and
 * boundary per call, and Liberty answers every question with a full authorization decision over the
 * caller's subject. A caller that changes within the request (the sign-in itself) is asked afresh.
 * Pages ask through it too ({@code #{callerRoles.holds('COMMUNICATOR')}}), never through
 * {@code request.isUserInRole}: {@code PageRoleChecksTest} holds every page to that and to role names
 * that exist.
 */
@Named
@RequestScoped
public class CallerRoles {

    @Inject
    SecurityContext security;

    private String caller;
    private final EnumSet<Role> asked = EnumSet.noneOf(Role.class);
    private final EnumSet<Role> held = EnumSet.noneOf(Role.class);

    public boolean holds(Role role) {
        Principal principal = security.getCallerPrincipal();
        String name = principal == null ? null : principal.getName();
        if (!Objects.equals(name, caller)) {
            caller = name;
            asked.clear();
            held.clear();
        }
        if (name == null) {
            return false;
        }
        if (asked.add(role) && security.isCallerInRole(role.name())) {
            held.add(role);
        }
        return held.contains(role);
    }

    /** Every role the caller holds (search shows only what they may open). */
    public Set<Role> all() {
        Set<Role> all = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (holds(role)) {
                all.add(role);
            }
        }
        return all;
    }

    public boolean holdsAny(Collection<Role> roles) {
        for (Role role : roles) {
            if (holds(role)) {
                return true;
            }
        }
        return false;
    }
}
