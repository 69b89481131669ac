package se.ambassadorsportalen.platform.web;

import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import se.ambassadorsportalen.platform.i18n.SavedLanguages;
import se.ambassadorsportalen.platform.security.OpenIdProvider;
import se.ambassadorsportalen.platform.security.PortalAuthenticationMechanism;
import se.ambassadorsportalen.platform.security.ProviderCredential;
import se.ambassadorsportalen.platform.security.ProviderLogin;
import se.ambassadorsportalen.platform.security.SignedInCaller;

/**
 * The two addresses of single sign-on. {@code /sso/login} sends the browser to the region's
 * OpenID provider with a new state, nonce and PKCE challenge kept in the session;
 * {@code /sso/callback} is where the provider sends it back, and hands the answer to the portal's
 * one authentication mechanism, as the login form hands it a password. Refusals go back to the
 * login page with a reason it explains. With single sign-on off both lead to the login page.
 */
@WebServlet("/sso/*")
public class SingleSignOnServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SingleSignOnServlet.class.getName());
    static final String LOGIN_PATH = "/sso/login";
    static final String CALLBACK_PATH = "/sso/callback";

    @Inject
    OpenIdProvider provider;

    @Inject
    SecurityContext securityContext;

    @Inject
    SavedLanguages languages;

    @Inject
    Language language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : "/sso" + request.getPathInfo();
        if (!provider.enabled()) {
            toLoginPage(request, response, null);
        } else if (LOGIN_PATH.equals(path)) {
            begin(request, response);
        } else if (CALLBACK_PATH.equals(path)) {
            finish(request, response);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private void begin(HttpServletRequest request, HttpServletResponse response) throws IOException {
        OpenIdProvider.Started started;
        try {
            started = provider.begin(LoginBacking.safeTarget(request.getParameter("next")));
        } catch (OpenIdProvider.Unavailable e) {
            LOG.warning(() -> "Single sign-on could not start: " + e.getMessage() + " " + e.getCause());
            toLoginPage(request, response, "unavailable");
            return;
        }
        // a sign-in through the provider ends the login this browser holds, as the login form does
        SignedInCaller.endHeldLogin(request);
        request.getSession(true).setAttribute(ProviderLogin.SESSION_ATTRIBUTE, started.login());
        response.sendRedirect(started.redirect().toString());
    }

    private void finish(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ProviderLogin started = request.getSession(false) == null
                ? null
                : (ProviderLogin) request.getSession(false).getAttribute(ProviderLogin.SESSION_ATTRIBUTE);
        if (SignedInCaller.endHeldLogin(request) && started != null) {
            // someone signed in with a password meanwhile: the provider's answer goes into a session of its own
            request.getSession(true).setAttribute(ProviderLogin.SESSION_ATTRIBUTE, started);
        }
        AuthenticationStatus status = securityContext.authenticate(
                request,
                response,
                AuthenticationParameters.withParams()
                        .newAuthentication(true)
                        .credential(new ProviderCredential(
                                request.getParameter("code"),
                                request.getParameter("state"),
                                request.getParameter("error"))));
        if (status == AuthenticationStatus.SUCCESS) {
            // a new session id at login, as for passwords, so an id planted before cannot be used after
            request.changeSessionId();
            languages.savedLanguage(request.getRemoteUser()).ifPresent(language::use);
            response.sendRedirect(request.getContextPath() + (started == null ? LoginBacking.HOME : started.next()));
        } else if (status != AuthenticationStatus.SEND_CONTINUE) {
            toLoginPage(
                    request,
                    response,
                    PortalAuthenticationMechanism.providerRefusal(request).orElse("failed"));
        }
    }

    private static void toLoginPage(HttpServletRequest request, HttpServletResponse response, String reason)
            throws IOException {
        response.sendRedirect(request.getContextPath() + "/login.xhtml" + (reason == null ? "" : "?sso=" + reason));
    }
}
