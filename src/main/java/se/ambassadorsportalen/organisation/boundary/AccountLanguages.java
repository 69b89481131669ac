package se.ambassadorsportalen.organisation.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import se.ambassadorsportalen.organisation.entity.UserAccount;
import se.ambassadorsportalen.platform.i18n.SavedLanguages;

/** The accounts' saved languages, offered to the platform's language switch and login. */
@Stateless
public class AccountLanguages implements SavedLanguages {

    @Inject
    UserAccounts accounts;

    // Read by the login form right after a successful sign-in, before roles apply to the request.
    @PermitAll
    @Override
    public Optional<String> savedLanguage(String username) {
        return accounts.byUsername(username).map(UserAccount::getLanguage);
    }

    // The language switch is on every page, the login page included; a language is no secret.
    @PermitAll
    @Override
    public void rememberLanguage(String username, String language) {
        accounts.rememberLanguage(username, language);
    }
}
