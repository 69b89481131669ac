package se.ambassadorsportalen.ambassador.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
import se.ambassadorsportalen.platform.layout.PortalSettings;
import se.ambassadorsportalen.platform.time.PortalTime;

/**
 * Demo ambassadors across professions, towns and administrations (active, applied, one paused),
 * three training modules with completions, and a relay rota for the coming weeks with confirmed
 * weeks, a request waiting and gaps. Eva, Magnus, Klara and the other demo users with roles are
 * left out, so the sign-up journey can start from nothing.
 */
@ApplicationScoped
public class AmbassadorDemo implements DemoContent {

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
    public void load() {
        settings.set(
                Ambassadors.SHORTAGE_SETTING,
                "Sjuksköterska, Tandläkare, Barnmorska, Psykolog, Biomedicinsk analytiker, Ambulanssjuksköterska");
        settings.set(Ambassadors.FEW_SETTING, "1");
        LocalDateTime now = PortalTime.now();
        Person klara = person("klara");

        TrainingModule basics = module(
                "Grunder i sociala medier",
                "Du som ambassadör berättar om ditt arbete i dina egna kanaler. Tänk på att du alltid är en privatperson "
                        + "i dina kanaler, men att det du skriver om jobbet speglar oss som arbetsgivare. Visa gärna vad du "
                        + "gör och varför det betyder något. Skriv aldrig om patienter eller annat som omfattas av sekretess.",
                EnumSet.of(Purpose.AMBASSADOR, Purpose.RELAY),
                new QuizQuestion.Draft(
                        "Vad får du aldrig dela i sociala medier?",
                        List.of("Bilder från personalfesten", "Uppgifter om patienter", "Att du trivs på jobbet"),
                        1));
        TrainingModule relay = module(
                "Veckans instagrammare",
                "Under din vecka sköter du vårt Instagramkonto. Presentera dig första dagen, lägg upp minst ett och högst "
                        + "tre inlägg om dagen, visa din arbetsplats och ditt arbete. Kollegor syns bara om de har sagt ja. "
                        + "Den sista dagen lämnar du över till nästa person.",
                EnumSet.of(Purpose.RELAY),
                new QuizQuestion.Draft(
                        "Hur många inlägg om dagen gäller under din vecka?",
                        List.of("Ett till tre", "Minst fem", "Så många du hinner"),
                        0),
                new QuizQuestion.Draft(
                        "När får en kollega synas i dina inlägg?",
                        List.of("Alltid, det är ju jobbet", "Bara om kollegan har sagt ja", "Om ansiktet inte syns"),
                        1));
        module(
                "Att prata med journalister",
                "Alla medarbetare får uttala sig i sitt sakområde och har meddelarfrihet. Här får du tips om hur du "
                        + "förbereder dig inför en intervju, hur du håller dig till det du kan och när du ber "
                        + "kommunikationsavdelningen om hjälp. Du behöver aldrig be om lov för att prata med medier.",
                EnumSet.of(Purpose.MEDIA));

        // username, motivation, topics, languages, instagram handle, linkedin handle, state
        String[][] rows = {
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
            {"henrik", "Specialisttandvården är okänd för många.", "Specialisttandvård", "svenska", "", "", "APPLIED"},
        };
        Map<String, Ambassador> byName = new HashMap<>();
        for (String[] row : rows) {
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
                    person, new Ambassador.Profile(row[1], row[2], row[3], true, channels), now.minusDays(40));
            if (!"APPLIED".equals(row[6])) {
                ambassador.accept(klara, "Välkommen!", now.minusDays(30));
            }
            if ("PAUSED".equals(row[6])) {
                ambassador.pause();
            }
            em.persist(ambassador);
            byName.put(row[0], ambassador);
        }

        for (String name : List.of("linnea", "mikael", "sara", "nadia", "aisha")) {
            complete(byName.get(name), basics, now.minusDays(20));
            complete(byName.get(name), relay, now.minusDays(19));
        }
        for (String name : List.of("ahmed", "nils", "fatima", "oskar")) {
            complete(byName.get(name), basics, now.minusDays(15));
        }

        IsoWeek first = IsoWeek.of(PortalTime.today()).next();
        confirmed(first, byName.get("linnea"), now);
        confirmed(first.next().next(), byName.get("mikael"), now);
        IsoWeek fourth = first.next().next().next();
        RelayWeek waiting = new RelayWeek(fourth);
        em.persist(waiting);
        em.persist(waiting.request(byName.get("nadia"), true, now));
        confirmed(fourth.next(), byName.get("sara"), now);
    }

    private void confirmed(IsoWeek week, Ambassador ambassador, LocalDateTime now) {
        RelayWeek relayWeek = new RelayWeek(week);
        em.persist(relayWeek);
        RelayRequest request = relayWeek.request(ambassador, true, now.minusDays(10));
        em.persist(request);
        relayWeek.confirm(request, now.minusDays(9));
    }

    private void complete(Ambassador ambassador, TrainingModule module, LocalDateTime at) {
        em.persist(new TrainingCompletion(ambassador, module, at));
    }

    private TrainingModule module(
            String title, String content, EnumSet<Purpose> purposes, QuizQuestion.Draft... questions) {
        TrainingModule module = new TrainingModule(title, content, purposes);
        module.changeQuiz(List.of(questions), null);
        em.persist(module);
        return module;
    }

    private Person person(String username) {
        return organisationDemo.person(username);
    }
}
