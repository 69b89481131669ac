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
import se.ambassadorsportalen.organisation.boundary.UserAccounts;

/** The login form and logout. After a login the session id is renewed and the user's saved language applied. */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    SecurityContext securityContext;

    @Inject
    UserAccounts accounts;

    @Inject
    Language language;

    private String username;
    private String password;
    private String next;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String name = username == null ? "" : username.trim().toLowerCase();
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(name, password == null ? "" : password)));
        switch (status) {
            case SUCCESS -> {
                request.changeSessionId();
                accounts.byUsername(name).ifPresent(account -> language.use(account.getLanguage()));
                external.redirect(external.getRequestContextPath() + safeTarget(next));
            }
            case SEND_CONTINUE -> faces.responseComplete();
            default -> {
                password = null;
                faces.getExternalContext().setResponseStatus(HttpServletResponse.SC_OK);
                FacesMessages.error(null, "platform.login.failed");
            }
        }
    }

    /** Only a path inside this portal, never another site. */
    static String safeTarget(String target) {
        if (target == null || !target.startsWith("/") || target.startsWith("//") || target.contains("\\")
                || target.contains("://") || target.startsWith("/login.xhtml")) {
            return "/index.xhtml";
        }
        return target;
    }

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
