package se.ambassadorsportalen.organisation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.net.URI;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.layout.PortalSettings;
import se.ambassadorsportalen.platform.security.LocalPasswords;
import se.ambassadorsportalen.platform.security.OpenIdProvider;
import se.ambassadorsportalen.platform.security.Role;
import se.ambassadorsportalen.platform.security.SignInMethods;

/**
 * How people sign in, as admins see and set it: whether the region's single sign-on is
 * configured (by the server's settings, not here) and whether local passwords still count.
 * Passwords can be switched off only while single sign-on is configured, and only by an admin who
 * is signed in through it: so the admin has just seen it work, and the portal can never be left
 * without a way in. Turning passwords back on is always possible.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class SignInSettings {

    @Inject
    PortalSettings settings;

    @Inject
    SignInMethods methods;

    @Inject
    OpenIdProvider provider;

    /** What the admin page and the API show. */
    public record Status(boolean singleSignOn, String issuer, String clientId, boolean localPasswords) {}

    public Status status() {
        return new Status(
                methods.singleSignOn(),
                provider.settings().issuer().map(URI::toString).orElse(null),
                methods.singleSignOn() ? provider.settings().clientId() : null,
                methods.localPasswords());
    }

    /**
     * Switches local passwords on or off for everyone (API Basic included); personal tokens and
     * the provider are not affected. {@code callerViaProvider} says whether the admin making the
     * change was signed in through the provider.
     */
    public Status setLocalPasswords(boolean on, boolean callerViaProvider) {
        if (!on && !methods.singleSignOn()) {
            throw PortalException.conflict("organisation.signIn.noProvider");
        }
        if (!on && !callerViaProvider) {
            throw PortalException.conflict("organisation.signIn.notViaProvider");
        }
        settings.set(LocalPasswords.SETTING, Boolean.toString(on));
        return status();
    }
}
