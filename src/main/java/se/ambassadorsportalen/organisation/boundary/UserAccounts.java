package se.ambassadorsportalen.organisation.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.ambassadorsportalen.organisation.control.PasswordRules;
import se.ambassadorsportalen.organisation.entity.Person;
import se.ambassadorsportalen.organisation.entity.UserAccount;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.i18n.Languages;
import se.ambassadorsportalen.platform.persistence.InLists;
import se.ambassadorsportalen.platform.persistence.Page;
import se.ambassadorsportalen.platform.persistence.PageRequest;
import se.ambassadorsportalen.platform.persistence.Queries;
import se.ambassadorsportalen.platform.security.OpenOnPurpose;
import se.ambassadorsportalen.platform.security.PasswordHashing;
import se.ambassadorsportalen.platform.security.Role;

/**
 * Portal accounts and their roles. Admins create accounts and grant or revoke roles; the
 * portal always keeps at least one active admin, so nobody can lock the organisation out.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class UserAccounts {

    /** Person ids in one {@code IN} list: well below every database's limit on parameters. */
    static final int LOCALES_AT_ONCE = 500;

    /** The organisation's default language, for accounts that never chose one. */
    @Inject
    OrganisationProfiles profiles;

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    Organisation organisation;

    @Resource
    SessionContext caller;

    // Open: the login page reads the language of an account that is only now signing in, the
    // lock-out notice runs while nobody is signed in, and the demo loaders run at start-up.
    @PermitAll
    @OpenOnPurpose("read at sign-in and by the language switch, before any role applies")
    public Optional<UserAccount> byUsername(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return em.createQuery(
                        "select u from UserAccount u left join fetch u.person where u.username = :name",
                        UserAccount.class)
                .setParameter("name", username)
                .getResultStream()
                .findFirst();
    }

    private String organisationLanguage() {
        return profiles.current().defaultLanguage();
    }

    /**
     * The language to write to a person in, mail above all: the one their account last chose while
     * the organisation still offers it, else the organisation's default (also for a person without
     * an account). Pages choose the same way ({@code Language}), so a person reads mail and pages
     * in one language.
     */
    @PermitAll
    @OpenOnPurpose("the language of mail to a person, sent from timers and observers without a caller")
    public Locale localeOf(long personId) {
        OrganisationProfiles.Profile profile = profiles.current();
        return Languages.offeredOrDefault(
                forPerson(personId).map(UserAccount::getLanguage).orElse(null),
                profile.languages(),
                profile.defaultLanguage());
    }

    /**
     * {@link #localeOf} for many people in one statement per {@value #LOCALES_AT_ONCE}, for a mail to
     * each of them (every communicator, a unit's reminders): one query a recipient made each such
     * action cost as many statements as there were recipients, and flushed the mail written so far
     * before each of them. People without an account get the organisation's default.
     */
    @PermitAll
    @OpenOnPurpose("the language of mail to people, sent from timers and observers without a caller")
    public Map<Long, Locale> localesOf(Collection<Long> personIds) {
        Map<Long, String> chosen = new HashMap<>();
        List<Long> ids = List.copyOf(new LinkedHashSet<>(personIds));
        for (int from = 0; from < ids.size(); from += LOCALES_AT_ONCE) {
            em.createQuery(
                            "select u.person.id, u.language from UserAccount u where u.person.id in :people",
                            Object[].class)
                    .setParameter(
                            "people", InLists.padded(ids.subList(from, Math.min(ids.size(), from + LOCALES_AT_ONCE))))
                    .getResultList()
                    .forEach(row -> chosen.putIfAbsent((Long) row[0], (String) row[1]));
        }
        OrganisationProfiles.Profile profile = profiles.current();
        Map<Long, Locale> locales = new HashMap<>();
        for (Long id : ids) {
            locales.put(id, Languages.offeredOrDefault(chosen.get(id), profile.languages(), profile.defaultLanguage()));
        }
        return locales;
    }

    /** What other modules may know of an active account: its person and its language. */
    public record ActiveAccount(String username, Person person, String language) {}

    @PermitAll
    @OpenOnPurpose("the news digest job and the private news feed run without a signed-in caller")
    public Optional<ActiveAccount> activeAccount(String username) {
        return byUsername(username)
                .filter(UserAccount::isActive)
                .map(account -> new ActiveAccount(
                        account.getUsername(), account.getPerson(), account.languageOr(organisationLanguage())));
    }

    // Open: other modules' boundaries look up the language to mail a person in, whatever the
    // caller's own roles (a manager approving, a communicator publishing).
    @PermitAll
    @OpenOnPurpose("mail to a person from timers and observers that run without a caller")
    public Optional<UserAccount> forPerson(long personId) {
        return em.createQuery("select u from UserAccount u where u.person.id = :person", UserAccount.class)
                .setParameter("person", personId)
                .getResultStream()
                .findFirst();
    }

    public UserAccount account(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id))
                .orElseThrow(() -> PortalException.notFound("organisation.user.notFound", id));
    }

    public Page<UserAccount> accounts(PageRequest request) {
        return Queries.page(
                em,
                UserAccount.class,
                request,
                Map.of("username", "username", "name", "person.sortKeys", "active", "active"),
                Map.of("username", "username", "name", "person.lastName"),
                null,
                "username",
                "person",
                "roles");
    }

    public UserAccount create(String username, String password, Long personId, Set<Role> roles) {
        String name = username == null ? "" : username.trim().toLowerCase();
        if (!name.matches(UserAccount.USERNAME_PATTERN)) {
            throw PortalException.invalidField("username", "organisation.user.username.pattern");
        }
        if (byUsername(name).isPresent()) {
            throw PortalException.invalidField("username", "organisation.user.username.taken", name);
        }
        Person person = personId == null ? null : organisation.person(personId);
        requireStrongEnough(password, "password", name, person);
        UserAccount account = new UserAccount(name, passwords.hash(password), person);
        roles.forEach(account::grant);
        em.persist(account);
        return account;
    }

    /** Replaces the roles of an account; refuses to leave the portal without an active admin. */
    public UserAccount changeRoles(long accountId, long expectedVersion, Set<Role> roles, boolean active) {
        UserAccount account = account(accountId);
        Organisation.requireVersion(account.getVersion(), expectedVersion);
        boolean losesAdmin = account.isActiveAdmin() && (!roles.contains(Role.ADMIN) || !active);
        if (losesAdmin && activeAdminCount() <= 1) {
            throw PortalException.conflict("organisation.user.lastAdmin");
        }
        EnumSet.allOf(Role.class).forEach(account::revoke);
        roles.forEach(account::grant);
        account.setActive(active);
        return account;
    }

    public UserAccount resetPassword(long accountId, String newPassword) {
        UserAccount account = account(accountId);
        requireStrongEnough(newPassword, "password", account.getUsername(), account.getPerson());
        account.changePasswordHash(passwords.hash(newPassword));
        return account;
    }

    /** Ends every browser session of the account and every remembered API password check, on their next request. */
    public UserAccount endSessions(long accountId) {
        UserAccount account = account(accountId);
        account.endSessions();
        return account;
    }

    /**
     * A user changes their own password, proving the current one first; every other session of
     * the account ends, and the caller's own session is renewed by the caller.
     */
    @RolesAllowed({
        Role.Names.EMPLOYEE,
        Role.Names.MANAGER,
        Role.Names.PRESS_OFFICER,
        Role.Names.HR,
        Role.Names.COMMUNICATOR,
        Role.Names.ADMIN
    })
    public UserAccount changeOwnPassword(String currentPassword, String newPassword) {
        UserAccount account = byUsername(caller.getCallerPrincipal().getName())
                .orElseThrow(() -> PortalException.forbidden("platform.error.forbidden"));
        if (currentPassword == null || !passwords.matches(currentPassword, account.getPasswordHash())) {
            throw PortalException.invalidField("currentPassword", "organisation.password.currentWrong");
        }
        requireStrongEnough(newPassword, "newPassword", account.getUsername(), account.getPerson());
        if (newPassword.equals(currentPassword)) {
            throw PortalException.invalidField("newPassword", "organisation.password.unchanged");
        }
        account.changePasswordHash(passwords.hash(newPassword));
        return account;
    }

    /** The language a user last chose; kept so the next login starts in it. */
    @PermitAll
    @OpenOnPurpose("the language switch works on the login page too; a language is no secret")
    public void rememberLanguage(String username, String language) {
        byUsername(username).ifPresent(account -> account.setLanguage(language));
    }

    /** The people whose active accounts hold a role, for modules that notify, say, every communicator. */
    @PermitAll
    @OpenOnPurpose("whom to notify, asked by observers that run without a caller")
    public java.util.List<se.ambassadorsportalen.organisation.entity.Person> peopleHolding(Role role) {
        return em.createQuery(
                        "select distinct u.person from UserAccount u join u.roles r"
                                + " where r = :role and u.active = true and u.person is not null",
                        se.ambassadorsportalen.organisation.entity.Person.class)
                .setParameter("role", role)
                .getResultList();
    }

    long activeAdminCount() {
        return em.createQuery(
                        "select count(u) from UserAccount u join u.roles r where r = :admin and u.active = true",
                        Long.class)
                .setParameter("admin", Role.ADMIN)
                .getSingleResult();
    }

    /** Refuses a password the rules do not allow ({@link PasswordRules}), at the form's field. */
    private static void requireStrongEnough(String password, String field, String username, Person person) {
        List<String> accountWords = person == null
                ? List.of(username)
                : List.of(username, nullToEmpty(person.getFirstName()), nullToEmpty(person.getLastName()));
        PasswordRules.check(password, accountWords).ifPresent(refusal -> {
            throw PortalException.invalidField(field, refusal.key(), refusal.arguments());
        });
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
