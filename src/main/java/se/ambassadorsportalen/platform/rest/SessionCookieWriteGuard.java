package se.ambassadorsportalen.platform.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.security.PortalAuthenticationMechanism;

/**
 * Refuses API calls that would change something when the only credential is the browser's
 * session cookie. A browser sends that cookie along with a request that any page it visits
 * makes (a form post, an image, a script's fetch without a body), so it proves nothing about
 * who wanted the change; integrations send a token or Basic credentials instead. Reading stays
 * open to the session, which the portal's own pages use for photos.
 */
@Provider
public class SessionCookieWriteGuard implements ContainerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext call) {
        if (!SAFE_METHODS.contains(call.getMethod()) && PortalAuthenticationMechanism.isSessionOnly(request)) {
            throw PortalException.forbidden("platform.error.sessionCookieWrite");
        }
    }
}
