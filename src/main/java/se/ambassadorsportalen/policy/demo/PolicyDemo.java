package se.ambassadorsportalen.policy.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import se.ambassadorsportalen.organisation.demo.OrganisationDemo;
import se.ambassadorsportalen.platform.demo.DemoContent;
import se.ambassadorsportalen.platform.demo.DemoOrganisation;
import se.ambassadorsportalen.platform.time.PortalTime;
import se.ambassadorsportalen.policy.entity.DocumentSettings;
import se.ambassadorsportalen.policy.entity.DocumentType;
import se.ambassadorsportalen.policy.entity.PolicyContent;
import se.ambassadorsportalen.policy.entity.PolicyDocument;
import se.ambassadorsportalen.policy.entity.VersionNumber;

/**
 * The demo organisation's policy documents. Region Fjällmark: its communication policy (with an English translation, a minor correction and
 * acknowledgements from half of Medicinavdelning 3, so the coverage view has something to show),
 * the social-media guideline and the guideline for the Instagram relay account. Beskæftigelsesregion
 * Fjordland: its communication policy (in Danish, with a short English version), and the guidelines
 * for social media and press contact, published from the same {@link Row}s.
 */
@ApplicationScoped
public class PolicyDemo implements DemoContent.ForEveryOrganisation {

    public static final String MODULE = "policy";
    static final String PUBLISHER = "Sofia Karlsson";

    @PersistenceContext
    EntityManager em;

    @Inject
    OrganisationDemo organisationDemo;

    @Override
    public String module() {
        return MODULE;
    }

    @Override
    public int order() {
        return 11;
    }

    @Override
    public void load() {
        LocalDate today = PortalTime.today();
        Instant adopted = PortalTime.typed(today.minusMonths(4).atTime(9, 0));
        PolicyDocument policy = PolicyDocument.create(
                new DocumentSettings(
                        DocumentType.POLICY, "Kommunikationschef", "Regionfullmäktige", true, today.plusDays(30)),
                VersionNumber.FIRST,
                new PolicyContent(
                        "Kommunikationspolicy",
                        "Communication policy",
                        POLICY_SV_1_0,
                        POLICY_EN,
                        today.minusMonths(4).withDayOfMonth(1),
                        today.minusMonths(4).withDayOfMonth(1).plusYears(4),
                        "Första versionen, antagen av regionfullmäktige."),
                PUBLISHER,
                adopted);
        em.persist(policy);
        policy.publish(
                new VersionNumber(1, 1),
                new PolicyContent(
                        "Kommunikationspolicy",
                        "Communication policy",
                        POLICY_SV_1_1,
                        POLICY_EN,
                        today.minusMonths(4).withDayOfMonth(1),
                        today.minusMonths(4).withDayOfMonth(1).plusYears(4),
                        "Språklig rättelse: tydligare om vem som svarar medierna."),
                PUBLISHER,
                adopted.plus(Duration.ofDays(21)));
        em.flush();
        for (String username : List.of("magnus", "maria", "nils", "ingrid", "karin", "ahmed", "sofia", "petra")) {
            em.persist(policy.acknowledge(organisationDemo.person(username), adopted.plus(Duration.ofDays(5))));
        }

        for (Row row : FJALLMARK_GUIDELINES) {
            publish(row, PUBLISHER, today);
        }
    }

    /**
     * One policy document as the demo publishes it: a first version in the organisation's own
     * language (and English where given), adopted {@code monthsAgo} months ago on the first of the
     * month, acknowledged by the listed demo users five days later.
     */
    record Row(
            DocumentType type,
            String owner,
            String adoptedBy,
            boolean acknowledgementRequired,
            String title,
            String titleEn,
            String body,
            String bodyEn,
            int monthsAgo,
            List<String> acknowledgedBy) {}

    private void publish(Row row, String publisher, LocalDate today) {
        LocalDate from = today.minusMonths(row.monthsAgo()).withDayOfMonth(1);
        Instant adopted = PortalTime.typed(today.minusMonths(row.monthsAgo()).atTime(10, 0));
        PolicyDocument document = PolicyDocument.create(
                new DocumentSettings(
                        row.type(),
                        row.owner(),
                        row.adoptedBy(),
                        row.acknowledgementRequired(),
                        row.acknowledgementRequired() ? today.plusDays(30) : null),
                VersionNumber.FIRST,
                new PolicyContent(row.title(), row.titleEn(), row.body(), row.bodyEn(), from, null, null),
                publisher,
                adopted);
        em.persist(document);
        if (!row.acknowledgedBy().isEmpty()) {
            em.flush();
            for (String username : row.acknowledgedBy()) {
                em.persist(document.acknowledge(organisationDemo.person(username), adopted.plus(Duration.ofDays(5))));
            }
        }
    }

    @Override
    public void loadOther(DemoOrganisation organisation) {
        LocalDate today = PortalTime.today();
        for (Row row : FJORDLAND_DOCUMENTS) {
            publish(row, FJORDLAND_PUBLISHER, today);
        }
    }

    private static final List<Row> FJALLMARK_GUIDELINES = List.of(
            new Row(
                    DocumentType.GUIDELINE,
                    "Kanalansvarig för sociala medier",
                    "Kommunikationschefen",
                    false,
                    "Riktlinje för sociala medier",
                    null,
                    PolicyDemo.SOCIAL_MEDIA_SV,
                    null,
                    2,
                    List.of()),
            new Row(
                    DocumentType.GUIDELINE,
                    "Kanalansvarig för Instagram",
                    "Kommunikationschefen",
                    false,
                    "Riktlinje för veckans instagrammare",
                    null,
                    PolicyDemo.RELAY_SV,
                    null,
                    1,
                    List.of()));

    static final String FJORDLAND_PUBLISHER = "Kasper Nielsen";

    private static final List<Row> FJORDLAND_DOCUMENTS = List.of(
            new Row(
                    DocumentType.POLICY,
                    "Kommunikationschef",
                    "Direktionen",
                    true,
                    "Kommunikationspolitik",
                    "Communication policy",
                    """
                    ## Hvorfor vi har en kommunikationspolitik

                    Beskæftigelsesregionen arbejder for et velfungerende arbejdsmarked, hvor virksomheder kan få \
                    den arbejdskraft, de har brug for, og hvor ledige kommer i job. Vores kommunikation skal gøre \
                    det let for borgere, virksomheder og samarbejdspartnere at forstå, hvad vi gør, og for dig som \
                    medarbejder at gøre dit arbejde. Politikken gælder alle medarbejdere.

                    ## Fem principper

                    - **Korrekt.** Det, vi siger, er rigtigt og relevant.
                    - **Forståelig.** Vi skriver klart og undgår fagsprog. Bruger vi et fagudtryk, forklarer vi det.
                    - **Tilgængelig.** Det skal være let og hurtigt at finde det, man søger.
                    - **Proaktiv.** Vi tager initiativ og fortæller, før nogen spørger.
                    - **Målrettet.** Budskab og kanal vælges efter dem, vi vil nå.

                    ## Internt før eksternt

                    Medarbejdere skal høre om nyheder, der vedrører dem, før de kan læse dem i avisen. Kun i \
                    særlige tilfælde får medarbejdere og offentligheden noget at vide samtidig.

                    ## Dine rettigheder

                    Du må gerne være aktiv på sociale medier som privatperson, og du har ytringsfrihed som offentligt \
                    ansat. Ingen må spørge, hvem der har givet oplysninger til pressen, og portalen registrerer aldrig \
                    dine private kontakter med medierne.

                    ## Hvem svarer pressen

                    Formandskabet for Det Regionale Arbejdsmarkedsråd udtaler sig om rådets prioriteringer. Ledere og \
                    fagpersoner svarer inden for deres eget område. Store sager, og sager der går på tværs af \
                    regionen, koordineres af Kommunikation. Direktionen repræsenterer beskæftigelsesregionen som helhed.
                    """,
                    """
                    ## Why we have a communication policy

                    The employment region works for a labour market where employers find the people they need and \
                    jobseekers find work. Our communication should make it easy for citizens, employers and partners \
                    to understand what we do, and for you as an employee to do your job.

                    ## Five principles

                    Correct, understandable, accessible, proactive and targeted.

                    ## Internal before external

                    Staff hear news that concerns them before the press does.
                    """,
                    3,
                    List.of("mette", "henrik", "ahmad", "sofie")),
            new Row(
                    DocumentType.GUIDELINE,
                    "Kanalansvarlig for sociale medier",
                    "Kommunikationschefen",
                    false,
                    "Retningslinjer for sociale medier",
                    null,
                    """
                    ## Beskæftigelsesregionens konti

                    Vi er på LinkedIn, Facebook og Instagram. Hver konto har en kanalansvarlig i Kommunikation. \
                    Kolleger i de andre enheder må gerne lave opslag efter aftale med den kanalansvarlige.

                    ## Sådan laver vi opslag

                    - Hvert opslag viser mindst én af de værdier, vi vil forbindes med.
                    - Vi viser kun personer, der har givet samtykke.
                    - Vi svarer på spørgsmål i kommentarerne inden for én arbejdsdag.

                    ## Som privatperson

                    Del gerne vores opslag og fortæl om dit arbejde. Skriv aldrig noget fortroligt, og gør det \
                    tydeligt, at du taler på egne vegne.
                    """,
                    null,
                    2,
                    List.of()),
            new Row(
                    DocumentType.GUIDELINE,
                    "Pressechef",
                    "Kommunikationschefen",
                    false,
                    "Retningslinjer for pressekontakt",
                    null,
                    """
                    ## Vær tilgængelig og hurtig

                    Journalister har ofte en kort deadline, og det er legitimt. Vi svarer til tiden, og det er \
                    den, der spørger, der afgør, hvad der er til tiden.

                    ## Hvem gør hvad

                    1. Henvendelser fra pressen registreres i portalen, så vi kan se, hvem der svarer og hvornår.
                    2. Pressechefen finder den rette talsperson ud fra emnet.
                    3. Tal- og analysespørgsmål går til Analyse og overvågning.

                    Du må altid selv udtale dig til pressen som privatperson; det registrerer portalen ikke.
                    """,
                    null,
                    1,
                    List.of()));

    private static final String POLICY_SV_1_0 = """
            ## Varför vi har en kommunikationspolicy

            Regionen finns till för invånarna. Vår kommunikation ska göra det lätt för dem att förstå vad vi gör, \
            och för dig som medarbetare att göra ditt jobb. Policyn gäller alla som arbetar hos oss.

            ## Fem principer

            - **Saklig.** Det vi säger stämmer och hör till saken.
            - **Begriplig.** Vi skriver enkelt och undviker fackord. Om vi måste använda ett fackord förklarar vi det.
            - **Tillgänglig.** Det ska gå lätt och snabbt att hitta det man söker.
            - **Offensiv.** Vi tar initiativ och berättar innan någon frågar.
            - **Målgruppsanpassad.** Budskap och kanal väljs efter den vi vill nå.

            ## Internt före externt

            Medarbetare ska få veta nyheter som rör dem innan de står i tidningen. Bara i undantagsfall får \
            medarbetare och allmänhet veta något samtidigt.

            ## Dina rättigheter

            Du får vara aktiv i sociala medier som privatperson. Du har också rätt att lämna uppgifter till \
            medierna (meddelarfrihet). Ingen får fråga vem som har lämnat en uppgift, och portalen registrerar \
            aldrig dina privata kontakter med medierna.

            ## Vem svarar medierna

            Förtroendevalda svarar om politiska beslut. Chefer och sakkunniga svarar om sitt eget område. \
            Stora frågor som berör flera delar av regionen samordnar kommunikationsenheten.
            """;

    private static final String POLICY_SV_1_1 = """
            ## Varför vi har en kommunikationspolicy

            Regionen finns till för invånarna. Vår kommunikation ska göra det lätt för dem att förstå vad vi gör, \
            och för dig som medarbetare att göra ditt jobb. Policyn gäller alla som arbetar hos oss.

            ## Fem principer

            - **Saklig.** Det vi säger stämmer och hör till saken.
            - **Begriplig.** Vi skriver enkelt och undviker fackord. Om vi måste använda ett fackord förklarar vi det.
            - **Tillgänglig.** Det ska gå lätt och snabbt att hitta det man söker.
            - **Offensiv.** Vi tar initiativ och berättar innan någon frågar.
            - **Målgruppsanpassad.** Budskap och kanal väljs efter den vi vill nå.

            ## Internt före externt

            Medarbetare ska få veta nyheter som rör dem innan de står i tidningen. Bara i undantagsfall får \
            medarbetare och allmänhet veta något samtidigt.

            ## Dina rättigheter

            Du får vara aktiv i sociala medier som privatperson. Du har också rätt att lämna uppgifter till \
            medierna (meddelarfrihet). Ingen får fråga vem som har lämnat en uppgift, och portalen registrerar \
            aldrig dina privata kontakter med medierna.

            ## Vem svarar medierna

            Förtroendevalda svarar om politiska beslut och nämndernas arbete. Chefer och sakkunniga svarar om \
            sitt eget område, och alla medarbetare får uttala sig utifrån sin egen kunskap. Stora eller \
            komplicerade frågor, och frågor som berör flera delar av regionen, samordnar kommunikationsenheten. \
            Regionledningen företräder regionen som helhet.

            Vi svarar i tid, och det är den som frågar som avgör vad som är i tid.
            """;

    private static final String POLICY_EN = """
            ## Why we have a communication policy

            The region exists for its residents. Our communication should make it easy for them to understand \
            what we do, and for you as an employee to do your job. The policy applies to everyone who works here.

            ## Five principles

            - **Factual.** What we say is correct and relevant.
            - **Understandable.** We write plainly and avoid jargon, or explain it.
            - **Accessible.** What people look for is easy and quick to find.
            - **Proactive.** We take the initiative and tell before anyone asks.
            - **Audience-adapted.** Message and channel fit the people we want to reach.

            ## Internal before external

            Staff hear news that concerns them before the press does; only exceptionally at the same time.

            ## Your rights

            You may be active on social media as a private person, and you have the right to inform the media. \
            Nobody may ask who passed on information, and the portal never records your private contact with media.

            ## Who answers the media

            Elected officials answer on political decisions and committee work. Managers and experts answer on \
            their own area, and any employee may speak from their own expertise. Large or complex matters, and \
            matters spanning several parts of the region, are coordinated by the communications department.
            """;

    private static final String SOCIAL_MEDIA_SV = """
            ## Regionens konton

            Regionen har konton på Facebook, LinkedIn, Instagram och X. Varje konto har en kanalansvarig på \
            kommunikationsenheten. Kommunikatörer på förvaltningarna får publicera efter överenskommelse med \
            den kanalansvariga.

            ## Så publicerar vi

            - Varje inlägg bär minst en av våra varumärkesassociationer: göra skillnad, nära eller utvecklande.
            - Vi visar bara personer som har gett sitt samtycke.
            - Vi svarar på frågor i kommentarerna inom en arbetsdag.
            - Vi följer kanalguiden: den visar vilket material som passar i vilken kanal.

            ## Som privatperson

            Du får gärna dela regionens inlägg och berätta om ditt arbete. Skriv aldrig något som är sekretess, \
            och var tydlig med att du talar för dig själv.
            """;

    private static final String RELAY_SV = """
            ## Veckans instagrammare

            Varje vecka lånar en medarbetare regionens Instagramkonto och visar sin vardag på jobbet.

            ## Så går veckan till

            1. Första dagen presenterar du dig själv.
            2. Du lägger ut minst ett och högst tre inlägg om dagen.
            3. Visa ditt arbete och din arbetsplats. Kolleger syns bara om de har sagt ja.
            4. Visa aldrig patienter, journaler eller annat som omfattas av sekretess.
            5. Sista dagen lämnar du över till nästa person.

            Kommunikationsenheten planerar schemat och tackar dig med profilprodukter.
            """;
}
