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
import se.ambassadorsportalen.platform.time.PortalTime;

/**
 * The demo region's internal news: items for everyone, one for the healthcare administration only
 * (eva sees it, klara at the communications unit does not), one for the communications unit, and a
 * draft. Hanna follows the workplace topic with a weekly digest; the other demo users follow
 * nothing yet, so a journey can subscribe from scratch.
 */
@ApplicationScoped
public class NewsDemo implements DemoContent {

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
    public void load() {
        LocalDateTime now = PortalTime.now().withSecond(0).withNano(0);
        long healthcare = unit("HSF");
        long communications = unit("RLF-KOM");
        published(
                now.minusDays(12),
                "Ny arbetstidsmodell prövas i vår",
                "Från mars prövar tre avdelningar **önskeschema** med fler långa ledigheter.\n\n"
                        + "- Medicinavdelning 3\n- Akutmottagningen\n- Vårdcentralen Norrby\n\nUtvärderingen görs i juni.",
                NewsTopic.WORKPLACE,
                "DEVELOPING",
                Set.of());
        published(
                now.minusDays(6),
                "Hälso- och sjukvården öppnar en ny dagvårdsenhet",
                "Den nya dagvårdsenheten i Älvstad öppnar i maj och tar emot patienter som tidigare lades in över natten.",
                NewsTopic.HEALTHCARE,
                "MAKE_A_DIFFERENCE",
                Set.of(healthcare));
        published(
                now.minusDays(3),
                "Regionen med i nationell studie om tidig mobilisering",
                "Vi deltar i en studie där patienter kommer upp ur sängen redan dagen efter operationen. "
                        + "Läs mer i [forskningsplanen](https://fjallmark.example/forskning).",
                NewsTopic.RESEARCH,
                "DEVELOPING",
                Set.of());
        published(
                now.minusDays(1),
                "Nya riktlinjer för kanalerna",
                "Kommunikationsenheten har uppdaterat kanalguiden: LinkedIn får fem inlägg i veckan.",
                NewsTopic.ORGANISATION,
                null,
                Set.of(communications));
        em.persist(NewsItem.draft(
                new NewsDraft(
                        "Budgeten för nästa år",
                        "Utkast: regionfullmäktige beslutar i juni.",
                        NewsTopic.ORGANISATION,
                        null,
                        Set.of()),
                "klara",
                now.minusHours(2)));

        NewsReader hanna = new NewsReader("hanna", now.minusDays(30));
        hanna.follow(Set.of(NewsTopic.WORKPLACE), Set.of(), DigestFrequency.WEEKLY);
        em.persist(hanna);
    }

    private void published(
            LocalDateTime at, String title, String body, NewsTopic topic, String brand, Set<Long> units) {
        NewsItem item = NewsItem.draft(new NewsDraft(title, body, topic, brand, units), "klara", at.minusHours(3));
        item.publish(at);
        em.persist(item);
    }

    private long unit(String code) {
        return organisation
                .unitByCode(code)
                .map(Unit::getId)
                .orElseThrow(() -> new IllegalStateException("The demo organisation has no unit " + code));
    }
}
