package se.ambassadorsportalen.organisation.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import se.ambassadorsportalen.organisation.boundary.ApiTokens;
import se.ambassadorsportalen.organisation.boundary.UserAccounts;
import se.ambassadorsportalen.organisation.entity.ApiToken;
import se.ambassadorsportalen.platform.security.SignedInCaller;
import se.ambassadorsportalen.platform.web.FacesMessages;

/** The user's own account page: change the password, issue and revoke personal API tokens. */
@Named
@ViewScoped
public class AccountBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserAccounts accounts;

    @Inject
    ApiTokens tokens;

    @Inject
    se.ambassadorsportalen.platform.security.SignInMethods signInMethods;

    private String currentPassword;
    private String newPassword;
    private String repeatedPassword;
    private String tokenName;
    private Integer tokenDays = ApiToken.DEFAULT_DAYS;
    private String issuedSecret;
    private List<TokenRow> myTokens;

    @PostConstruct
    void init() {
        myTokens = tokens.mine().stream().map(TokenRow::of).toList();
    }

    public void changePassword() {
        if (newPassword == null || !newPassword.equals(repeatedPassword)) {
            FacesMessages.error("passwordForm:repeatedPassword", "organisation.password.repeatDiffers");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        try {
            var account = accounts.changeOwnPassword(currentPassword, newPassword);
            HttpServletRequest request = (HttpServletRequest)
                    FacesContext.getCurrentInstance().getExternalContext().getRequest();
            SignedInCaller.keepSignedIn(request, account.getUsername(), account.getSecurityStamp());
            currentPassword = null;
            newPassword = null;
            repeatedPassword = null;
            FacesMessages.info("organisation.password.changed");
        } catch (RuntimeException e) {
            FacesMessages.failed(e, "passwordForm");
        }
    }

    public void issueToken() {
        try {
            ApiTokens.Issued issued = tokens.issue(tokenName, tokenDays);
            issuedSecret = issued.secret();
            tokenName = null;
            tokenDays = ApiToken.DEFAULT_DAYS;
            myTokens = tokens.mine().stream().map(TokenRow::of).toList();
            FacesMessages.info("organisation.token.issued", issued.token().getName());
        } catch (RuntimeException e) {
            FacesMessages.failed(e, "tokenForm");
        }
    }

    public void revoke(TokenRow token) {
        try {
            tokens.revokeMine(token.id());
            myTokens = tokens.mine().stream().map(TokenRow::of).toList();
            FacesMessages.info("organisation.token.revoked", token.name());
        } catch (RuntimeException e) {
            FacesMessages.failed(e, null);
        }
    }

    public List<TokenRow> getMyTokens() {
        return myTokens;
    }

    public String getIssuedSecret() {
        return issuedSecret;
    }

    public int getMaxDays() {
        return ApiToken.MAX_DAYS;
    }

    /** A portal password is worth changing only while people may sign in with one. */
    public boolean isPasswordChangeOffered() {
        return signInMethods.localPasswords();
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatedPassword() {
        return repeatedPassword;
    }

    public void setRepeatedPassword(String repeatedPassword) {
        this.repeatedPassword = repeatedPassword;
    }

    public String getTokenName() {
        return tokenName;
    }

    public void setTokenName(String tokenName) {
        this.tokenName = tokenName;
    }

    public Integer getTokenDays() {
        return tokenDays;
    }

    public void setTokenDays(Integer tokenDays) {
        this.tokenDays = tokenDays;
    }
}
