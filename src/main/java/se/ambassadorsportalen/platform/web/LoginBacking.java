package se.ambassadorsportalen.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import se.ambassadorsportalen.platform.i18n.SavedLanguages;
import se.ambassadorsportalen.platform.security.PortalAuthenticationMechanism;
import se.ambassadorsportalen.platform.security.SignInMethods;
import se.ambassadorsportalen.platform.security.SignedInCaller;

/**
 * The login page: the password form (unless an admin switched local passwords off) and, with
 * single sign-on configured, the way in through the region's provider. After a login the session
 * id is renewed and the user's saved language applied. A login on a browser where someone is
 * signed in signs them out and ends their session first ({@link SignedInCaller#endHeldLogin}).
 */
@Named
@RequestScoped
public class LoginBacking {

    static final String HOME = "/index.xhtml";

    @Inject
    SecurityContext securityContext;

    @Inject
    SavedLanguages languages;

    @Inject
    Language language;

    @Inject
    SignInMethods methods;

    private Boolean passwordForm;

    private String username;
    private String password;
    private String next;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String name = username == null ? "" : username.trim().toLowerCase();
        // whoever was signed in on this browser is signed out first: the sign-in gets a session of its own
        SignedInCaller.endHeldLogin(request);
        AuthenticationStatus status = securityContext.authenticate(
                request,
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .newAuthentication(true)
                        .credential(new UsernamePasswordCredential(name, password == null ? "" : password)));
        switch (status) {
            case SUCCESS -> {
                request.changeSessionId();
                languages.savedLanguage(name).ifPresent(language::use);
                external.redirect(external.getRequestContextPath() + safeTarget(next));
            }
            case SEND_CONTINUE -> faces.responseComplete();
            default -> {
                password = null;
                faces.getExternalContext().setResponseStatus(HttpServletResponse.SC_OK);
                if (PortalAuthenticationMechanism.passwordsWereOff(request)) {
                    FacesMessages.error(null, "platform.login.passwordsOff");
                    return;
                }
                PortalAuthenticationMechanism.retryAfter(request)
                        .ifPresentOrElse(
                                wait -> FacesMessages.error(
                                        null, "platform.login.tooMany", Math.max(1, wait.toMinutes() + 1)),
                                () -> FacesMessages.error(null, "platform.login.failed"));
            }
        }
    }

    /**
     * Only a path inside this portal, never another site, and never one a redirect header cannot
     * carry: control characters (CR/LF) and dot segments ({@code /..//evil.example}) are refused
     * as well, before the path is normalised and checked again.
     */
    static String safeTarget(String target) {
        if (target == null || !target.startsWith("/") || target.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return HOME;
        }
        String path;
        try {
            path = URI.create(target).normalize().toString();
        } catch (IllegalArgumentException notAUri) {
            return HOME;
        }
        if (!path.startsWith("/")
                || path.startsWith("//")
                || path.contains("\\")
                || path.contains("://")
                || path.contains("/../")
                || path.startsWith("/login.xhtml")
                || !path.equals(target)) {
            return HOME;
        }
        return path;
    }

    /** Whether the region's single sign-on is offered. */
    public boolean isSingleSignOn() {
        return methods.singleSignOn();
    }

    /** Whether the password form is offered: always without single sign-on, else unless an admin switched it off. */
    public boolean isPasswordForm() {
        if (passwordForm == null) {
            passwordForm = methods.localPasswords();
        }
        return passwordForm;
    }

    /** The address that starts a sign-in through the provider, taking the page the user was going to along. */
    public String getSingleSignOnAddress() {
        String target = safeTarget(next);
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/sso/login"
                + (HOME.equals(target) ? "" : "?next=" + URLEncoder.encode(target, StandardCharsets.UTF_8));
    }

    /** The bundle key that explains why a sign-in through the provider came back refused, if one did. */
    public String getSingleSignOnProblem() {
        String reason = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("sso");
        return reason != null && SSO_PROBLEMS.contains(reason) ? "platform.login.sso." + reason : null;
    }

    private static final java.util.Set<String> SSO_PROBLEMS =
            java.util.Set.of("failed", "unavailable", "unknown", "inactive");

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
