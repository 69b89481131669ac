package se.ambassadorsportalen.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
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
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;
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
 * <li>With single sign-on configured ({@link OpenIdProvider}), browsers may sign in through the
 * region's OpenID Connect provider instead: the callback hands the provider's answer in as a
 * {@link ProviderCredential}; the account is found (and on the first sign-in linked to its person)
 * through {@link ProviderAccounts}, its provider-owned roles set from the groups, and the login is
 * then kept in the session exactly like a password login. API clients may send the provider's
 * own bearer tokens (JWTs checked against its published keys), which find the account by the same key.</li>
 * <li>An admin may switch local passwords off ({@link CallerDirectory#localPasswordsAllowed()}),
 * while single sign-on is configured: then every password attempt is refused before it is
 * checked or counted, and personal tokens and the provider remain.</li>
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
    private static final String VIA_PROVIDER = PortalAuthenticationMechanism.class.getName() + ".viaProvider";
    private static final String PASSWORDS_OFF = PortalAuthenticationMechanism.class.getName() + ".passwordsOff";
    private static final String PROVIDER_REFUSAL = PortalAuthenticationMechanism.class.getName() + ".providerRefusal";
    private static final Logger LOG = Logger.getLogger(PortalAuthenticationMechanism.class.getName());
    private static final Duration UNAVAILABLE_RETRY = Duration.ofSeconds(5);

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    CallerDirectory directory;

    @Inject
    Event<SignInLockedOut> lockouts;

    @Inject
    OpenIdProvider provider;

    @Inject
    ProviderAccounts providerAccounts;

    @Inject
    SignInMethods methods;

    @Inject
    DirectoryLogin directoryLogin;

    @Inject
    PlainHttpGuard plainHttp;

    @Inject
    @ConfigProperty(name = "portal.signin.attempts.per.address", defaultValue = "200")
    int attemptsPerAddress;

    /**
     * The sign-in limits live in the database, so every node of a cluster counts the same
     * attempts. The non-transactional source, as for every read at the start of a request (see
     * {@link CallerDirectory#perCheck}).
     */
    @Resource(lookup = "jdbc/portalReads")
    DataSource dataSource;

    private SignInLimits limits;
    private final VerifiedPasswords verifiedPasswords = new VerifiedPasswords(VerifiedPasswords.REMEMBER_FOR);
    private final Clock clock = Clock.systemUTC();

    @PostConstruct
    void startCounting() {
        limits =
                new SignInLimits(dataSource, Clock.systemUTC(), SignInLimits.ATTEMPTS_PER_USERNAME, attemptsPerAddress);
    }

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
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

    private AuthenticationStatus authenticate(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential formLogin) {
            return signIn(request, context, formLogin);
        }
        if (credential instanceof ProviderCredential answer) {
            return providerSignIn(request, context, answer);
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
            return context.notifyContainerAboutLogin(
                    signedIn.get().username(), signedIn.get().roles());
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (isApi(request)) {
            return apiUnauthorized(request, response, "platform.error.authRequired");
        }
        return context.redirect(request.getContextPath() + LOGIN_PAGE + "?next=" + originalTarget(request));
    }

    private AuthenticationStatus signIn(
            HttpServletRequest request, HttpMessageContext context, UsernamePasswordCredential credential) {
        if (!passwordsAllowed()) {
            request.setAttribute(PASSWORDS_OFF, Boolean.TRUE);
            return context.notifyContainerAboutLogin(CredentialValidationResult.INVALID_RESULT);
        }
        String username = normalised(credential.getCaller());
        if (directoryLogin.enabled()) {
            // a sign-in asks the directory again, so groups it changed count at once, not after a remembered pass
            verifiedPasswords.forget(username, credential.getPasswordAsString());
        }
        Optional<CallerState> account = check(username, credential.getPasswordAsString(), request);
        if (account.isEmpty() || !account.get().active()) {
            return context.notifyContainerAboutLogin(CredentialValidationResult.INVALID_RESULT);
        }
        CallerState caller = account.get();
        request.getSession(true)
                .setAttribute(SignedInCaller.SESSION_ATTRIBUTE, new SignedInCaller(caller.username(), caller.stamp()));
        return context.notifyContainerAboutLogin(caller.username(), caller.roles());
    }

    /**
     * The provider's answer at the callback: checked against the sign-in this session started,
     * redeemed, and the account found or linked. The session then holds the login like a password
     * login, plus the ID token for the provider's logout. A refusal leaves its reason for the
     * callback ({@link #providerRefusal}).
     */
    private AuthenticationStatus providerSignIn(
            HttpServletRequest request, HttpMessageContext context, ProviderCredential answer) {
        HttpSession session = request.getSession(false);
        ProviderLogin started =
                session == null ? null : (ProviderLogin) session.getAttribute(ProviderLogin.SESSION_ATTRIBUTE);
        if (session != null) {
            session.removeAttribute(ProviderLogin.SESSION_ATTRIBUTE);
        }
        OpenIdProvider.Verified verified;
        try {
            verified = provider.finish(answer, started);
        } catch (OpenIdProvider.Refused e) {
            LOG.warning(() -> "A sign-in through the provider was refused: " + e.getMessage());
            return refuseProviderSignIn(request, context, "failed");
        } catch (OpenIdProvider.Unavailable e) {
            LOG.warning(() ->
                    "A sign-in through the provider could not be finished: " + e.getMessage() + " " + e.getCause());
            return refuseProviderSignIn(request, context, "unavailable");
        }
        ProviderAccounts.Outcome outcome = providerAccounts.signIn(verified.identity());
        Optional<CallerState> caller = outcome.admitted() ? directory.byUsername(outcome.username()) : Optional.empty();
        if (caller.isEmpty() || !caller.get().active()) {
            LOG.info(() -> "Someone the provider signed in was not let in: " + outcome.refusal());
            return refuseProviderSignIn(
                    request,
                    context,
                    outcome.refusal() == ProviderAccounts.Refusal.UNKNOWN_PERSON ? "unknown" : "inactive");
        }
        HttpSession signedIn = request.getSession(true);
        signedIn.setAttribute(
                SignedInCaller.SESSION_ATTRIBUTE,
                new SignedInCaller(caller.get().username(), caller.get().stamp()));
        signedIn.setAttribute(ProviderSession.SESSION_ATTRIBUTE, new ProviderSession(verified.idToken()));
        request.setAttribute(VIA_PROVIDER, Boolean.TRUE);
        return context.notifyContainerAboutLogin(
                caller.get().username(), caller.get().roles());
    }

    private static AuthenticationStatus refuseProviderSignIn(
            HttpServletRequest request, HttpMessageContext context, String reason) {
        request.setAttribute(PROVIDER_REFUSAL, reason);
        return context.notifyContainerAboutLogin(CredentialValidationResult.INVALID_RESULT);
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

    private AuthenticationStatus bearer(
            String token, HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (provider.enabled() && looksLikeJwt(token)) {
            return providerBearer(token, request, response, context);
        }
        Optional<CallerState> holder = PersonalTokens.looksLikeToken(token)
                ? directory.byTokenHash(PersonalTokens.hash(token), clock.instant())
                : Optional.empty();
        if (holder.isPresent() && holder.get().active()) {
            return context.notifyContainerAboutLogin(
                    holder.get().username(), holder.get().roles());
        }
        return apiUnauthorized(request, response, "platform.error.badToken");
    }

    /**
     * A token the provider issued: checked by signature against the provider's published keys,
     * issuer, audience and expiry, then the account found by the person's key in one query. When
     * the token names groups and they map to other roles than the account holds, or the account is
     * not linked yet, the account is brought in step first, as at a browser sign-in.
     */
    private AuthenticationStatus providerBearer(
            String token, HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Optional<CallerState> caller;
        try {
            Optional<ProviderIdentity> identity = provider.verifyBearer(token).map(provider::identity);
            if (identity.isEmpty()) {
                return apiUnauthorizedBearer(request, response);
            }
            caller = directory.bySsoKey(identity.get().key());
            if (caller.isEmpty() || !inStep(caller.get(), identity.get())) {
                ProviderAccounts.Outcome outcome = providerAccounts.signIn(identity.get());
                caller = outcome.admitted() ? directory.bySsoKey(identity.get().key()) : Optional.empty();
            }
        } catch (OpenIdProvider.Refused e) {
            LOG.fine(() -> "A provider's bearer token was refused: " + e.getMessage());
            return apiUnauthorizedBearer(request, response);
        } catch (OpenIdProvider.Unavailable e) {
            LOG.warning(() -> "A provider's bearer token could not be checked: " + e.getMessage());
            return apiUnauthorizedBearer(request, response);
        }
        if (caller.isEmpty() || !caller.get().active()) {
            return apiUnauthorizedBearer(request, response);
        }
        request.setAttribute(VIA_PROVIDER, Boolean.TRUE);
        return context.notifyContainerAboutLogin(
                caller.get().username(), caller.get().roles());
    }

    /**
     * Whether the account holds exactly the group-owned roles the token's groups map to. The
     * manager role is left out when it follows the organisation: the sign-in and the HR import keep it.
     */
    private static boolean inStep(CallerState caller, ProviderIdentity identity) {
        Set<String> owned = new HashSet<>();
        identity.ownedRoles().stream()
                .filter(role -> !(identity.managerFromUnits() && role == Role.MANAGER))
                .forEach(role -> owned.add(role.name()));
        Set<String> held = new HashSet<>(caller.roles());
        held.retainAll(owned);
        Set<String> wanted = new HashSet<>();
        identity.roles().forEach(role -> wanted.add(role.name()));
        wanted.retainAll(owned);
        return held.equals(wanted);
    }

    /** Three base64url parts: a signed JWT (personal tokens start with {@code ap_} and have no dots). */
    static boolean looksLikeJwt(String token) {
        return token.length() < 16_000
                && token.chars().filter(c -> c == '.').count() == 2
                && token.chars().allMatch(c -> c == '.' || c == '-' || c == '_' || Character.isLetterOrDigit(c));
    }

    private AuthenticationStatus basic(
            String encoded, HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (!passwordsAllowed()) {
            return apiUnauthorized(request, response, "platform.error.passwordsOff");
        }
        UsernamePasswordCredential credential = decodeBasic(encoded);
        if (credential != null) {
            String username = normalised(credential.getCaller());
            Optional<CallerState> account = check(username, credential.getPasswordAsString(), request);
            if (account.isPresent() && account.get().active()) {
                return context.notifyContainerAboutLogin(
                        account.get().username(), account.get().roles());
            }
        }
        Optional<Duration> wait = retryAfter(request);
        if (wait.isPresent()) {
            return apiRefusal(
                    request, response, 429, "Too Many Requests", wait.get(), "platform.error.tooManyAttempts");
        }
        return apiUnauthorized(request, response, "platform.error.badCredentials");
    }

    /**
     * The account the password proves, checked at most once at a time per username and password
     * and remembered for a while ({@link VerifiedPasswords}): the portal account of that username,
     * or, with the directory login on, the account of the person the directory knows by that name
     * and password. A refused attempt leaves {@link #retryAfter} on the request for the login
     * page or the 429 answer.
     */
    private Optional<CallerState> check(String username, String password, HttpServletRequest request) {
        Optional<CallerState> account = directory.byUsername(username);
        long stamp = account.map(CallerState::stamp).orElse(Long.MIN_VALUE);
        VerifiedPasswords.Check outcome = verifiedPasswords.check(
                username, password, stamp, () -> slowCheck(username, password, stamp, request.getRemoteAddr()));
        if (outcome.outcome() == VerifiedPasswords.Outcome.REFUSED) {
            request.setAttribute(RETRY_AFTER, outcome.retryAfter());
        }
        if (!outcome.valid()) {
            return Optional.empty();
        }
        return outcome.account() == null || outcome.account().equals(username)
                ? account
                : directory.byUsername(outcome.account());
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
        if (directoryLogin.enabled()) {
            Optional<ProviderAccounts.Outcome> known = directoryKnows(username, password);
            if (known.isPresent()) {
                limits.succeeded(username, address);
                return VerifiedPasswords.Check.validFor(known.get().username(), stamp);
            }
        }
        LOG.info(() -> "Failed login for a username of length " + length(username));
        if (limits.isLocked(username)) {
            lockouts.fire(new SignInLockedOut(username, SignInLimits.WINDOW));
        }
        return VerifiedPasswords.Check.invalid();
    }

    /** Local passwords count unless an admin switched them off, and always while single sign-on is not configured. */
    private boolean passwordsAllowed() {
        return methods.localPasswords();
    }

    /**
     * The account of the person the directory knows by this name and password. A directory that
     * cannot be reached proves nothing: the attempt fails like a wrong password (and is logged), so
     * a local user's typo is not answered with "unavailable" while the directory is down.
     */
    private Optional<ProviderAccounts.Outcome> directoryKnows(String username, String password) {
        try {
            return directoryLogin
                    .authenticate(username, password)
                    .map(providerAccounts::signIn)
                    .filter(ProviderAccounts.Outcome::admitted);
        } catch (DirectoryLogin.Unavailable e) {
            LOG.warning(() -> "A password could not be checked against the directory: " + e.getMessage());
            return Optional.empty();
        }
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

    /** Whether a form login on this request was refused because local passwords are switched off. */
    public static boolean passwordsWereOff(HttpServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(PASSWORDS_OFF));
    }

    /** Why a sign-in through the provider was refused on this request: failed, unavailable, unknown or inactive. */
    public static Optional<String> providerRefusal(HttpServletRequest request) {
        return Optional.ofNullable((String) request.getAttribute(PROVIDER_REFUSAL));
    }

    /**
     * Whether this request's caller was signed in by the provider: a provider's bearer token, or a
     * browser session that began with a sign-in through the provider.
     */
    public static boolean isViaProvider(HttpServletRequest request) {
        if (Boolean.TRUE.equals(request.getAttribute(VIA_PROVIDER))) {
            return true;
        }
        HttpSession session = request.getSession(false);
        return !isApiCredential(request)
                && session != null
                && session.getAttribute(ProviderSession.SESSION_ATTRIBUTE) != null;
    }

    private static boolean isApiCredential(HttpServletRequest request) {
        return request.getHeader("Authorization") != null;
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
        return path.startsWith("/jakarta.faces.resource/")
                || path.startsWith("/resources/")
                || path.equals("/favicon.ico");
    }

    private static AuthenticationStatus apiUnauthorizedBearer(
            HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"Ambassadorsportalen\", error=\"invalid_token\"");
        return apiRefusal(
                request,
                response,
                HttpServletResponse.SC_UNAUTHORIZED,
                "Unauthorized",
                null,
                "platform.error.badProviderToken");
    }

    private static AuthenticationStatus apiUnauthorized(
            HttpServletRequest request, HttpServletResponse response, String detailKey) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Ambassadorsportalen\", charset=\"UTF-8\"");
        return apiRefusal(request, response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", null, detailKey);
    }

    /** A problem document in the caller's language (Accept-Language), as the REST layer writes them. */
    private static AuthenticationStatus apiRefusal(
            HttpServletRequest request,
            HttpServletResponse response,
            int status,
            String title,
            Duration retryAfter,
            String detailKey) {
        Locale locale = Languages.fromAcceptLanguage(Collections.list(request.getLocales()));
        try {
            response.setStatus(status);
            if (retryAfter != null) {
                response.setHeader("Retry-After", Long.toString(Math.max(1, retryAfter.toSeconds() + 1)));
            }
            response.setContentType("application/problem+json;charset=UTF-8");
            response.getWriter()
                    .write(Json.createObjectBuilder()
                            .add("type", "about:blank")
                            .add("title", title)
                            .add("status", status)
                            .add("detail", Messages.text(locale, detailKey))
                            .add("requestId", RequestIds.of(request, response))
                            .build()
                            .toString());
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
            return apiRefusal(
                    request,
                    response,
                    HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "Service Unavailable",
                    UNAVAILABLE_RETRY,
                    "platform.error.unavailable");
        }
        Locale locale = Languages.fromAcceptLanguage(Collections.list(request.getLocales()));
        try {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", Long.toString(UNAVAILABLE_RETRY.toSeconds()));
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter()
                    .write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><title>"
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
            return colon <= 0
                    ? null
                    : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    private static String originalTarget(HttpServletRequest request) {
        String target =
                request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null) {
            target += "?" + request.getQueryString();
        }
        return URLEncoder.encode(target, StandardCharsets.UTF_8);
    }
}
