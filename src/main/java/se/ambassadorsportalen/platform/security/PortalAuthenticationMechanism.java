package se.ambassadorsportalen.platform.security;

import io.github.bucket4j.TimeMeter;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.ambassadorsportalen.platform.i18n.Languages;
import se.ambassadorsportalen.platform.i18n.Messages;
import se.ambassadorsportalen.platform.web.PlainHttpGuard;
import se.ambassadorsportalen.platform.web.RequestIds;

/**
 * The portal's one authentication mechanism (Jakarta Security allows one per application), for
 * three kinds of caller:
 * <ul>
 * <li>Browsers sign in on the Faces login page, which calls {@code SecurityContext.authenticate}.
 * The login is kept in the HTTP session as a {@link SignedInCaller}; on each later request the
 * account is read again ({@link CallerDirectory}), so a deactivated account or a changed password
 * ends the session at once and a role change applies on the next request.</li>
 * <li>API clients send a personal token ({@code Authorization: Bearer ap_...}) or HTTP Basic.
 * Basic pays the slow PBKDF2 check once per few minutes ({@link VerifiedPasswords}), not per
 * call, and identical checks that arrive together share one run. Failures are a {@code problem+json} 401, never a redirect.</li>
 * <li>Password attempts pass the {@link SignInLimits}: too many for one username or from one
 * address are refused at once (429 with Retry-After on the API), and the account's owner is told.</li>
 * <li>Static resources are served without any of this, cookie or not.</li>
 * </ul>
 * It deliberately does not use {@code @AutoApplySession}: on Open Liberty that re-created the
 * caller's subject, an LTPA token and an authentication-cache entry on every request (the heap
 * grew by one token per request until the server ran out of memory), and its SSO cookie kept
 * working after the account was deactivated. The API refuses state-changing calls that carry
 * only the session cookie ({@link #isSessionOnly}), so a page on another site cannot make them on a
 * user's behalf.
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login.xhtml";
    static final String API_PATH = "/api/";
    private static final String RETRY_AFTER = PortalAuthenticationMechanism.class.getName() + ".retryAfter";
    private static final String SESSION_ONLY = PortalAuthenticationMechanism.class.getName() + ".sessionOnly";
    private static final Logger LOG = Logger.getLogger(PortalAuthenticationMechanism.class.getName());
    private static final Duration UNAVAILABLE_RETRY = Duration.ofSeconds(5);

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    CallerDirectory directory;

    @Inject
    Event<SignInLockedOut> lockouts;

    @Inject
    PlainHttpGuard plainHttp;

    @Inject
    @ConfigProperty(name = "portal.signin.attempts.per.address", defaultValue = "200")
    int attemptsPerAddress;

    private SignInLimits limits;
    private final VerifiedPasswords verifiedPasswords = new VerifiedPasswords(VerifiedPasswords.REMEMBER_FOR);
    private final Clock clock = Clock.systemUTC();

    @PostConstruct
    void startCounting() {
        limits = new SignInLimits(TimeMeter.SYSTEM_NANOTIME, SignInLimits.ATTEMPTS_PER_USERNAME, attemptsPerAddress);
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        // Authentication runs before the servlet filters: fixing the request id here puts it on
        // every answer, also the redirects to the login page and the refusals sent from here.
        RequestIds.of(request, response);
        try {
            // Where HTTPS is required, a plain-HTTP request is sent to HTTPS or refused before any
            // credential it carries is read: a password that crossed the network in clear is not accepted.
            if (plainHttp.answered(request, response)) {
                return AuthenticationStatus.SEND_CONTINUE;
            }
            return authenticate(request, response, context);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (CallerDirectory.Unavailable e) {
            LOG.warning(() -> "No caller could be checked, answered 503: " + e.getCause());
            return unavailable(request, response);
        }
    }

    private AuthenticationStatus authenticate(HttpServletRequest request, HttpServletResponse response,
                                              HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential formLogin) {
            return signIn(request, context, formLogin);
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return bearer(authorization.substring(7).trim(), request, response, context);
        }
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(authorization.substring(6).trim(), request, response, context);
        }
        if (isStaticResource(request)) {
            return context.doNothing();
        }
        Optional<CallerState> signedIn = sessionCaller(request);
        if (signedIn.isPresent()) {
            request.setAttribute(SESSION_ONLY, Boolean.TRUE);
            return context.notifyContainerAboutLogin(signedIn.get().username(), signedIn.get().roles());
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (isApi(request)) {
            return apiUnauthorized(request, response, "platform.error.authRequired");
        }
        return context.redirect(request.getContextPath() + LOGIN_PAGE + "?next=" + originalTarget(request));
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context,
                                        UsernamePasswordCredential credential) {
        String username = normalised(credential.getCaller());
        Optional<CallerState> account = directory.byUsername(username);
        if (!check(username, credential.getPasswordAsString(), account, request) || !account.get().active()) {
            return context.notifyContainerAboutLogin(CredentialValidationResult.INVALID_RESULT);
        }
        CallerState caller = account.get();
        request.getSession(true).setAttribute(SignedInCaller.SESSION_ATTRIBUTE,
                new SignedInCaller(caller.username(), caller.stamp()));
        return context.notifyContainerAboutLogin(caller.username(), caller.roles());
    }

    /** The session's caller as the database has it now; a login that no longer stands ends the session. */
    private Optional<CallerState> sessionCaller(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object attribute = session == null ? null : session.getAttribute(SignedInCaller.SESSION_ATTRIBUTE);
        if (!(attribute instanceof SignedInCaller login)) {
            return Optional.empty();
        }
        Optional<CallerState> now = directory.byUsername(login.username());
        if (now.isPresent() && now.get().admits(login.stamp())) {
            return now;
        }
        LOG.info("A session whose login no longer stands was ended");
        session.invalidate();
        return Optional.empty();
    }

    private AuthenticationStatus bearer(String token, HttpServletRequest request, HttpServletResponse response,
                                        HttpMessageContext context) {
        Optional<CallerState> holder = PersonalTokens.looksLikeToken(token)
                ? directory.byTokenHash(PersonalTokens.hash(token), clock.instant()) : Optional.empty();
        if (holder.isPresent() && holder.get().active()) {
            return context.notifyContainerAboutLogin(holder.get().username(), holder.get().roles());
        }
        return apiUnauthorized(request, response, "platform.error.badToken");
    }

    private AuthenticationStatus basic(String encoded, HttpServletRequest request, HttpServletResponse response,
                                       HttpMessageContext context) {
        UsernamePasswordCredential credential = decodeBasic(encoded);
        if (credential != null) {
            String username = normalised(credential.getCaller());
            Optional<CallerState> account = directory.byUsername(username);
            if (check(username, credential.getPasswordAsString(), account, request) && account.get().active()) {
                return context.notifyContainerAboutLogin(username, account.get().roles());
            }
        }
        Optional<Duration> wait = retryAfter(request);
        if (wait.isPresent()) {
            return apiRefusal(request, response, 429, "Too Many Requests", wait.get(), "platform.error.tooManyAttempts");
        }
        return apiUnauthorized(request, response, "platform.error.badCredentials");
    }

    /**
     * Whether the password is right for the account, checked at most once at a time per username
     * and password and remembered for a while ({@link VerifiedPasswords}). A refused attempt
     * leaves {@link #retryAfter} on the request for the login page or the 429 answer.
     */
    private boolean check(String username, String password, Optional<CallerState> account,
                          HttpServletRequest request) {
        long stamp = account.map(CallerState::stamp).orElse(Long.MIN_VALUE);
        VerifiedPasswords.Check outcome = verifiedPasswords.check(username, password, stamp,
                () -> slowCheck(username, password, stamp, request.getRemoteAddr()));
        if (outcome.outcome() == VerifiedPasswords.Outcome.REFUSED) {
            request.setAttribute(RETRY_AFTER, outcome.retryAfter());
        }
        return outcome.valid() && account.isPresent();
    }

    /** The slow hash, within the sign-in limits: a refused attempt never reaches it. */
    private VerifiedPasswords.Check slowCheck(String username, String password, long stamp, String address) {
        SignInLimits.Attempt attempt = limits.tryAttempt(username, address);
        if (!attempt.allowed()) {
            LOG.info(() -> "Sign-in attempt refused by the limits for a username of length " + length(username));
            return VerifiedPasswords.Check.refused(attempt.retryAfter());
        }
        CredentialValidationResult result = identityStores.validate(new UsernamePasswordCredential(username, password));
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            limits.succeeded(username, address);
            return VerifiedPasswords.Check.valid(stamp);
        }
        LOG.info(() -> "Failed login for a username of length " + length(username));
        if (limits.isLocked(username)) {
            lockouts.fire(new SignInLockedOut(username, SignInLimits.WINDOW));
        }
        return VerifiedPasswords.Check.invalid();
    }

    private static String normalised(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    /** How long a caller refused by the sign-in limits must wait, if this request was refused so. */
    public static Optional<Duration> retryAfter(HttpServletRequest request) {
        return Optional.ofNullable((Duration) request.getAttribute(RETRY_AFTER));
    }

    private static int length(String username) {
        return username == null ? 0 : username.length();
    }

    /** Whether this request's caller was known by the session cookie alone, without a token or password. */
    public static boolean isSessionOnly(HttpServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(SESSION_ONLY));
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + API_PATH);
    }

    /** Stylesheets, scripts and images: public, so a session cookie must not make them cost a lookup. */
    static boolean isStaticResource(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/")
                || path.equals("/favicon.ico");
    }

    private static AuthenticationStatus apiUnauthorized(HttpServletRequest request, HttpServletResponse response,
                                                        String detailKey) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Ambassadorsportalen\", charset=\"UTF-8\"");
        return apiRefusal(request, response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", null, detailKey);
    }

    /** A problem document in the caller's language (Accept-Language), as the REST layer writes them. */
    private static AuthenticationStatus apiRefusal(HttpServletRequest request, HttpServletResponse response, int status,
                                                   String title, Duration retryAfter, String detailKey) {
        Locale locale = Languages.fromAcceptLanguage(Collections.list(request.getLocales()));
        try {
            response.setStatus(status);
            if (retryAfter != null) {
                response.setHeader("Retry-After", Long.toString(Math.max(1, retryAfter.toSeconds() + 1)));
            }
            response.setContentType("application/problem+json;charset=UTF-8");
            response.getWriter().write(Json.createObjectBuilder().add("type", "about:blank").add("title", title)
                    .add("status", status).add("detail", Messages.text(locale, detailKey))
                    .add("requestId", RequestIds.of(request, response)).build().toString());
        } catch (IOException e) {
            LOG.fine(() -> "Could not write the refusal's body: " + e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /**
     * 503 with Retry-After when the accounts cannot be read: under overload the pool runs dry, and
     * the container would otherwise answer 403, telling a signed-in person they may not see the page.
     */
    static AuthenticationStatus unavailable(HttpServletRequest request, HttpServletResponse response) {
        if (isApi(request)) {
            return apiRefusal(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Service Unavailable",
                    UNAVAILABLE_RETRY, "platform.error.unavailable");
        }
        Locale locale = Languages.fromAcceptLanguage(Collections.list(request.getLocales()));
        try {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", Long.toString(UNAVAILABLE_RETRY.toSeconds()));
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><title>"
                    + Messages.text(locale, "platform.unavailable.title") + "</title></head><body><h1>"
                    + Messages.text(locale, "platform.unavailable.title") + "</h1><p>"
                    + Messages.text(locale, "platform.error.unavailable") + "</p></body></html>");
        } catch (IOException e) {
            LOG.fine(() -> "Could not write the unavailable page: " + e);
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
}
