package se.ambassadorsportalen.news.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.Set;
import se.ambassadorsportalen.news.entity.DigestFrequency;
import se.ambassadorsportalen.news.entity.NewsDraft;
import se.ambassadorsportalen.news.entity.NewsItem;
import se.ambassadorsportalen.news.entity.NewsReader;
import se.ambassadorsportalen.news.entity.NewsTopic;
import se.ambassadorsportalen.organisation.boundary.Organisation;
import se.ambassadorsportalen.organisation.entity.Unit;
import se.ambassadorsportalen.platform.demo.DemoContent;
import se.ambassadorsportalen.platform.demo.DemoOrganisation;
import se.ambassadorsportalen.platform.time.PortalTime;

/**
 * A demo organisation's internal news from its rows: items for everyone, one for one administration
 * only and one for the communications unit, and a draft; one employee follows a topic with a weekly
 * digest, the other demo users follow nothing yet, so a journey can subscribe from scratch. In
 * Region Fjällmark eva sees the healthcare item and klara at the communications unit does not.
 */
@ApplicationScoped
public class NewsDemo implements DemoContent.FromRows<NewsDemo.Rows> {

    /**
     * An organisation's news: the communicator who writes it, the items (days ago, title, body in
     * Markdown, topic, brand association code or empty, unit code or empty for everyone), a draft
     * (title, body, topic) and the reader who follows a topic (username, topic).
     */
    record Rows(String author, String[][] items, String[] draft, String[] reader) {

        static Rows of(DemoOrganisation organisation) {
            return organisation == DemoOrganisation.FJORDLAND ? FJORDLAND : FJALLMARK;
        }
    }

    static final Rows FJALLMARK = new Rows(
            "klara",
            new String[][] {
                {
                    "12",
                    "Ny arbetstidsmodell prövas i vår",
                    "Från mars prövar tre avdelningar **önskeschema** med fler långa ledigheter.\n\n"
                            + "- Medicinavdelning 3\n- Akutmottagningen\n- Vårdcentralen Norrby\n\nUtvärderingen görs i juni.",
                    "WORKPLACE",
                    "DEVELOPING",
                    ""
                },
                {
                    "6",
                    "Hälso- och sjukvården öppnar en ny dagvårdsenhet",
                    "Den nya dagvårdsenheten i Älvstad öppnar i maj och tar emot patienter som tidigare lades in över natten.",
                    "HEALTHCARE",
                    "MAKE_A_DIFFERENCE",
                    "HSF"
                },
                {
                    "3",
                    "Regionen med i nationell studie om tidig mobilisering",
                    "Vi deltar i en studie där patienter kommer upp ur sängen redan dagen efter operationen. "
                            + "Läs mer i [forskningsplanen](https://fjallmark.example/forskning).",
                    "RESEARCH",
                    "DEVELOPING",
                    ""
                },
                {
                    "1",
                    "Nya riktlinjer för kanalerna",
                    "Kommunikationsenheten har uppdaterat kanalguiden: LinkedIn får fem inlägg i veckan.",
                    "ORGANISATION",
                    "",
                    "RLF-KOM"
                },
            },
            new String[] {"Budgeten för nästa år", "Utkast: regionfullmäktige beslutar i juni.", "ORGANISATION"},
            new String[] {"hanna", "WORKPLACE"});

    static final Rows FJORDLAND = new Rows(
            "anne",
            new String[][] {
                {
                    "14",
                    "Ny model for fleksibel arbejdstid afprøves i foråret",
                    "Fra marts afprøver to teams **selvvalgte arbejdstider** med flere hjemmearbejdsdage.\n\n"
                            + "- Rekrutteringsservice Fjordby\n- Analyse og overvågning\n\nEvalueringen sker i juni.",
                    "WORKPLACE",
                    "DEVELOPING",
                    ""
                },
                {
                    "8",
                    "Rekordmange virksomheder brugte rekrutteringsservicen",
                    "I årets første kvartal hjalp Virksomhedsservice 412 virksomheder med at finde medarbejdere, "
                            + "flest inden for bygge og anlæg.",
                    "REGIONAL_DEVELOPMENT",
                    "MAKE_A_DIFFERENCE",
                    "VIS"
                },
                {
                    "4",
                    "Ny analyse: mangel på arbejdskraft i sundhedssektoren",
                    "Analyse og overvågning har kortlagt, hvor jobcentrene mangler kandidater. "
                            + "Læs hele [analysen](https://fjordland.example/analyser).",
                    "RESEARCH",
                    "DEVELOPING",
                    ""
                },
                {
                    "2",
                    "Opdaterede retningslinjer for kanalerne",
                    "Kommunikation har opdateret kanalguiden: LinkedIn får tre opslag om ugen.",
                    "ORGANISATION",
                    "",
                    "DIR-KOM"
                },
            },
            new String[] {
                "Budget for næste år",
                "Udkast: Det Regionale Arbejdsmarkedsråd behandler budgettet i juni.",
                "ORGANISATION"
            },
            new String[] {"camilla", "WORKPLACE"});

    @PersistenceContext
    EntityManager em;

    @Inject
    Organisation organisation;

    @Override
    public String module() {
        return "news";
    }

    @Override
    public int order() {
        return 65;
    }

    @Override
    public Rows rows(DemoOrganisation organisation) {
        return Rows.of(organisation);
    }

    @Override
    public void loadRows(Rows rows) {
        LocalDateTime now = PortalTime.now().withSecond(0).withNano(0);
        for (String[] row : rows.items()) {
            LocalDateTime at = now.minusDays(Integer.parseInt(row[0]));
            NewsDraft draft = new NewsDraft(
                    row[1],
                    row[2],
                    NewsTopic.valueOf(row[3]),
                    row[4].isEmpty() ? null : row[4],
                    row[5].isEmpty() ? Set.of() : Set.of(unit(row[5])));
            NewsItem item = NewsItem.draft(draft, rows.author(), PortalTime.typed(at.minusHours(3)));
            item.publish(PortalTime.typed(at));
            em.persist(item);
        }
        String[] draft = rows.draft();
        em.persist(NewsItem.draft(
                new NewsDraft(draft[0], draft[1], NewsTopic.valueOf(draft[2]), null, Set.of()),
                rows.author(),
                PortalTime.typed(now.minusHours(2))));
        NewsReader reader = new NewsReader(rows.reader()[0], PortalTime.typed(now.minusDays(30)));
        reader.follow(Set.of(NewsTopic.valueOf(rows.reader()[1])), Set.of(), DigestFrequency.WEEKLY);
        em.persist(reader);
    }

    private long unit(String code) {
        return organisation
                .unitByCode(code)
                .map(Unit::getId)
                .orElseThrow(() -> new IllegalStateException("The demo organisation has no unit " + code));
    }
}
