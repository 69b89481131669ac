package se.ambassadorsportalen.organisation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import se.ambassadorsportalen.organisation.entity.Person;
import se.ambassadorsportalen.organisation.entity.UserAccount;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.security.CallerRoles;
import se.ambassadorsportalen.platform.security.Role;

/**
 * Who is calling, for any module: the account, the person behind it and the roles. Looked up
 * once per request.
 */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext security;

    @Inject
    UserAccounts accounts;

    @Inject
    CallerRoles roles;

    private UserAccount account;

    public boolean isSignedIn() {
        return security.getCallerPrincipal() != null;
    }

    public String username() {
        Principal principal = security.getCallerPrincipal();
        return principal == null ? null : principal.getName();
    }

    public Optional<UserAccount> account() {
        if (account == null && isSignedIn()) {
            account = accounts.byUsername(username()).orElse(null);
        }
        return Optional.ofNullable(account);
    }

    /** How the caller signs mail and records: the account's display name, else the username. */
    public String displayName() {
        return account().map(UserAccount::getDisplayName).orElse(username());
    }

    public Optional<Person> person() {
        return account().map(UserAccount::getPerson);
    }

    /** The caller's person, or a clear refusal for an account that is not linked to one (such as a pure admin). */
    public Person requirePerson() {
        return person().orElseThrow(() -> PortalException.forbidden("platform.error.noPerson"));
    }

    public boolean holds(Role role) {
        return roles.holds(role);
    }
}
