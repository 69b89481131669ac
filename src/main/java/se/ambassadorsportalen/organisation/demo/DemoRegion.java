package se.ambassadorsportalen.organisation.demo;

import java.util.List;
import se.ambassadorsportalen.organisation.entity.OrganisationProfile;
import se.ambassadorsportalen.platform.demo.DemoOrganisation;

/**
 * The rows of a demo organisation, which {@link OrganisationDemo} loads the same way for each: its
 * profile, administrations and units (code, name, parent code or empty, headcount), people
 * (username, first, last, unit, profession, town, title, roles beyond EMPLOYEE, the unit they
 * manage) and elected officials (first, last, assignment). Unit codes are stable so other modules'
 * demo content can find their places.
 */
public record DemoRegion(
        OrganisationProfile.Details profile,
        String emailDomain,
        String electedEmailDomain,
        String phonePrefix,
        String[][] units,
        String[][] people,
        String[][] elected) {

    public static DemoRegion of(DemoOrganisation organisation) {
        return switch (organisation) {
            case FJALLMARK -> FJALLMARK;
            case FJORDLAND -> FJORDLAND;
        };
    }

    String name() {
        return profile.name();
    }

    private static final String[][] FJALLMARK_PEOPLE = {
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

    private static final String[][] FJALLMARK_ELECTED = {
        {"Gunnar", "Wallin", "Regionstyrelsens ordförande"},
        {"Marianne", "Frisk", "Ordförande i hälso- och sjukvårdsnämnden"},
        {"Tomas", "Rydén", "Ordförande i tandvårdsnämnden"},
        {"Anna-Lena", "Bergqvist", "Ordförande i kollektivtrafiknämnden"},
        {"Samir", "Osman", "Ordförande i kultur- och utbildningsnämnden"},
    };

    /** Region Fjällmark: five administrations, fifteen units, fifty employees, five elected officials. */
    static final DemoRegion FJALLMARK = new DemoRegion(
            new OrganisationProfile.Details(
                    "Region Fjällmark",
                    "#0b3d91",
                    OrganisationProfile.WHITE,
                    "#0b5cad",
                    "kontakt@fjallmark.example",
                    "press@fjallmark.example",
                    null,
                    "https://jobb.fjallmark.example",
                    List.of("sv", "en"),
                    "sv"),
            "fjallmark.example",
            "politik.fjallmark.example",
            "010-",
            new String[][] {
                {"RLF", "Regionledningsförvaltningen", "", "0"},
                {"HSF", "Hälso- och sjukvårdsförvaltningen", "", "0"},
                {"FTV", "Folktandvården", "", "0"},
                {"KTF", "Kollektivtrafikförvaltningen", "", "0"},
                {"RUF", "Regional utveckling och kultur", "", "0"},
                {"RLF-KOM", "Kommunikationsenheten", "RLF", "12"},
                {"RLF-HR", "HR-enheten", "RLF", "18"},
                {"RLF-IT", "IT-enheten", "RLF", "40"},
                {"HSF-AKUT", "Akutmottagningen Älvstad", "HSF", "95"},
                {"HSF-MED3", "Medicinavdelning 3", "HSF", "48"},
                {"HSF-VCN", "Vårdcentralen Norrby", "HSF", "30"},
                {"HSF-PSY", "Psykiatriska mottagningen", "HSF", "26"},
                {"HSF-AMB", "Ambulanssjukvården", "HSF", "60"},
                {"HSF-LAB", "Laboratoriemedicin", "HSF", "35"},
                {"FTV-CEN", "Folktandvården Centrum", "FTV", "22"},
                {"FTV-ABY", "Folktandvården Åby", "FTV", "14"},
                {"FTV-SPEC", "Specialisttandvården", "FTV", "19"},
                {"KTF-PLAN", "Trafikplanering", "KTF", "16"},
                {"KTF-KUND", "Kundcenter", "KTF", "25"},
                {"RUF-KUL", "Kultur och bildning", "RUF", "21"},
            },
            FJALLMARK_PEOPLE,
            FJALLMARK_ELECTED);

    /**
     * Beskæftigelsesregion Fjordland: a Danish employment region (labour-market analysis, support to
     * the job centres, recruitment service for employers), in Danish with English beside it; three
     * areas, eight units, twenty employees and the regional labour-market council's chair and vice chair.
     */
    static final DemoRegion FJORDLAND = new DemoRegion(
            new OrganisationProfile.Details(
                    "Beskæftigelsesregion Fjordland",
                    "#0f4c5c",
                    OrganisationProfile.WHITE,
                    "#9b2c2c",
                    "kontakt@fjordland.example",
                    "presse@fjordland.example",
                    "+45 70 20 30 40",
                    "https://job.fjordland.example",
                    List.of("da", "en"),
                    "da"),
            "fjordland.example",
            "rar.fjordland.example",
            "+45 72 ",
            new String[][] {
                {"DIR", "Direktion og stab", "", "0"},
                {"AMA", "Arbejdsmarked og analyse", "", "0"},
                {"VIS", "Virksomhedsservice og rekruttering", "", "0"},
                {"DIR-KOM", "Kommunikation", "DIR", "6"},
                {"DIR-HR", "HR og organisation", "DIR", "5"},
                {"DIR-IT", "IT og digitalisering", "DIR", "8"},
                {"AMA-ANA", "Analyse og overvågning", "AMA", "12"},
                {"AMA-JOB", "Jobcenterstøtte", "AMA", "14"},
                {"VIS-REK", "Rekrutteringsservice Fjordby", "VIS", "16"},
                {"VIS-VIRK", "Virksomhedskontakt Havnsø", "VIS", "10"},
                {"VIS-EURES", "EURES og international rekruttering", "VIS", "6"},
            },
            new String[][] {
                {"mette", "Mette", "Kristensen", "VIS-REK", "Rekrutteringskonsulent", "Fjordby", "", "", ""},
                {"henrik", "Henrik", "Mortensen", "VIS-REK", "Teamleder", "Fjordby", "Teamleder", "MANAGER", "VIS-REK"},
                {
                    "louise",
                    "Louise",
                    "Holm",
                    "DIR-KOM",
                    "Kommunikationskonsulent",
                    "Fjordby",
                    "Pressechef",
                    "PRESS_OFFICER",
                    ""
                },
                {"camilla", "Camilla", "Jensen", "DIR-HR", "HR-konsulent", "Fjordby", "HR-partner", "HR", ""},
                {
                    "anne",
                    "Anne",
                    "Sørensen",
                    "DIR-KOM",
                    "Kommunikationskonsulent",
                    "Fjordby",
                    "Kommunikationskonsulent",
                    "COMMUNICATOR",
                    ""
                },
                {
                    "admin",
                    "Jonas",
                    "Petersen",
                    "DIR-IT",
                    "Systemadministrator",
                    "Fjordby",
                    "Systemadministrator",
                    "ADMIN",
                    ""
                },
                {
                    "birgit",
                    "Birgit",
                    "Lauridsen",
                    "DIR",
                    "Regionsdirektør",
                    "Fjordby",
                    "Regionsdirektør",
                    "MANAGER",
                    "DIR"
                },
                {
                    "kasper",
                    "Kasper",
                    "Nielsen",
                    "DIR-KOM",
                    "Kommunikationschef",
                    "Fjordby",
                    "Kommunikationschef",
                    "MANAGER,COMMUNICATOR",
                    "DIR-KOM"
                },
                {"pernille", "Pernille", "Madsen", "DIR-HR", "HR-chef", "Fjordby", "HR-chef", "MANAGER,HR", "DIR-HR"},
                {"thomas", "Thomas", "Larsen", "DIR-IT", "IT-chef", "Fjordby", "IT-chef", "MANAGER", "DIR-IT"},
                {"jens", "Jens", "Andersen", "AMA", "Vicedirektør", "Fjordby", "Vicedirektør", "MANAGER", "AMA"},
                {"sofie", "Sofie", "Rasmussen", "AMA-ANA", "Analysechef", "Fjordby", "Analysechef", "MANAGER", "AMA-ANA"
                },
                {"mikkel", "Mikkel", "Poulsen", "AMA-ANA", "Analytiker", "Fjordby", "Seniorøkonom", "", ""},
                {"ida", "Ida", "Christiansen", "AMA-ANA", "Analytiker", "Havnsø", "", "", ""},
                {"lene", "Lene", "Thomsen", "AMA-JOB", "Teamleder", "Havnsø", "Teamleder", "MANAGER", "AMA-JOB"},
                {"rasmus", "Rasmus", "Møller", "AMA-JOB", "Konsulent", "Havnsø", "", "", ""},
                {"karen", "Karen", "Olsen", "VIS", "Vicedirektør", "Fjordby", "Vicedirektør", "MANAGER", "VIS"},
                {"ahmad", "Ahmad", "Karimi", "VIS-REK", "Rekrutteringskonsulent", "Fjordby", "", "", ""},
                {
                    "freja",
                    "Freja",
                    "Dahl",
                    "VIS-VIRK",
                    "Virksomhedskonsulent",
                    "Havnsø",
                    "Teamleder",
                    "MANAGER",
                    "VIS-VIRK"
                },
                {"emil", "Emil", "Frederiksen", "VIS-VIRK", "Virksomhedskonsulent", "Skovbæk", "", "", ""},
                {
                    "nanna",
                    "Nanna",
                    "Berg",
                    "VIS-EURES",
                    "EURES-rådgiver",
                    "Fjordby",
                    "EURES-rådgiver",
                    "MANAGER",
                    "VIS-EURES"
                },
                {"ole", "Ole", "Hansen", "DIR-KOM", "Webredaktør", "Fjordby", "Webredaktør", "COMMUNICATOR", ""},
            },
            new String[][] {
                {"Bente", "Winther", "Formand for Det Regionale Arbejdsmarkedsråd"},
                {"Niels", "Juhl", "Næstformand for Det Regionale Arbejdsmarkedsråd"},
            });
}
