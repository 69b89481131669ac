package se.ambassadorsportalen.ambassador.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.ambassadorsportalen.ambassador.boundary.Ambassadors;
import se.ambassadorsportalen.ambassador.entity.Ambassador;
import se.ambassadorsportalen.ambassador.entity.Channel;
import se.ambassadorsportalen.ambassador.entity.ChannelPresence;
import se.ambassadorsportalen.ambassador.entity.IsoWeek;
import se.ambassadorsportalen.ambassador.entity.Purpose;
import se.ambassadorsportalen.ambassador.entity.QuizQuestion;
import se.ambassadorsportalen.ambassador.entity.RelayRequest;
import se.ambassadorsportalen.ambassador.entity.RelayWeek;
import se.ambassadorsportalen.ambassador.entity.TrainingCompletion;
import se.ambassadorsportalen.ambassador.entity.TrainingModule;
import se.ambassadorsportalen.organisation.demo.OrganisationDemo;
import se.ambassadorsportalen.organisation.entity.Person;
import se.ambassadorsportalen.platform.demo.DemoContent;
import se.ambassadorsportalen.platform.demo.DemoOrganisation;
import se.ambassadorsportalen.platform.layout.PortalSettings;
import se.ambassadorsportalen.platform.time.PortalTime;

/**
 * A demo organisation's ambassador programme from its rows: ambassadors across professions, towns and
 * administrations (active, applied, one paused), three training modules with quizzes and
 * completions, and a relay rota for the coming weeks with confirmed weeks, a request waiting and
 * gaps. The demo users with roles (in Region Fjällmark Eva, Magnus and Klara, in Fjordland Mette,
 * Henrik and Anne) are left out, so the sign-up journey can start from nothing.
 */
@ApplicationScoped
public class AmbassadorDemo implements DemoContent.FromRows<AmbassadorDemo.Rows> {

    /**
     * An organisation's programme: its shortage professions, the communicator who accepts the
     * applications and their welcome, the training modules (title, content, purposes, then each quiz
     * question as question, options separated by "|", the right option's index), the ambassadors
     * (username, motivation, topics, languages, Instagram handle, LinkedIn handle, state), who has
     * completed the first two modules and who the first only, and the relay rota (confirmed in the
     * coming week, confirmed in three weeks, waiting for confirmation in four, confirmed in five).
     */
    record Rows(
            String shortage,
            String acceptor,
            String welcome,
            String[][] modules,
            String[][] ambassadors,
            List<String> trainedInBoth,
            List<String> trainedInBasics,
            String[] relay) {

        static Rows of(DemoOrganisation organisation) {
            return organisation == DemoOrganisation.FJORDLAND ? FJORDLAND : FJALLMARK;
        }
    }

    static final Rows FJALLMARK = new Rows(
            "Sjuksköterska, Tandläkare, Barnmorska, Psykolog, Biomedicinsk analytiker, Ambulanssjuksköterska",
            "klara",
            "Välkommen!",
            new String[][] {
                {
                    "Grunder i sociala medier",
                    "Du som ambassadör berättar om ditt arbete i dina egna kanaler. Tänk på att du alltid är en privatperson "
                            + "i dina kanaler, men att det du skriver om jobbet speglar oss som arbetsgivare. Visa gärna vad du "
                            + "gör och varför det betyder något. Skriv aldrig om patienter eller annat som omfattas av sekretess.",
                    "AMBASSADOR,RELAY",
                    "Vad får du aldrig dela i sociala medier?",
                    "Bilder från personalfesten|Uppgifter om patienter|Att du trivs på jobbet",
                    "1"
                },
                {
                    "Veckans instagrammare",
                    "Under din vecka sköter du vårt Instagramkonto. Presentera dig första dagen, lägg upp minst ett och högst "
                            + "tre inlägg om dagen, visa din arbetsplats och ditt arbete. Kollegor syns bara om de har sagt ja. "
                            + "Den sista dagen lämnar du över till nästa person.",
                    "RELAY",
                    "Hur många inlägg om dagen gäller under din vecka?",
                    "Ett till tre|Minst fem|Så många du hinner",
                    "0",
                    "När får en kollega synas i dina inlägg?",
                    "Alltid, det är ju jobbet|Bara om kollegan har sagt ja|Om ansiktet inte syns",
                    "1"
                },
                {
                    "Att prata med journalister",
                    "Alla medarbetare får uttala sig i sitt sakområde och har meddelarfrihet. Här får du tips om hur du "
                            + "förbereder dig inför en intervju, hur du håller dig till det du kan och när du ber "
                            + "kommunikationsavdelningen om hjälp. Du behöver aldrig be om lov för att prata med medier.",
                    "MEDIA"
                },
            },
            new String[][] {
                {
                    "linnea",
                    "Jag vill visa hur det är att jobba på en akutmottagning.",
                    "Akutsjukvård, Triage",
                    "svenska, engelska",
                    "linnea.akuten",
                    "linnea-strand",
                    "ACTIVE"
                },
                {
                    "ahmed",
                    "Fler borde se hur lagarbetet på akuten fungerar.",
                    "Akutmedicin, Forskning",
                    "svenska, arabiska, engelska",
                    "",
                    "ahmed-yusuf-md",
                    "ACTIVE"
                },
                {
                    "nils",
                    "Jag vill locka fler läkare till internmedicin.",
                    "Internmedicin, Handledning",
                    "svenska, engelska",
                    "",
                    "nils-bjork",
                    "ACTIVE"
                },
                {
                    "aisha",
                    "Jag vill berätta om vägen från undersköterska till sjuksköterska.",
                    "Vidareutbildning, Diabetesvård",
                    "svenska, somaliska",
                    "aisha.vardar",
                    "",
                    "ACTIVE"
                },
                {
                    "fatima",
                    "Primärvården är nära människor och det vill jag visa.",
                    "Distriktssköterska, Vaccination",
                    "svenska, arabiska",
                    "fatima_vc",
                    "",
                    "ACTIVE"
                },
                {
                    "sara",
                    "Psykiatrin behöver fler som vågar prata om den.",
                    "Psykisk hälsa, Samtalsterapi",
                    "svenska, engelska",
                    "sara.psykolog",
                    "sara-lindberg",
                    "ACTIVE"
                },
                {
                    "mikael",
                    "Ambulansen är ett fantastiskt jobb som få känner till.",
                    "Prehospital vård",
                    "svenska",
                    "mikael.ambulans",
                    "",
                    "ACTIVE"
                },
                {
                    "nadia",
                    "Labbet syns sällan men behövs i nästan varje vårdkedja.",
                    "Laboratoriemedicin, Kvalitet",
                    "svenska, persiska, engelska",
                    "nadia.labbet",
                    "nadia-rahimi",
                    "ACTIVE"
                },
                {
                    "oskar",
                    "Jag vill visa hur en dag i tandvården ser ut.",
                    "Tandvård, Barn och tänder",
                    "svenska",
                    "oskar.tand",
                    "",
                    "ACTIVE"
                },
                {
                    "amanda",
                    "Kollektivtrafiken knyter ihop regionen.",
                    "Trafikplanering, Hållbart resande",
                    "svenska, engelska",
                    "",
                    "amanda-strom",
                    "ACTIVE"
                },
                {
                    "ronja",
                    "Biblioteken är regionens vardagsrum.",
                    "Bibliotek, Läsfrämjande",
                    "svenska, finska",
                    "ronja.bibblan",
                    "",
                    "ACTIVE"
                },
                {
                    "leila",
                    "Jag möter resenärerna varje dag och vill berätta om det.",
                    "Kundservice, Tillgänglighet",
                    "svenska, arabiska, engelska",
                    "",
                    "",
                    "ACTIVE"
                },
                {"david", "Jag vill berätta om arbetet som skötare.", "Psykiatrisk vård", "svenska", "", "", "PAUSED"},
                {
                    "maria",
                    "Jag vill visa undersköterskans viktiga roll.",
                    "Omvårdnad",
                    "svenska, spanska",
                    "maria.usk",
                    "",
                    "APPLIED"
                },
                {
                    "elin",
                    "Fysioterapi i primärvården gör stor skillnad.",
                    "Rehabilitering, Träning",
                    "svenska, engelska",
                    "",
                    "elin-forsberg",
                    "APPLIED"
                },
                {
                    "henrik",
                    "Specialisttandvården är okänd för många.",
                    "Specialisttandvård",
                    "svenska",
                    "",
                    "",
                    "APPLIED"
                },
            },
            List.of("linnea", "mikael", "sara", "nadia", "aisha"),
            List.of("ahmed", "nils", "fatima", "oskar"),
            new String[] {"linnea", "mikael", "nadia", "sara"});

    static final Rows FJORDLAND = new Rows(
            "Rekrutteringskonsulent, Analytiker, EURES-rådgiver, Virksomhedskonsulent",
            "anne",
            "Velkommen!",
            new String[][] {
                {
                    "Grundlæggende om sociale medier",
                    "Som ambassadør fortæller du om dit arbejde i dine egne kanaler. Husk, at du altid er privatperson "
                            + "i dine kanaler, men at det, du skriver om jobbet, afspejler os som arbejdsplads. Vis gerne, "
                            + "hvad du laver, og hvorfor det betyder noget. Skriv aldrig om borgere eller sager, der er fortrolige.",
                    "AMBASSADOR,RELAY",
                    "Hvad må du aldrig dele på sociale medier?",
                    "Billeder fra julefrokosten|Oplysninger om borgere og deres sager|At du er glad for dit job",
                    "1"
                },
                {
                    "Ugens instagrammer",
                    "I din uge har du ansvaret for vores Instagramkonto. Præsenter dig selv den første dag, læg mindst ét og "
                            + "højst tre opslag op om dagen, og vis din arbejdsplads og dit arbejde. Kolleger må kun ses, hvis de "
                            + "har sagt ja. Den sidste dag giver du stafetten videre.",
                    "RELAY",
                    "Hvor mange opslag om dagen gælder i din uge?",
                    "Et til tre|Mindst fem|Så mange du kan nå",
                    "0",
                    "Hvornår må en kollega ses i dine opslag?",
                    "Altid, det er jo jobbet|Kun hvis kollegaen har sagt ja|Hvis ansigtet ikke kan ses",
                    "1"
                },
                {
                    "At tale med journalister",
                    "Alle medarbejdere må udtale sig om deres eget fagområde og har ytringsfrihed. Her får du gode råd om, "
                            + "hvordan du forbereder dig til et interview, holder dig til det, du ved, og hvornår du beder "
                            + "Kommunikation om hjælp. Du skal aldrig bede om lov til at tale med medierne.",
                    "MEDIA"
                },
            },
            new String[][] {
                {
                    "ahmad",
                    "Jeg vil vise, hvordan vi hjælper virksomheder med at finde de rigtige medarbejdere.",
                    "Rekruttering, Jobmesser",
                    "dansk, engelsk, persisk",
                    "ahmad.rekrutterer",
                    "ahmad-karimi",
                    "ACTIVE"
                },
                {
                    "ida",
                    "Tal om arbejdsmarkedet kan være spændende, og det vil jeg gerne vise.",
                    "Analyse, Ledighedstal",
                    "dansk, engelsk",
                    "",
                    "ida-christiansen",
                    "ACTIVE"
                },
                {
                    "rasmus",
                    "Jobcentrene gør en stor forskel for ledige, og det fortjener flere at se.",
                    "Jobcentre, Unge uden job",
                    "dansk",
                    "rasmus.jobcenter",
                    "",
                    "ACTIVE"
                },
                {
                    "emil",
                    "Jeg møder virksomhederne ude i hele regionen og vil fortælle om det.",
                    "Virksomhedskontakt, Bygge og anlæg",
                    "dansk, tysk",
                    "emil.paa.farten",
                    "emil-frederiksen",
                    "ACTIVE"
                },
                {
                    "mikkel",
                    "Jeg vil gøre økonomi og prognoser forståelige for alle.",
                    "Prognoser, Mangel på arbejdskraft",
                    "dansk, engelsk",
                    "",
                    "mikkel-poulsen",
                    "ACTIVE"
                },
                {
                    "nanna",
                    "International rekruttering åbner døre for både virksomheder og mennesker.",
                    "EURES, International rekruttering",
                    "dansk, engelsk, tysk",
                    "nanna.eures",
                    "nanna-berg",
                    "ACTIVE"
                },
                {
                    "freja",
                    "Jeg vil vise, hvad en virksomhedskonsulent laver.",
                    "Virksomhedsservice",
                    "dansk",
                    "",
                    "",
                    "PAUSED"
                },
                {
                    "lene",
                    "Jeg vil fortælle om samarbejdet med jobcentrene.",
                    "Jobcenterstøtte",
                    "dansk",
                    "lene.jobcenterstoette",
                    "",
                    "APPLIED"
                },
                {
                    "sofie",
                    "Analyserne bag beskæftigelsespolitikken er ukendte for mange.",
                    "Analyse, Ledelse",
                    "dansk, engelsk",
                    "",
                    "sofie-rasmussen",
                    "APPLIED"
                },
            },
            List.of("ahmad", "rasmus", "nanna", "emil"),
            List.of("ida", "mikkel"),
            new String[] {"ahmad", "nanna", "rasmus", "emil"});

    @PersistenceContext
    EntityManager em;

    @Inject
    OrganisationDemo organisationDemo;

    @Inject
    PortalSettings settings;

    @Override
    public String module() {
        return "ambassador";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Rows rows(DemoOrganisation organisation) {
        return Rows.of(organisation);
    }

    @Override
    public void loadRows(Rows rows) {
        settings.set(Ambassadors.SHORTAGE_SETTING, rows.shortage());
        settings.set(Ambassadors.FEW_SETTING, "1");
        LocalDateTime now = PortalTime.local(PortalTime.moment()).withNano(0);
        Person acceptor = person(rows.acceptor());
        List<TrainingModule> modules = new ArrayList<>();
        for (String[] row : rows.modules()) {
            modules.add(module(row));
        }

        Map<String, Ambassador> byName = new HashMap<>();
        for (String[] row : rows.ambassadors()) {
            List<ChannelPresence> channels = new ArrayList<>();
            if (!row[4].isEmpty()) {
                channels.add(new ChannelPresence(Channel.INSTAGRAM, row[4]));
            }
            if (!row[5].isEmpty()) {
                channels.add(new ChannelPresence(Channel.LINKEDIN, row[5]));
            }
            if (channels.isEmpty()) {
                channels.add(new ChannelPresence(Channel.FACEBOOK, null));
            }
            Person person = person(row[0]);
            Ambassador ambassador = Ambassador.apply(
                    person, new Ambassador.Profile(row[1], row[2], row[3], true, channels), at(now.minusDays(40)));
            if (!"APPLIED".equals(row[6])) {
                ambassador.accept(acceptor, rows.welcome(), at(now.minusDays(30)));
            }
            if ("PAUSED".equals(row[6])) {
                ambassador.pause();
            }
            em.persist(ambassador);
            byName.put(row[0], ambassador);
        }

        for (String name : rows.trainedInBoth()) {
            complete(byName.get(name), modules.get(0), now.minusDays(20));
            complete(byName.get(name), modules.get(1), now.minusDays(19));
        }
        for (String name : rows.trainedInBasics()) {
            complete(byName.get(name), modules.get(0), now.minusDays(15));
        }

        String[] relay = rows.relay();
        IsoWeek first = IsoWeek.of(PortalTime.today()).next();
        confirmed(first, byName.get(relay[0]), now);
        confirmed(first.next().next(), byName.get(relay[1]), now);
        IsoWeek fourth = first.next().next().next();
        RelayWeek waiting = new RelayWeek(fourth);
        em.persist(waiting);
        em.persist(waiting.request(byName.get(relay[2]), true, at(now)));
        confirmed(fourth.next(), byName.get(relay[3]), now);
    }

    private void confirmed(IsoWeek week, Ambassador ambassador, LocalDateTime now) {
        RelayWeek relayWeek = new RelayWeek(week);
        em.persist(relayWeek);
        RelayRequest request = relayWeek.request(ambassador, true, at(now.minusDays(10)));
        em.persist(request);
        relayWeek.confirm(request, at(now.minusDays(9)));
    }

    private void complete(Ambassador ambassador, TrainingModule module, LocalDateTime at) {
        em.persist(new TrainingCompletion(ambassador, module, at(at)));
    }

    /** A wall-clock time of the demo's plan in the portal's zone, as the moment the entities record. */
    private static Instant at(LocalDateTime wallClock) {
        return PortalTime.typed(wallClock);
    }

    /** A module from its row: title, content, purposes, then three columns per quiz question. */
    private TrainingModule module(String[] row) {
        EnumSet<Purpose> purposes = EnumSet.noneOf(Purpose.class);
        for (String purpose : row[2].split(",")) {
            purposes.add(Purpose.valueOf(purpose));
        }
        List<QuizQuestion.Draft> questions = new ArrayList<>();
        for (int i = 3; i + 2 < row.length; i += 3) {
            questions.add(
                    new QuizQuestion.Draft(row[i], List.of(row[i + 1].split("\\|")), Integer.valueOf(row[i + 2])));
        }
        TrainingModule module = new TrainingModule(row[0], row[1], purposes);
        module.changeQuiz(questions, null);
        em.persist(module);
        return module;
    }

    private Person person(String username) {
        return organisationDemo.person(username);
    }
}
