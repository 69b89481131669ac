package se.ambassadorsportalen.press.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.ambassadorsportalen.organisation.demo.OrganisationDemo;
import se.ambassadorsportalen.organisation.entity.Person;
import se.ambassadorsportalen.platform.demo.DemoContent;
import se.ambassadorsportalen.platform.demo.DemoOrganisation;
import se.ambassadorsportalen.platform.time.PortalTime;
import se.ambassadorsportalen.press.control.PressTime;
import se.ambassadorsportalen.press.entity.Inquiry;
import se.ambassadorsportalen.press.entity.InquiryChannel;
import se.ambassadorsportalen.press.entity.OnCallShift;
import se.ambassadorsportalen.press.entity.Spokesperson;
import se.ambassadorsportalen.press.entity.SpokespersonKind;
import se.ambassadorsportalen.press.entity.Topic;

/**
 * The demo press desk of Region Fjällmark: a topic vocabulary with synonyms, forty spokespeople of
 * all four kinds (two of them away this week, with deputies), an on-call rota for evenings and
 * weekends, the standard routing rules, and twenty inquiries in every status, some overdue.
 * Times are relative to the day the demo is loaded, so "this week" stays this week.
 */
@ApplicationScoped
public class PressDemo implements DemoContent.ForEveryOrganisation {

    /** The two communicators who coordinate the press contacts. */
    private static final Set<String> COORDINATORS = Set.of("sofia", "petra");

    @PersistenceContext
    EntityManager em;

    @Inject
    OrganisationDemo organisationDemo;

    private final Map<String, Topic> topics = new HashMap<>();
    private Set<String> coordinators = COORDINATORS;
    private final Map<String, Spokesperson> people = new HashMap<>();

    @Override
    public String module() {
        return "press";
    }

    @Override
    public int order() {
        return 40;
    }

    /**
     * Beskæftigelsesregion Fjordland's press desk from its rows: topics with synonyms, its
     * spokespeople and a dozen inquiries in every status (no on-call rota: a small press office).
     */
    @Override
    public void loadOther(DemoOrganisation organisation) {
        topics.clear();
        people.clear();
        coordinators = Set.of("kasper", "louise");
        loadTopics(FJORDLAND_TOPICS);
        loadSpokespeople(FJORDLAND_SPOKESPEOPLE);
        deputy("louise", "kasper");
        deputy("birgit", "jens");
        deputy("winther", "juhl");
        loadInquiries(PressTime.wallClockNow().withSecond(0).withNano(0), FJORDLAND_INQUIRIES);
    }

    // code, name, area, synonyms...
    static final String[][] FJORDLAND_TOPICS = {
        {"ledighed", "Ledighed", "AMA", "ledige", "arbejdsløshed", "ledighedstal", "dagpenge"},
        {"beskaeftigelse", "Beskæftigelse og arbejdsmarked", "AMA", "beskæftigelsen", "arbejdsmarkedet", "job"},
        {"analyser", "Analyser og prognoser", "AMA", "analyse", "prognose", "tal", "statistik"},
        {"jobcentre", "Jobcentrenes indsats", "AMA", "jobcenter", "jobcentret", "indsats", "aktivering"},
        {"mangel", "Mangel på arbejdskraft", "VIS", "flaskehals", "rekrutteringsproblemer", "mangel"},
        {"rekruttering", "Rekruttering til virksomheder", "VIS", "rekruttering", "virksomheder", "stillinger"},
        {"udenlandsk", "Udenlandsk arbejdskraft", "VIS", "eures", "international", "udlændinge"},
        {"uddannelse", "Opkvalificering og uddannelse", "VIS", "voksenuddannelse", "kurser", "efteruddannelse"},
        {"unge", "Unge uden job", "AMA", "unge", "ungdomsledighed"},
        {"raadet", "Det Regionale Arbejdsmarkedsråd", "DIR", "rar", "arbejdsmarkedsrådet", "rådet"},
        {"organisation", "Beskæftigelsesregionen som arbejdsplads", "DIR", "medarbejdere", "budget", "ledelse"},
    };

    static final String[][] FJORDLAND_SPOKESPEOPLE = {
        {
            "winther",
            "elected:Bente Winther",
            "ELECTED_OFFICIAL",
            "Formand for Det Regionale Arbejdsmarkedsråd",
            "DIR",
            "raadet,mangel,uddannelse",
            "dansk, engelsk",
            "y"
        },
        {
            "juhl",
            "elected:Niels Juhl",
            "ELECTED_OFFICIAL",
            "Næstformand for Det Regionale Arbejdsmarkedsråd",
            "DIR",
            "raadet",
            "dansk",
            "n"
        },
        {"birgit", "birgit", "MANAGER", "Regionsdirektør", "DIR", "organisation,beskaeftigelse", "dansk, engelsk", "y"},
        {
            "jens",
            "jens",
            "MANAGER",
            "Vicedirektør, Arbejdsmarked og analyse",
            "AMA",
            "ledighed,jobcentre,unge",
            "dansk",
            "y"
        },
        {
            "karen",
            "karen",
            "MANAGER",
            "Vicedirektør, Virksomhedsservice",
            "VIS",
            "rekruttering,mangel",
            "dansk, engelsk",
            "n"
        },
        {"sofie", "sofie", "EXPERT", "Analysechef", "AMA", "analyser,ledighed,beskaeftigelse", "dansk, engelsk", "y"},
        {"mikkel", "mikkel", "EXPERT", "Seniorøkonom", "AMA", "analyser,unge", "dansk", "n"},
        {"nanna", "nanna", "EXPERT", "EURES-rådgiver", "VIS", "udenlandsk", "dansk, engelsk, tysk", "n"},
        {"kasper", "kasper", "COMMUNICATIONS", "Kommunikationschef", "DIR", "organisation", "dansk, engelsk", "y"},
        {"louise", "louise", "COMMUNICATIONS", "Pressechef", "DIR", "", "dansk, engelsk", "y"},
    };

    @Override
    public void load() {
        topics.clear();
        people.clear();
        coordinators = COORDINATORS;
        loadTopics(FJALLMARK_TOPICS);
        loadSpokespeople();
        LocalDateTime now = PressTime.wallClockNow().withSecond(0).withNano(0);
        loadAbsencesAndRota(now);
        loadInquiries(now, FJALLMARK_INQUIRIES);
    }

    // code, name, area, synonyms...
    private static final String[][] FJALLMARK_TOPICS = {
        {"akutvard", "Akutvård", "HSF", "akuten", "akutmottagning", "väntetid"},
        {"vardkoer", "Vårdköer", "HSF", "vårdkö", "vårdgaranti", "köer", "väntelista"},
        {"primarvard", "Primärvård och vårdcentraler", "HSF", "vårdcentral", "husläkare", "distriktsläkare"},
        {"psykiatri", "Psykiatri", "HSF", "psykisk ohälsa", "psykiatrin", "bup"},
        {"ambulans", "Ambulanssjukvård", "HSF", "ambulans", "larmsamtal"},
        {"laboratorium", "Laboratoriemedicin", "HSF", "provsvar", "labbet", "laboratorie"},
        {"forlossning", "Förlossningsvård", "HSF", "förlossning", "barnmorska", "bb"},
        {"vaccination", "Vaccination", "HSF", "vaccin", "influensa"},
        {"bemanning-vard", "Bemanning i vården", "HSF", "sjuksköterskebrist", "hyrpersonal", "bemanning"},
        {"vardplatser", "Vårdplatser", "HSF", "vårdplats", "överbeläggning", "platsbrist"},
        {"folktandvard", "Folktandvården", "FTV", "tandvård", "tandläkare", "tandhygienist"},
        {"barntandvard", "Barn- och ungdomstandvård", "FTV", "barntandvård", "tandreglering"},
        {"tandvardsavgifter", "Avgifter i tandvården", "FTV", "tandvårdsavgift", "avgift", "frikort"},
        {"specialisttandvard", "Specialisttandvård", "FTV", "käkkirurgi", "specialisttandvård"},
        {"busstrafik", "Busstrafik", "KTF", "buss", "busslinje", "hållplats"},
        {"tagtrafik", "Tågtrafik", "KTF", "tåg", "regionaltåg", "pendeltåg"},
        {"fardtjanst", "Färdtjänst och sjukresor", "KTF", "färdtjänst", "sjukresa"},
        {"biljetter", "Biljetter och priser", "KTF", "biljett", "månadskort", "zonpris", "taxa"},
        {"trafikstorningar", "Trafikstörningar", "KTF", "inställd", "försenad", "störning", "förseningar"},
        {"kultur", "Kultur", "RUF", "kulturstöd", "teater", "museum", "konst"},
        {"bibliotek", "Bibliotek", "RUF", "biblioteket", "läsfrämjande"},
        {"regional-utveckling", "Regional utveckling", "RUF", "näringsliv", "tillväxt", "landsbygd"},
        {"folkhogskola", "Folkhögskolor", "RUF", "folkhögskola"},
        {"budget", "Regionens budget och skatt", "RLF", "regionbudget", "skatt", "skattehöjning", "ekonomi"},
        {"personal", "Personal och arbetsmiljö", "RLF", "arbetsmiljö", "löner", "rekrytering", "anställda"},
        {"it-sakerhet", "It-säkerhet", "RLF", "it-attack", "dataintrång", "cyberattack", "driftstörning"},
        {"krisberedskap", "Krisberedskap", "RLF", "kris", "beredskap", "krisledning"},
    };

    private void loadTopics(String[][] rows) {
        for (String[] row : rows) {
            topic(row[0], row[1], row[2], Arrays.copyOfRange(row, 3, row.length));
        }
    }

    private void topic(String code, String name, String area, String... synonyms) {
        Topic topic = new Topic(code, name, area, synonyms);
        em.persist(topic);
        topics.put(code, topic);
    }

    private void loadSpokespeople() {
        loadSpokespeople(FJALLMARK_SPOKESPEOPLE);
        deputy("frisk", "lund");
        deputy("wallin", "palm");
        deputy("birgitta", "gustav");
        deputy("ingrid", "karin");
        deputy("lars", "ingrid");
        deputy("ulrika", "viktor");
        deputy("stina", "adam");
        deputy("sofia", "petra");
        deputy("rydén", "frisk");
        deputy("bergqvist", "wallin");
    }

    // key, username or "elected:First Last", kind, title, areas, topics, languages, media trained
    private static final String[][] FJALLMARK_SPOKESPEOPLE = {
        {
            "wallin",
            "elected:Gunnar Wallin",
            "ELECTED_OFFICIAL",
            "Regionstyrelsens ordförande",
            "RLF,RUF",
            "budget,personal,krisberedskap,regional-utveckling",
            "svenska, engelska",
            "y"
        },
        {
            "frisk",
            "elected:Marianne Frisk",
            "ELECTED_OFFICIAL",
            "Ordförande i hälso- och sjukvårdsnämnden",
            "HSF",
            "akutvard,vardkoer,primarvard,psykiatri,vardplatser,bemanning-vard",
            "svenska",
            "y"
        },
        {
            "rydén",
            "elected:Tomas Rydén",
            "ELECTED_OFFICIAL",
            "Ordförande i tandvårdsnämnden",
            "FTV",
            "folktandvard,barntandvard,tandvardsavgifter,specialisttandvard",
            "svenska",
            "y"
        },
        {
            "bergqvist",
            "elected:Anna-Lena Bergqvist",
            "ELECTED_OFFICIAL",
            "Ordförande i kollektivtrafiknämnden",
            "KTF",
            "busstrafik,tagtrafik,fardtjanst,biljetter",
            "svenska, finska",
            "y"
        },
        {
            "osman",
            "elected:Samir Osman",
            "ELECTED_OFFICIAL",
            "Ordförande i kultur- och utbildningsnämnden",
            "RUF",
            "kultur,bibliotek,folkhogskola",
            "svenska, arabiska, engelska",
            "n"
        },
        {
            "lund",
            "elected:Eva-Karin Lund",
            "ELECTED_OFFICIAL",
            "Vice ordförande i hälso- och sjukvårdsnämnden",
            "HSF",
            "akutvard,vardkoer,primarvard",
            "svenska",
            "y"
        },
        {
            "palm",
            "elected:Jörgen Palm",
            "ELECTED_OFFICIAL",
            "Förste vice ordförande i regionstyrelsen",
            "RLF",
            "budget,personal",
            "svenska, engelska",
            "n"
        },
        {"lars", "lars", "MANAGER", "Regiondirektör", "RLF", "krisberedskap,budget", "svenska, engelska", "y"},
        {
            "ingrid",
            "ingrid",
            "MANAGER",
            "Hälso- och sjukvårdsdirektör",
            "HSF",
            "vardkoer,vardplatser,bemanning-vard",
            "svenska, engelska",
            "y"
        },
        {"birgitta", "birgitta", "MANAGER", "Tandvårdsdirektör", "FTV", "folktandvard,tandvardsavgifter", "svenska", "y"
        },
        {
            "ulrika",
            "ulrika",
            "MANAGER",
            "Trafikdirektör",
            "KTF",
            "busstrafik,tagtrafik,biljetter",
            "svenska, engelska",
            "y"
        },
        {"stina", "stina", "MANAGER", "Kulturdirektör", "RUF", "kultur,regional-utveckling", "svenska", "y"},
        {"karin", "karin", "MANAGER", "Enhetschef, Akutmottagningen Älvstad", "HSF", "akutvard", "svenska", "y"},
        {
            "erik",
            "erik",
            "MANAGER",
            "Verksamhetschef, Vårdcentralen Norrby",
            "HSF",
            "primarvard,vaccination",
            "svenska",
            "n"
        },
        {"anders", "anders", "MANAGER", "Enhetschef, Psykiatriska mottagningen", "HSF", "psykiatri", "svenska", "y"},
        {"helena", "helena", "MANAGER", "Ambulanschef", "HSF", "ambulans", "svenska", "y"},
        {"tobias", "tobias", "MANAGER", "Enhetschef, Laboratoriemedicin", "HSF", "laboratorium", "svenska", "n"},
        {"magnus", "magnus", "MANAGER", "Enhetschef, Medicinavdelning 3", "HSF", "vardplatser", "svenska", "n"},
        {
            "gustav",
            "gustav",
            "MANAGER",
            "Klinikchef, Folktandvården Centrum",
            "FTV",
            "folktandvard,barntandvard",
            "svenska",
            "y"
        },
        {"lina", "lina", "MANAGER", "Klinikchef, Folktandvården Åby", "FTV", "folktandvard,barntandvard", "svenska", "n"
        },
        {
            "cecilia",
            "cecilia",
            "MANAGER",
            "Specialisttandläkare, chef Specialisttandvården",
            "FTV",
            "specialisttandvard",
            "svenska, engelska",
            "n"
        },
        {"viktor", "viktor", "MANAGER", "Planeringschef", "KTF", "busstrafik,tagtrafik,trafikstorningar", "svenska", "y"
        },
        {"patrik", "patrik", "MANAGER", "Kundcenterchef", "KTF", "biljetter,fardtjanst,trafikstorningar", "svenska", "n"
        },
        {
            "adam",
            "adam",
            "MANAGER",
            "Enhetschef, Kultur och bildning",
            "RUF",
            "kultur,bibliotek,folkhogskola",
            "svenska",
            "n"
        },
        {"johan", "johan", "MANAGER", "HR-chef", "RLF", "personal", "svenska", "y"},
        {"omar", "omar", "MANAGER", "IT-chef", "RLF", "it-sakerhet", "svenska, engelska, arabiska", "y"},
        {
            "ahmed",
            "ahmed",
            "EXPERT",
            "Specialistläkare i akutsjukvård",
            "HSF",
            "akutvard",
            "svenska, engelska, somaliska",
            "y"
        },
        {"nils", "nils", "EXPERT", "Överläkare, internmedicin", "HSF", "vardplatser", "svenska", "n"},
        {"jonas", "jonas", "EXPERT", "Allmänläkare", "HSF", "primarvard,vaccination", "svenska", "n"},
        {"sara", "sara", "EXPERT", "Psykolog", "HSF", "psykiatri", "svenska, engelska", "y"},
        {"nadia", "nadia", "EXPERT", "Biomedicinsk analytiker", "HSF", "laboratorium", "svenska, persiska", "n"},
        {"mikael", "mikael", "EXPERT", "Ambulanssjuksköterska", "HSF", "ambulans", "svenska", "n"},
        {"julia", "julia", "EXPERT", "Barnmorska", "HSF", "forlossning", "svenska, engelska", "y"},
        {"yasmin", "yasmin", "EXPERT", "Tandläkare", "FTV", "folktandvard,barntandvard", "svenska, turkiska", "y"},
        {"rasmus", "rasmus", "EXPERT", "Tandläkare", "FTV", "folktandvard", "svenska", "n"},
        {"amanda", "amanda", "EXPERT", "Trafikplanerare", "KTF", "busstrafik,trafikstorningar", "svenska", "n"},
        {"ronja", "ronja", "EXPERT", "Bibliotekarie, läsfrämjande", "RUF", "bibliotek", "svenska", "n"},
        {
            "sofia",
            "sofia",
            "COMMUNICATIONS",
            "Kommunikationschef, samordnare för presskontakter",
            "RLF",
            "krisberedskap",
            "svenska, engelska",
            "y"
        },
        {"petra", "petra", "COMMUNICATIONS", "Presschef", "RLF", "", "svenska, engelska", "y"},
        {"klara", "klara", "COMMUNICATIONS", "Kommunikatör, pressjour", "RLF", "", "svenska, engelska", "y"},
        {"mats", "mats", "COMMUNICATIONS", "Webbredaktör, pressjour", "RLF", "", "svenska", "y"},
    };

    /** Loads spokespeople from rows (see the columns above); coordinators are the organisation's press coordinators. */
    private void loadSpokespeople(String[][] rows) {
        for (String[] row : rows) {
            Person person = row[1].startsWith("elected:")
                    ? organisationDemo.electedOfficial(row[1].substring("elected:".length()))
                    : organisationDemo.person(row[1]);
            Spokesperson spokesperson = new Spokesperson(person, SpokespersonKind.valueOf(row[2]), row[3]);
            spokesperson.setAreaCodes(Arrays.asList(row[4].split(",")));
            Set<Topic> covered = new LinkedHashSet<>();
            for (String code : row[5].split(",")) {
                if (!code.isBlank()) {
                    covered.add(topics.get(code));
                }
            }
            spokesperson.setTopics(covered);
            spokesperson.describe(row[3], row[6], "y".equals(row[7]), coordinators.contains(row[0]));
            if (spokesperson.getKind() == SpokespersonKind.ELECTED_OFFICIAL) {
                spokesperson.setOfficeHours(
                        EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(8, 0), LocalTime.of(19, 0));
            }
            em.persist(spokesperson);
            people.put(row[0], spokesperson);
        }
    }

    private void deputy(String who, String deputy) {
        people.get(who).setDeputy(people.get(deputy));
    }

    /** A wall-clock time of the demo's rota or log as the instant the entities record. */
    private static Instant at(LocalDateTime wallClock) {
        return PortalTime.typed(wallClock);
    }

    private void loadAbsencesAndRota(LocalDateTime now) {
        LocalDate monday = now.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDateTime nextMonday = monday.plusWeeks(1).atTime(8, 0);
        people.get("frisk").addAbsence(at(monday.atStartOfDay()), at(nextMonday), "Konferens i Bryssel");
        people.get("birgitta").addAbsence(at(monday.atStartOfDay()), at(nextMonday), "Semester");
        people.get("ingrid")
                .addAbsence(
                        at(monday.plusWeeks(2).atStartOfDay()),
                        at(monday.plusWeeks(2).plusDays(3).atStartOfDay()),
                        "Utbildning");
        List<Spokesperson> rota = List.of(people.get("klara"), people.get("mats"), people.get("petra"));
        for (int week = -1; week < 5; week++) {
            Spokesperson onCall = rota.get(Math.floorMod(week, rota.size()));
            LocalDate weekStart = monday.plusWeeks(week);
            for (int day = 0; day < 4; day++) {
                LocalDate date = weekStart.plusDays(day);
                em.persist(new OnCallShift(
                        onCall, at(date.atTime(17, 0)), at(date.plusDays(1).atTime(8, 0))));
            }
            em.persist(new OnCallShift(
                    onCall,
                    at(weekStart.plusDays(4).atTime(17, 0)),
                    at(weekStart.plusDays(7).atTime(8, 0))));
        }
    }

    // journalist, outlet, channel, question, topics, received (hours ago), deadline (hours from receipt),
    // state (NEW/ASSIGNED/ANSWERED/DECLINED/CLOSED), assignee, answered (hours after receipt)
    private static final Object[][] FJALLMARK_INQUIRIES = {
        {
            "Lena Ahl",
            "Fjällmarks-Posten",
            "PHONE",
            "Hur långa är väntetiderna på akuten i Älvstad just nu?",
            "akutvard",
            2,
            6,
            "NEW",
            null,
            null
        },
        {
            "Johan Berglund",
            "Radio Fjällmark",
            "PHONE",
            "Stämmer det att vårdcentralen i Norrby stänger på kvällarna?",
            "primarvard",
            1,
            3,
            "NEW",
            null,
            null
        },
        {
            "Maja Ek",
            "Norrby Tidning",
            "EMAIL",
            "Hur många bussturer ställs in i vinter?",
            "trafikstorningar",
            30,
            24,
            "NEW",
            null,
            null
        },
        {
            "Kim Öst",
            "TV Norr",
            "PHONE",
            "Varför höjs avgifterna i tandvården?",
            "tandvardsavgifter",
            3,
            5,
            "ASSIGNED",
            "rydén",
            null
        },
        {
            "Sanna Lindell",
            "Fjällmarks-Posten",
            "EMAIL",
            "Hur går rekryteringen av sjuksköterskor?",
            "bemanning-vard",
            5,
            20,
            "ASSIGNED",
            "ingrid",
            null
        },
        {
            "Pär Holmgren",
            "Dagbladet Väst",
            "SOCIAL",
            "Vad händer med biblioteket i Åby?",
            "bibliotek",
            50,
            24,
            "ASSIGNED",
            "adam",
            null
        },
        {
            "Ida Rask",
            "Radio Fjällmark",
            "PHONE",
            "Hur drabbades regionen av it-störningen i helgen?",
            "it-sakerhet",
            26,
            4,
            "ASSIGNED",
            "omar",
            null
        },
        {
            "Lena Ahl",
            "Fjällmarks-Posten",
            "PHONE",
            "Hur många vårdplatser saknas på medicinkliniken?",
            "vardplatser",
            72,
            8,
            "ANSWERED",
            "ingrid",
            5
        },
        {
            "Omid Karimi",
            "Sveriges Radio",
            "PHONE",
            "Kommer vaccinationen mot influensa igång som planerat?",
            "vaccination",
            120,
            24,
            "ANSWERED",
            "erik",
            3
        },
        {
            "Helga Nord",
            "Norrby Tidning",
            "EMAIL",
            "Vilka tågavgångar påverkas av banarbetet?",
            "tagtrafik",
            200,
            48,
            "ANSWERED",
            "viktor",
            20
        },
        {
            "Kim Öst",
            "TV Norr",
            "PHONE",
            "Hur arbetar ambulansen i glesbygden?",
            "ambulans",
            300,
            24,
            "ANSWERED",
            "helena",
            30
        },
        {
            "Elsa Jonsson",
            "Tidningen Vård",
            "EMAIL",
            "Hur ser tillgången på barnmorskor ut i sommar?",
            "forlossning",
            400,
            72,
            "ANSWERED",
            "julia",
            40
        },
        {
            "Anton Blad",
            "Fjällmarks-Posten",
            "PHONE",
            "Vad kostar den nya biljettappen?",
            "biljetter",
            500,
            24,
            "ANSWERED",
            "patrik",
            6
        },
        {
            "Maja Ek",
            "Norrby Tidning",
            "PHONE",
            "Varför har regionen hyrpersonal på akuten?",
            "bemanning-vard",
            150,
            6,
            "DECLINED",
            "karin",
            null
        },
        {
            "Rune Sten",
            "Kvällsbladet",
            "PHONE",
            "Kan ni lämna ut namnet på patienten i går?",
            "akutvard",
            90,
            2,
            "DECLINED",
            "karin",
            null
        },
        {
            "Ida Rask",
            "Radio Fjällmark",
            "EMAIL",
            "Hur stort blir kulturstödet nästa år?",
            "kultur",
            600,
            48,
            "CLOSED",
            "stina",
            12
        },
        {
            "Omid Karimi",
            "Sveriges Radio",
            "PHONE",
            "Hur påverkas budgeten av skatteintäkterna?",
            "budget",
            640,
            24,
            "CLOSED",
            "wallin",
            10
        },
        {
            "Pär Holmgren",
            "Dagbladet Väst",
            "EMAIL",
            "Hur hanterar regionen krisberedskapen inför vintern?",
            "krisberedskap",
            700,
            72,
            "CLOSED",
            "lars",
            80
        },
        {
            "Sanna Lindell",
            "Fjällmarks-Posten",
            "PHONE",
            "Öppnar tandvården i Åby igen efter renoveringen?",
            "folktandvard",
            20,
            30,
            "ASSIGNED",
            "lina",
            null
        },
        {
            "Johan Berglund",
            "Radio Fjällmark",
            "PHONE",
            "Hur länge får man vänta på psykiatrin?",
            "psykiatri",
            96,
            48,
            "CLOSED",
            null,
            null
        },
    };

    // Beskæftigelsesregion Fjordland's inquiries, the same columns as Region Fjällmark's above
    static final Object[][] FJORDLAND_INQUIRIES = {
        {
            "Mads Kjær",
            "Fjordby Dagblad",
            "PHONE",
            "Hvor mange er ledige i regionen lige nu?",
            "ledighed",
            2,
            6,
            "NEW",
            null,
            null
        },
        {
            "Signe Vang",
            "DR Fjordland",
            "PHONE",
            "Hvorfor mangler virksomhederne faglærte?",
            "mangel",
            1,
            4,
            "NEW",
            null,
            null
        },
        {
            "Kim Bach",
            "Havnsø Avis",
            "EMAIL",
            "Hvor mange udenlandske medarbejdere er ansat via EURES i år?",
            "udenlandsk",
            30,
            48,
            "NEW",
            null,
            null
        },
        {
            "Signe Vang",
            "DR Fjordland",
            "PHONE",
            "Hvad siger den nye analyse om unge uden job?",
            "unge",
            4,
            6,
            "ASSIGNED",
            "sofie",
            null
        },
        {
            "Lars Holt",
            "Jyllands Erhverv",
            "EMAIL",
            "Hvordan hjælper I virksomhederne med at rekruttere?",
            "rekruttering",
            20,
            24,
            "ASSIGNED",
            "karen",
            null
        },
        {
            "Mads Kjær",
            "Fjordby Dagblad",
            "PHONE",
            "Hvad mener rådet om de nye regler for dagpenge?",
            "raadet",
            50,
            24,
            "ASSIGNED",
            "winther",
            null
        },
        {
            "Pia Lund",
            "Fagbladet Arbejde",
            "EMAIL",
            "Hvilke kurser tilbydes ledige i efteråret?",
            "uddannelse",
            120,
            48,
            "ANSWERED",
            "jens",
            10
        },
        {
            "Kim Bach",
            "Havnsø Avis",
            "PHONE",
            "Hvorfor stiger ledigheden i Havnsø?",
            "ledighed",
            200,
            8,
            "ANSWERED",
            "mikkel",
            5
        },
        {
            "Jonas Friis",
            "TV Fjord",
            "PHONE",
            "Hvordan har jobcentrene det med de nye krav?",
            "jobcentre",
            300,
            24,
            "ANSWERED",
            "jens",
            20
        },
        {
            "Lars Holt",
            "Jyllands Erhverv",
            "PHONE",
            "Kan I oplyse navnet på den virksomhed, der fyrede 40 i går?",
            "rekruttering",
            90,
            2,
            "DECLINED",
            "karen",
            null
        },
        {
            "Pia Lund",
            "Fagbladet Arbejde",
            "EMAIL",
            "Hvordan ser budgettet ud for næste år?",
            "organisation",
            600,
            72,
            "CLOSED",
            "birgit",
            30
        },
        {
            "Jonas Friis",
            "TV Fjord",
            "PHONE",
            "Hvilke prognoser har I for beskæftigelsen til sommer?",
            "beskaeftigelse",
            640,
            48,
            "CLOSED",
            null,
            null
        },
    };

    private void loadInquiries(LocalDateTime now, Object[][] rows) {
        for (Object[] row : rows) {
            LocalDateTime received = now.minusHours((Integer) row[5]);
            Inquiry inquiry = Inquiry.receivedEarlier(
                    (String) row[0],
                    (String) row[1],
                    InquiryChannel.valueOf((String) row[2]),
                    (String) row[3],
                    List.of((String) row[4]),
                    at(received),
                    at(received.plusHours((Integer) row[6])));
            if (row[8] != null) {
                Spokesperson assignee = people.get((String) row[8]);
                inquiry.assign(assignee);
                inquiry.noteRouting(assignee, assignee.getDisplayName() + ": " + assignee.getTitle());
            }
            switch ((String) row[7]) {
                case "ANSWERED" -> inquiry.answer(at(received.plusHours((Integer) row[9])));
                case "DECLINED" -> inquiry.decline();
                case "CLOSED" -> {
                    if (row[9] != null) {
                        inquiry.answer(at(received.plusHours((Integer) row[9])));
                    }
                    inquiry.close();
                }
                default -> {
                    // NEW and ASSIGNED stay open
                }
            }
            em.persist(inquiry);
        }
    }
}
