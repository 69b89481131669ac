package se.ambassadorsportalen.organisation.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import se.ambassadorsportalen.organisation.boundary.SignInSettings;
import se.ambassadorsportalen.platform.security.PortalAuthenticationMechanism;
import se.ambassadorsportalen.platform.web.FacesMessages;

/** The sign-in section of the accounts page: single sign-on's state and the switch for local passwords. */
@Named
@RequestScoped
public class SignInSettingsBacking {

    @Inject
    SignInSettings settings;

    private SignInSettings.Status status;
    private boolean localPasswords;

    @PostConstruct
    void load() {
        status = settings.status();
        localPasswords = status.localPasswords();
    }

    public void save() {
        try {
            status = settings.setLocalPasswords(
                    localPasswords,
                    PortalAuthenticationMechanism.isViaProvider((HttpServletRequest) FacesContext.getCurrentInstance()
                            .getExternalContext()
                            .getRequest()));
            FacesMessages.info(
                    status.localPasswords() ? "organisation.signIn.passwordsOn" : "organisation.signIn.passwordsOff");
        } catch (RuntimeException e) {
            FacesMessages.failed(e, "signInForm");
            localPasswords = status.localPasswords();
        }
    }

    /** Whether the region's single sign-on is configured on the server. */
    public boolean isSingleSignOn() {
        return status.singleSignOn();
    }

    /** The provider's issuer, when single sign-on is configured. */
    public String getIssuer() {
        return status.issuer();
    }

    public boolean isLocalPasswords() {
        return localPasswords;
    }

    public void setLocalPasswords(boolean localPasswords) {
        this.localPasswords = localPasswords;
    }
}
