package se.ambassadorsportalen.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Which ways in the portal offers now: the provider's single sign-on when it is configured, and
 * local passwords unless an admin switched them off while single sign-on is on. Read by the
 * login page and by the authentication mechanism, from the database each time (see
 * {@link CallerDirectory#localPasswordsAllowed()}), so a change counts on every node at once.
 */
@ApplicationScoped
public class SignInMethods {

    @Inject
    OpenIdProvider provider;

    @Inject
    CallerDirectory directory;

    public boolean singleSignOn() {
        return provider.enabled();
    }

    public boolean localPasswords() {
        return !provider.enabled() || directory.localPasswordsAllowed();
    }

    /** Whether an admin's choice to switch local passwords off is in the database (it counts only with single sign-on). */
    public boolean localPasswordsSwitchedOff() {
        return !directory.localPasswordsAllowed();
    }
}
