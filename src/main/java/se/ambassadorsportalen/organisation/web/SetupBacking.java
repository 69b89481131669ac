package se.ambassadorsportalen.organisation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.ambassadorsportalen.organisation.boundary.FirstRunSetup;
import se.ambassadorsportalen.platform.web.FacesMessages;

/** The first-run setup page: the code from the server's log, the organisation's name and the first admin. */
@Named
@RequestScoped
public class SetupBacking {

    @Inject
    FirstRunSetup setup;

    private String code;
    private String organisationName;
    private String username;
    private String email;
    private String password;
    private String passwordRepeat;

    public String complete() {
        try {
            String admin = setup.complete(
                    new FirstRunSetup.Request(code, organisationName, username, email, password, passwordRepeat));
            FacesMessages.infoForTheRedirectedPage("organisation.setup.done", admin);
            return "/login.xhtml?faces-redirect=true";
        } catch (RuntimeException e) {
            FacesMessages.failed(e, "setupForm");
            return null;
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public void setOrganisationName(String organisationName) {
        this.organisationName = organisationName;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordRepeat() {
        return passwordRepeat;
    }

    public void setPasswordRepeat(String passwordRepeat) {
        this.passwordRepeat = passwordRepeat;
    }
}
