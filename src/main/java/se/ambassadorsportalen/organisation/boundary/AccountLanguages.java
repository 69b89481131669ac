package se.ambassadorsportalen.organisation.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import se.ambassadorsportalen.organisation.entity.UserAccount;
import se.ambassadorsportalen.platform.i18n.SavedLanguages;
import se.ambassadorsportalen.platform.security.OpenOnPurpose;

/** The accounts' saved languages, offered to the platform's language switch and login. */
@Stateless
public class AccountLanguages implements SavedLanguages {

    @Inject
    UserAccounts accounts;

    @PermitAll
    @OpenOnPurpose("read by the login form right after sign-in")
    @Override
    public Optional<String> savedLanguage(String username) {
        return accounts.byUsername(username).map(UserAccount::getLanguage);
    }

    @PermitAll
    @OpenOnPurpose("the language switch works on the login page too")
    @Override
    public void rememberLanguage(String username, String language) {
        accounts.rememberLanguage(username, language);
    }
}
