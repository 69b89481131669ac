package se.ambassadorsportalen.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.logging.Logger;

/**
 * One mechanism for two kinds of caller. Browsers log in on the Faces login page, which calls
 * {@code SecurityContext.authenticate}; the login is then kept in the HTTP session
 * ({@link AutoApplySession}). API clients send HTTP Basic on each request and get a
 * {@code problem+json} 401 instead of a redirect. Jakarta Security allows one mechanism per
 * application, hence both in one class. Every password check passes the {@link LoginThrottle}.
 */
@AutoApplySession
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login.xhtml";
    static final String API_PATH = "/api/";
    private static final Logger LOG = Logger.getLogger(PortalAuthenticationMechanism.class.getName());

    @Inject
    IdentityStoreHandler identityStores;

    private final LoginThrottle throttle = new LoginThrottle(Clock.systemUTC());

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential formLogin) {
            return context.notifyContainerAboutLogin(check(formLogin));
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            UsernamePasswordCredential basic = decodeBasic(authorization.substring(6).trim());
            CredentialValidationResult result = basic == null ? CredentialValidationResult.INVALID_RESULT : check(basic);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
            return apiUnauthorized(response, context, "Fel användarnamn eller lösenord. / Wrong username or password.");
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (isApi(request)) {
            return apiUnauthorized(response, context, "Inloggning krävs. / Authentication required.");
        }
        return context.redirect(request.getContextPath() + LOGIN_PAGE + "?next=" + originalTarget(request));
    }

    private CredentialValidationResult check(UsernamePasswordCredential credential) {
        String username = credential.getCaller();
        Duration delay = throttle.delayBeforeAttempt(username);
        if (!delay.isZero()) {
            sleep(delay);
        }
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            throttle.succeeded(username);
        } else {
            throttle.failed(username);
            LOG.info(() -> "Failed login for a username of length " + (username == null ? 0 : username.length()));
        }
        return result;
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + API_PATH);
    }

    private static AuthenticationStatus apiUnauthorized(HttpServletResponse response, HttpMessageContext context,
                                                        String detail) {
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Basic realm=\"Ambassadorsportalen\", charset=\"UTF-8\"");
            response.setContentType("application/problem+json;charset=UTF-8");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,\"detail\":\""
                    + detail + "\"}");
        } catch (IOException e) {
            LOG.fine(() -> "Could not write the 401 body: " + e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static UsernamePasswordCredential decodeBasic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? null : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    private static String originalTarget(HttpServletRequest request) {
        String target = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null) {
            target += "?" + request.getQueryString();
        }
        return URLEncoder.encode(target, StandardCharsets.UTF_8);
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
