package se.ambassadorsportalen.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import se.ambassadorsportalen.platform.security.OpenIdProvider;
import se.ambassadorsportalen.platform.security.ProviderSession;

/**
 * Logs out by POST from any page, including error pages whose Faces form would post back to an
 * address the user may not open.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    OpenIdProvider provider;

    @Inject
    PortalAddress address;

    /**
     * Ends the portal's session; after a sign-in through the provider, the browser then goes on to
     * the provider's end-session endpoint (when it publishes one) so the provider's session ends
     * too, and the provider sends it back to the login page.
     */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        request.logout();
        HttpSession session = request.getSession(false);
        ProviderSession viaProvider = null;
        if (session != null) {
            viaProvider = (ProviderSession) session.getAttribute(ProviderSession.SESSION_ATTRIBUTE);
            session.invalidate();
        }
        String loggedOut = "/login.xhtml?loggedOut=true";
        Optional<URI> providerLogout = viaProvider == null || !provider.enabled()
                ? Optional.empty()
                : provider.endSession(viaProvider, URI.create(address.root() + loggedOut));
        response.sendRedirect(providerLogout.map(URI::toString).orElse(request.getContextPath() + loggedOut));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/index.xhtml");
    }
}
