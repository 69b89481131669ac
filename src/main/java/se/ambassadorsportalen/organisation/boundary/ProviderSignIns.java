package se.ambassadorsportalen.organisation.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import se.ambassadorsportalen.organisation.control.Usernames;
import se.ambassadorsportalen.organisation.entity.Person;
import se.ambassadorsportalen.organisation.entity.UserAccount;
import se.ambassadorsportalen.platform.security.OpenOnPurpose;
import se.ambassadorsportalen.platform.security.PasswordHashing;
import se.ambassadorsportalen.platform.security.ProviderAccounts;
import se.ambassadorsportalen.platform.security.ProviderIdentity;
import se.ambassadorsportalen.platform.security.ProviderSettings;
import se.ambassadorsportalen.platform.security.Role;

/**
 * The accounts of people the region's OpenID provider signs in, offered to the platform's
 * authentication mechanism. The person is found by the key the provider names them by (the HR
 * system's employee number or their e-mail), so the HR import decides who may come in: someone
 * the HR export does not list is refused, a leaver's deactivated account stays shut. The key is
 * written on the account at the first sign-in, and later sign-ins and the provider's API tokens
 * find the account by it. An account is made for a person who has none, with a random password
 * nobody knows (an admin may reset it, should local passwords be wanted for them).
 */
@Stateless
public class ProviderSignIns implements ProviderAccounts {

    private static final Logger LOG = Logger.getLogger(ProviderSignIns.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @PermitAll
    @OpenOnPurpose("runs in the authentication mechanism while the provider's user is being signed in:"
            + " nobody is signed in yet, and the provider has already proven who they are")
    @Override
    public Outcome signIn(ProviderIdentity identity) {
        Optional<UserAccount> linked = em.createQuery(
                        "select u from UserAccount u where u.ssoKey = :key", UserAccount.class)
                .setParameter("key", identity.key())
                .getResultStream()
                .findFirst();
        UserAccount account;
        if (linked.isPresent()) {
            account = linked.get();
        } else {
            Optional<Person> person = person(identity);
            if (person.isEmpty()) {
                return Outcome.refused(Refusal.UNKNOWN_PERSON);
            }
            account = accountOf(person.get());
            account.linkToProvider(identity.key());
        }
        if (!account.isActive()) {
            return Outcome.refused(Refusal.DEACTIVATED);
        }
        Set<Role> granted = EnumSet.noneOf(Role.class);
        granted.addAll(identity.roles());
        Set<Role> owned = EnumSet.noneOf(Role.class);
        owned.addAll(identity.ownedRoles());
        if (identity.managerFromUnits()) {
            // The organisation names its managers: whoever manages a unit holds the role, and without a
            // mapped group granting it, nobody else does.
            boolean manages = account.getPerson() != null
                    && !em.createQuery("select u.id from Unit u where u.manager = :person and u.mergedInto is null")
                            .setParameter("person", account.getPerson())
                            .setMaxResults(1)
                            .getResultList()
                            .isEmpty();
            owned.add(Role.MANAGER);
            if (manages) {
                granted.add(Role.MANAGER);
            }
        }
        if (account.applyProviderRoles(owned, granted)) {
            LOG.info(() -> "Roles of an account brought in step with the provider's groups: " + account.getRoles());
        }
        return Outcome.signedIn(account.getUsername());
    }

    private Optional<Person> person(ProviderIdentity identity) {
        List<Person> found = identity.keyKind() == ProviderSettings.KeyKind.EMPLOYEE_NUMBER
                ? em.createQuery("select p from Person p where p.employeeNumber = :key", Person.class)
                        .setParameter("key", identity.key())
                        .getResultList()
                : em.createQuery("select p from Person p where lower(p.email) = :key", Person.class)
                        .setParameter("key", identity.key())
                        .getResultList();
        List<Person> current = found.stream().filter(p -> p.getLeftOn() == null).toList();
        List<Person> candidates = current.isEmpty() ? found : current;
        if (candidates.size() > 1) {
            LOG.warning(() ->
                    candidates.size() + " people share the key the provider signed someone in by; nobody was let in");
            return Optional.empty();
        }
        return candidates.stream().findFirst();
    }

    /** The person's account, the active one first; a new one when they have none. */
    private UserAccount accountOf(Person person) {
        List<UserAccount> accounts = em.createQuery(
                        "select u from UserAccount u where u.person = :person order by u.active desc, u.id",
                        UserAccount.class)
                .setParameter("person", person)
                .getResultList();
        if (!accounts.isEmpty()) {
            return accounts.get(0);
        }
        String username = Usernames.suggest(
                person.getFirstName(),
                person.getLastName(),
                person.getEmail(),
                name -> !em.createQuery("select u.id from UserAccount u where u.username = :name")
                        .setParameter("name", name)
                        .getResultList()
                        .isEmpty());
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        UserAccount account =
                new UserAccount(username, passwords.hash(Base64.getEncoder().encodeToString(secret)), person);
        em.persist(account);
        LOG.info(() -> "Made an account for a person at their first sign-in through the provider: " + username);
        return account;
    }
}
