package se.ambassadorsportalen.organisation.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import se.ambassadorsportalen.organisation.boundary.ProfileCache;
import se.ambassadorsportalen.organisation.boundary.UnitOutlineCache;
import se.ambassadorsportalen.organisation.entity.OrganisationProfile;
import se.ambassadorsportalen.organisation.entity.Person;
import se.ambassadorsportalen.organisation.entity.Unit;
import se.ambassadorsportalen.organisation.entity.UserAccount;
import se.ambassadorsportalen.platform.demo.DemoContent;
import se.ambassadorsportalen.platform.demo.DemoLoader;
import se.ambassadorsportalen.platform.demo.DemoOrganisation;
import se.ambassadorsportalen.platform.layout.PortalSettings;
import se.ambassadorsportalen.platform.security.PasswordHashing;
import se.ambassadorsportalen.platform.security.Role;

/**
 * The demo organisation's profile, units, people and accounts, from its rows ({@link DemoRegion}):
 * by default "Region Fjällmark" (five administrations, fifteen units, fifty employees across
 * professions and towns, five elected officials), or the Danish "Beskæftigelsesregion Fjordland".
 * Every employee has an account with the password {@code demo}; the named users of the README are
 * among them. Unit codes are stable ("HSF-MED3") so other modules' demo content can find its places.
 */
@ApplicationScoped
public class OrganisationDemo implements DemoContent {

    public static final String DEMO_PASSWORD = "demo";

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    PortalSettings settings;

    @Inject
    ProfileCache profileCache;

    @Inject
    UnitOutlineCache unitOutlines;

    private final Map<String, Unit> units = new HashMap<>();

    @Override
    public String module() {
        return DemoLoader.ORGANISATION;
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public void load() {
        load(DemoOrganisation.FJALLMARK);
    }

    @Override
    public boolean serves(DemoOrganisation organisation) {
        return true;
    }

    @Override
    public void load(DemoOrganisation organisation) {
        DemoRegion region = DemoRegion.of(organisation);
        settings.set(PortalSettings.ORGANISATION_NAME, region.name());
        // through the entity's own rules: the demo's colours pass the same contrast check as an admin's
        em.find(OrganisationProfile.class, OrganisationProfile.ID).change(region.profile());
        profileCache.invalidate(); // a page served before the load must not keep the empty profile
        units.clear();
        unitOutlines.changed();
        for (String[] row : region.units()) {
            if (row[2].isEmpty()) {
                administration(row[0], row[1]);
            } else {
                unit(row[0], row[1], row[2], Integer.parseInt(row[3]));
            }
        }
        String demoHash = passwords.hash(
                DEMO_PASSWORD); // one hash for the public demo password: 50 would cost seconds of start-up
        for (String[] row : region.people()) {
            Person person = Person.employee(row[1], row[2], units.get(row[3]), row[4], row[5]);
            person.setTitle(row[6]);
            person.setEmail(row[0] + "@" + region.emailDomain());
            person.setPhone(region.phonePrefix() + (1000 + Math.abs(row[0].hashCode() % 9000)));
            em.persist(person);
            if (!row[8].isEmpty()) {
                units.get(row[8]).setManager(person);
            }
            UserAccount account = new UserAccount(row[0], demoHash, person);
            if (!"admin".equals(row[0])) {
                account.grant(Role.EMPLOYEE);
            }
            for (String role : row[7].split(",")) {
                if (!role.isBlank()) {
                    account.grant(Role.valueOf(role.trim().toUpperCase(Locale.ROOT)));
                }
            }
            em.persist(account);
        }
        for (String[] row : region.elected()) {
            Person official = Person.electedOfficial(row[0], row[1], row[2]);
            official.setEmail(row[0].toLowerCase(Locale.ROOT).replace('-', '.') + "."
                    + row[1].toLowerCase(Locale.ROOT).replace('é', 'e') + "@" + region.electedEmailDomain());
            em.persist(official);
        }
    }

    private void administration(String code, String name) {
        Unit unit = Unit.administration(code, name);
        em.persist(unit);
        units.put(code, unit);
    }

    private void unit(String code, String name, String parent, int headcount) {
        Unit unit = Unit.unit(code, name, units.get(parent));
        unit.setHeadcount(headcount);
        em.persist(unit);
        units.put(code, unit);
    }

    /** A demo account's person, for the other modules' demo content. */
    public Person person(String username) {
        return em.createQuery("select u.person from UserAccount u where u.username = :username", Person.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Demo user " + username + " is missing"));
    }

    /** An elected official of the demo region, or a new one (the organisation demo has five; the press desk needs vice chairs too). */
    public Person electedOfficial(String fullName) {
        int space = fullName.indexOf(' ');
        String first = fullName.substring(0, space);
        String last = fullName.substring(space + 1);
        return em.createQuery("select p from Person p where p.firstName = :first and p.lastName = :last", Person.class)
                .setParameter("first", first)
                .setParameter("last", last)
                .getResultStream()
                .findFirst()
                .orElseGet(() -> {
                    Person official = Person.electedOfficial(first, last, null);
                    official.setEmail(first.toLowerCase().replace('-', '.').replace('ö', 'o') + "." + last.toLowerCase()
                            + "@politik.fjallmark.example");
                    em.persist(official);
                    return official;
                });
    }
}
