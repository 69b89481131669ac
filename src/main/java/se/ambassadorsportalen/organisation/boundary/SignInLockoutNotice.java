package se.ambassadorsportalen.organisation.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import se.ambassadorsportalen.organisation.entity.UserAccount;
import se.ambassadorsportalen.platform.i18n.Messages;
import se.ambassadorsportalen.platform.mail.Mailer;
import se.ambassadorsportalen.platform.security.OpenOnPurpose;
import se.ambassadorsportalen.platform.security.SignInLockedOut;
import se.ambassadorsportalen.platform.time.PortalTime;

/**
 * Tells a person by mail that their account ran out of password attempts: if it was not them,
 * someone is guessing their password. At most one such mail an hour, however long the guessing
 * goes on, and none for a username that has no account (which says nothing to the guesser either).
 */
@Stateless
public class SignInLockoutNotice {

    static final Duration AT_MOST_ONCE_PER = Duration.ofHours(1);

    @Inject
    UserAccounts accounts;

    @Inject
    Mailer mailer;

    @Inject
    OrganisationProfiles profiles;

    @PermitAll
    @OpenOnPurpose("observes a refused sign-in: nobody is signed in")
    public void lockedOut(@Observes SignInLockedOut lockout) {
        accounts.byUsername(lockout.username()).filter(UserAccount::isActive).ifPresent(account -> {
            String email =
                    account.getPerson() == null ? null : account.getPerson().getEmail();
            Locale locale =
                    Locale.forLanguageTag(account.languageOr(profiles.current().defaultLanguage()));
            String subject = Messages.text(locale, "organisation.lockout.subject");
            if (email != null && !email.isBlank() && !recentlyTold(email, subject)) {
                mailer.send(
                        email,
                        subject,
                        Messages.text(
                                locale,
                                "organisation.lockout.body",
                                account.getUsername(),
                                lockout.lockedFor().toMinutes()));
            }
        });
    }

    private boolean recentlyTold(String email, String subject) {
        Instant since = PortalTime.moment().minus(AT_MOST_ONCE_PER);
        return mailer.latestTo(email, 5).stream()
                .anyMatch(mail ->
                        mail.getSubject().equals(subject) && mail.getCreatedAt().isAfter(since));
    }
}
