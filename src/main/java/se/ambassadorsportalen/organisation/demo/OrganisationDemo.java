package se.ambassadorsportalen.organisation.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import se.ambassadorsportalen.organisation.entity.Person;
import se.ambassadorsportalen.organisation.entity.Unit;
import se.ambassadorsportalen.organisation.entity.UserAccount;
import se.ambassadorsportalen.platform.demo.DemoContent;
import se.ambassadorsportalen.platform.demo.DemoLoader;
import se.ambassadorsportalen.platform.layout.PortalSettings;
import se.ambassadorsportalen.platform.security.PasswordHashing;
import se.ambassadorsportalen.platform.security.Role;

/**
 * The demo region "Region Fjällmark": five administrations, fifteen units, fifty employees across
 * professions and towns, five elected officials, and an account for every employee with the
 * password {@code demo}. The six named users of the README are among them. Unit codes are
 * stable ("HSF-MED3") so other modules' demo content can find its places.
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
        settings.set(PortalSettings.ORGANISATION_NAME, "Region Fjällmark");
        em.createNativeQuery("update organisation_profile set name = ?1, contact_email = ?2, press_email = ?3,"
                        + " careers_url = ?4 where id = 1")
                .setParameter(1, "Region Fjällmark")
                .setParameter(2, "kontakt@fjallmark.example")
                .setParameter(3, "press@fjallmark.example")
                .setParameter(4, "https://jobb.fjallmark.example")
                .executeUpdate();
        units.clear();
        administration("RLF", "Regionledningsförvaltningen");
        administration("HSF", "Hälso- och sjukvårdsförvaltningen");
        administration("FTV", "Folktandvården");
        administration("KTF", "Kollektivtrafikförvaltningen");
        administration("RUF", "Regional utveckling och kultur");
        unit("RLF-KOM", "Kommunikationsenheten", "RLF", 12);
        unit("RLF-HR", "HR-enheten", "RLF", 18);
        unit("RLF-IT", "IT-enheten", "RLF", 40);
        unit("HSF-AKUT", "Akutmottagningen Älvstad", "HSF", 95);
        unit("HSF-MED3", "Medicinavdelning 3", "HSF", 48);
        unit("HSF-VCN", "Vårdcentralen Norrby", "HSF", 30);
        unit("HSF-PSY", "Psykiatriska mottagningen", "HSF", 26);
        unit("HSF-AMB", "Ambulanssjukvården", "HSF", 60);
        unit("HSF-LAB", "Laboratoriemedicin", "HSF", 35);
        unit("FTV-CEN", "Folktandvården Centrum", "FTV", 22);
        unit("FTV-ABY", "Folktandvården Åby", "FTV", 14);
        unit("FTV-SPEC", "Specialisttandvården", "FTV", 19);
        unit("KTF-PLAN", "Trafikplanering", "KTF", 16);
        unit("KTF-KUND", "Kundcenter", "KTF", 25);
        unit("RUF-KUL", "Kultur och bildning", "RUF", 21);

        // username, first, last, unit, profession, town, title, roles (beyond EMPLOYEE), manages
        String[][] people = {
            {"eva", "Eva", "Lindqvist", "HSF-MED3", "Sjuksköterska", "Älvstad", "", "", ""},
            {"magnus", "Magnus", "Berg", "HSF-MED3", "Enhetschef", "Älvstad", "Enhetschef", "MANAGER", "HSF-MED3"},
            {"petra", "Petra", "Holm", "RLF-KOM", "Kommunikatör", "Älvstad", "Presschef", "PRESS_OFFICER", ""},
            {"hanna", "Hanna", "Sjöberg", "RLF-HR", "HR-specialist", "Älvstad", "HR-strateg", "HR", ""},
            {"klara", "Klara", "Nyström", "RLF-KOM", "Kommunikatör", "Älvstad", "Kommunikatör", "COMMUNICATOR", ""},
            {"admin", "Ali", "Demir", "RLF-IT", "Systemförvaltare", "Älvstad", "Systemförvaltare", "ADMIN", ""},
            {
                "ingrid",
                "Ingrid",
                "Åkesson",
                "HSF",
                "Förvaltningschef",
                "Älvstad",
                "Hälso- och sjukvårdsdirektör",
                "MANAGER",
                "HSF"
            },
            {"lars", "Lars", "Ek", "RLF", "Regiondirektör", "Älvstad", "Regiondirektör", "MANAGER", "RLF"},
            {
                "sofia",
                "Sofia",
                "Karlsson",
                "RLF-KOM",
                "Kommunikationschef",
                "Älvstad",
                "Kommunikationschef",
                "MANAGER,COMMUNICATOR",
                "RLF-KOM"
            },
            {"johan", "Johan", "Andersson", "RLF-HR", "HR-chef", "Älvstad", "HR-chef", "MANAGER,HR", "RLF-HR"},
            {"omar", "Omar", "Haddad", "RLF-IT", "IT-chef", "Älvstad", "IT-chef", "MANAGER", "RLF-IT"},
            {"karin", "Karin", "Lund", "HSF-AKUT", "Enhetschef", "Älvstad", "Enhetschef", "MANAGER", "HSF-AKUT"},
            {"ahmed", "Ahmed", "Yusuf", "HSF-AKUT", "Läkare", "Älvstad", "Specialistläkare", "", ""},
            {"linnea", "Linnea", "Strand", "HSF-AKUT", "Sjuksköterska", "Sjövik", "", "", ""},
            {"peter", "Peter", "Olsson", "HSF-AKUT", "Undersköterska", "Älvstad", "", "", ""},
            {"maria", "Maria", "Gustafsson", "HSF-MED3", "Undersköterska", "Älvstad", "", "", ""},
            {"nils", "Nils", "Björk", "HSF-MED3", "Läkare", "Älvstad", "Överläkare", "", ""},
            {"aisha", "Aisha", "Mohammed", "HSF-MED3", "Sjuksköterska", "Sjövik", "", "", ""},
            {"erik", "Erik", "Persson", "HSF-VCN", "Enhetschef", "Norrby", "Verksamhetschef", "MANAGER", "HSF-VCN"},
            {"fatima", "Fatima", "Ali", "HSF-VCN", "Distriktssköterska", "Norrby", "", "", ""},
            {"jonas", "Jonas", "Wikström", "HSF-VCN", "Läkare", "Norrby", "Allmänläkare", "", ""},
            {"elin", "Elin", "Forsberg", "HSF-VCN", "Fysioterapeut", "Norrby", "", "", ""},
            {"anders", "Anders", "Nilsson", "HSF-PSY", "Enhetschef", "Älvstad", "Enhetschef", "MANAGER", "HSF-PSY"},
            {"sara", "Sara", "Lindberg", "HSF-PSY", "Psykolog", "Älvstad", "", "", ""},
            {"david", "David", "Eriksson", "HSF-PSY", "Skötare", "Bergsjö", "", "", ""},
            {"helena", "Helena", "Sandberg", "HSF-AMB", "Enhetschef", "Sjövik", "Ambulanschef", "MANAGER", "HSF-AMB"},
            {"mikael", "Mikael", "Johansson", "HSF-AMB", "Ambulanssjuksköterska", "Sjövik", "", "", ""},
            {"emma", "Emma", "Hedlund", "HSF-AMB", "Ambulanssjuksköterska", "Bergsjö", "", "", ""},
            {"tobias", "Tobias", "Lundgren", "HSF-LAB", "Enhetschef", "Älvstad", "Enhetschef", "MANAGER", "HSF-LAB"},
            {"nadia", "Nadia", "Rahimi", "HSF-LAB", "Biomedicinsk analytiker", "Älvstad", "", "", ""},
            {"birgitta", "Birgitta", "Falk", "FTV", "Förvaltningschef", "Åby", "Tandvårdsdirektör", "MANAGER", "FTV"},
            {"gustav", "Gustav", "Hellström", "FTV-CEN", "Enhetschef", "Älvstad", "Klinikchef", "MANAGER", "FTV-CEN"},
            {"yasmin", "Yasmin", "Kaya", "FTV-CEN", "Tandläkare", "Älvstad", "", "", ""},
            {"oskar", "Oskar", "Blom", "FTV-CEN", "Tandsköterska", "Älvstad", "", "", ""},
            {"lina", "Lina", "Viklund", "FTV-ABY", "Tandhygienist", "Åby", "Klinikchef", "MANAGER", "FTV-ABY"},
            {"rasmus", "Rasmus", "Nord", "FTV-ABY", "Tandläkare", "Åby", "", "", ""},
            {
                "cecilia",
                "Cecilia",
                "Borg",
                "FTV-SPEC",
                "Tandläkare",
                "Älvstad",
                "Specialisttandläkare",
                "MANAGER",
                "FTV-SPEC"
            },
            {"henrik", "Henrik", "Dahl", "FTV-SPEC", "Tandsköterska", "Bergsjö", "", "", ""},
            {"ulrika", "Ulrika", "Engström", "KTF", "Förvaltningschef", "Älvstad", "Trafikdirektör", "MANAGER", "KTF"},
            {
                "viktor",
                "Viktor",
                "Sundberg",
                "KTF-PLAN",
                "Trafikplanerare",
                "Älvstad",
                "Planeringschef",
                "MANAGER",
                "KTF-PLAN"
            },
            {"amanda", "Amanda", "Ström", "KTF-PLAN", "Trafikplanerare", "Sjövik", "", "", ""},
            {
                "patrik",
                "Patrik",
                "Lindholm",
                "KTF-KUND",
                "Kundtjänstmedarbetare",
                "Norrby",
                "Kundcenterchef",
                "MANAGER",
                "KTF-KUND"
            },
            {"leila", "Leila", "Hassan", "KTF-KUND", "Kundtjänstmedarbetare", "Norrby", "", "", ""},
            {"stina", "Stina", "Ekberg", "RUF", "Förvaltningschef", "Älvstad", "Kulturdirektör", "MANAGER", "RUF"},
            {"adam", "Adam", "Nyberg", "RUF-KUL", "Kulturutvecklare", "Bergsjö", "Enhetschef", "MANAGER", "RUF-KUL"},
            {"ronja", "Ronja", "Holmberg", "RUF-KUL", "Bibliotekarie", "Åby", "", "", ""},
            {"felix", "Felix", "Axelsson", "RUF-KUL", "Kulturutvecklare", "Älvstad", "", "", ""},
            {"isak", "Isak", "Lindgren", "HSF-MED3", "Arbetsterapeut", "Älvstad", "", "", ""},
            {"julia", "Julia", "Sandström", "HSF-AKUT", "Barnmorska", "Sjövik", "", "", ""},
            {"mats", "Mats", "Öberg", "RLF-KOM", "Webbredaktör", "Älvstad", "Webbredaktör", "COMMUNICATOR", ""},
        };
        String demoHash = passwords.hash(
                DEMO_PASSWORD); // one hash for the public demo password: 50 would cost seconds of start-up
        for (String[] row : people) {
            Person person = Person.employee(row[1], row[2], units.get(row[3]), row[4], row[5]);
            person.setTitle(row[6]);
            person.setEmail(row[0] + "@fjallmark.example");
            person.setPhone("010-" + (1000 + Math.abs(row[0].hashCode() % 9000)));
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
        String[][] elected = {
            {"Gunnar", "Wallin", "Regionstyrelsens ordförande"},
            {"Marianne", "Frisk", "Ordförande i hälso- och sjukvårdsnämnden"},
            {"Tomas", "Rydén", "Ordförande i tandvårdsnämnden"},
            {"Anna-Lena", "Bergqvist", "Ordförande i kollektivtrafiknämnden"},
            {"Samir", "Osman", "Ordförande i kultur- och utbildningsnämnden"},
        };
        for (String[] row : elected) {
            Person official = Person.electedOfficial(row[0], row[1], row[2]);
            official.setEmail(row[0].toLowerCase(Locale.ROOT).replace('-', '.') + "."
                    + row[1].toLowerCase(Locale.ROOT).replace('é', 'e') + "@politik.fjallmark.example");
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
