package se.ambassadorsportalen.organisation.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import se.ambassadorsportalen.organisation.control.PasswordRules;
import se.ambassadorsportalen.organisation.control.SetupCode;
import se.ambassadorsportalen.organisation.entity.OrganisationProfile;
import se.ambassadorsportalen.organisation.entity.UserAccount;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.layout.PortalSettings;
import se.ambassadorsportalen.platform.security.OpenOnPurpose;
import se.ambassadorsportalen.platform.security.PasswordHashing;
import se.ambassadorsportalen.platform.security.Role;
import se.ambassadorsportalen.platform.time.PortalTime;

/**
 * The first-run setup of a production installation: on a database without an admin, whoever holds
 * the setup code from the server's log (see {@link SetupGate}) creates the first admin account and
 * names the organisation, in one transaction. Afterwards a row in {@code portal_setting} closes the
 * setup for good; its primary key also lets only one of two racing setups (two nodes, two codes)
 * through.
 */
@Stateless
public class FirstRunSetup {

    static final String COMPLETED = "setup.completed";
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    SetupGate gate;

    @Inject
    ProfileCache profileCache;

    @Inject
    PortalSettings settings;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** What the setup page asks for. */
    public record Request(
            String code,
            String organisationName,
            String username,
            String email,
            String password,
            String passwordRepeat) {}

    @PermitAll
    @OpenOnPurpose("asked at start and by the setup filter before any account exists; says only whether setup is done")
    public boolean isNeeded() {
        boolean completed = ((Number) em.createNativeQuery("select count(*) from portal_setting where setting_key = ?1")
                                .setParameter(1, COMPLETED)
                                .getSingleResult())
                        .longValue()
                > 0;
        return !completed
                && em.createQuery(
                                        "select count(u) from UserAccount u join u.roles r where r = :admin and u.active = true",
                                        Long.class)
                                .setParameter("admin", Role.ADMIN)
                                .getSingleResult()
                        == 0;
    }

    /**
     * Checks every field first (a typo costs no try at the code), then the code, then makes the
     * admin and names the organisation. Refusals name their field.
     */
    @PermitAll
    @OpenOnPurpose(
            "nobody can sign in before the first admin exists; the one-time code from the server's log is the key")
    public String complete(Request request) {
        String username =
                request.username() == null ? "" : request.username().strip().toLowerCase(Locale.ROOT);
        String organisationName = request.organisationName() == null
                ? ""
                : request.organisationName().strip();
        String email = request.email() == null ? "" : request.email().strip();
        if (organisationName.isEmpty() || organisationName.length() > 200) {
            throw PortalException.invalidField("organisationName", "organisation.setup.organisationName.required");
        }
        if (!username.matches(UserAccount.USERNAME_PATTERN)) {
            throw PortalException.invalidField("username", "organisation.user.username.pattern");
        }
        if (email.length() > 200 || !EMAIL.matcher(email).matches()) {
            throw PortalException.invalidField("email", "organisation.profile.email.invalid");
        }
        PasswordRules.check(request.password() == null ? "" : request.password(), List.of(username, organisationName))
                .ifPresent(refusal -> {
                    throw PortalException.invalidField("password", refusal.key(), refusal.arguments());
                });
        if (!request.password().equals(request.passwordRepeat())) {
            throw PortalException.invalidField("passwordRepeat", "organisation.setup.password.mismatch");
        }
        if (!isNeeded()) {
            gate.closed(); // done on another node: no code here either
            throw PortalException.conflict("organisation.setup.alreadyDone");
        }
        SetupCode.Outcome outcome = gate.attempt(request.code());
        if (outcome == SetupCode.Outcome.WRONG) {
            throw PortalException.invalidField("code", "organisation.setup.code.wrong");
        }
        if (outcome == SetupCode.Outcome.USED_UP) {
            throw PortalException.invalidField("code", "organisation.setup.code.usedUp");
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before the commit
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    gate.closed();
                } else {
                    gate.reissue(); // the accepted code is spent: the operator finds a new one in the log
                }
            }
        });
        // Two nodes racing with two codes: this row's primary key lets one setup through.
        em.createNativeQuery("insert into portal_setting (setting_key, setting_value) values (?1, ?2)")
                .setParameter(1, COMPLETED)
                .setParameter(2, PortalTime.now().toString())
                .executeUpdate();
        UserAccount admin = new UserAccount(username, passwords.hash(request.password()), null);
        admin.grant(Role.ADMIN);
        admin.setEmail(email);
        em.persist(admin);
        OrganisationProfile profile = em.find(OrganisationProfile.class, OrganisationProfile.ID);
        if (profile == null) {
            profile = OrganisationProfile.initial(organisationName);
            em.persist(profile);
        }
        profile.rename(organisationName);
        settings.set(PortalSettings.ORGANISATION_NAME, organisationName);
        em.flush();
        profileCache.invalidate();
        return username;
    }
}
