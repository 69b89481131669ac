package se.ambassadorsportalen.policy.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.ambassadorsportalen.platform.demo.DemoContent;
import se.ambassadorsportalen.policy.entity.Channel;

/**
 * The demo region's own facts on the channel guide. The channels, material types and the matrix
 * come from the migration {@code V75_1__reference_data.sql} on every database; what only one
 * organisation can say (its addresses, audience figures and sponsoring budgets) is filled in here
 * for the demo region, as its communicators would on a real one.
 */
@ApplicationScoped
public class ChannelGuideDemo implements DemoContent {

    @PersistenceContext
    EntityManager em;

    @Override
    public String module() {
        return "policy-channels";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void load() {
        region(
                "WEB",
                "fjallmark.example",
                "Invånare, sökande och journalister; omkring 500 000 besök i månaden.",
                "Ingen");
        region(
                "FACEBOOK",
                "facebook.com/regionfjallmark",
                "Omkring 17 000 följare, främst invånare i länet.",
                "Vid rekrytering och kampanjer");
        region(
                "LINKEDIN",
                "linkedin.com/company/regionfjallmark",
                "Omkring 6 700 följare; mål 150 nya i månaden.",
                "För bristyrken");
        region("INSTAGRAM", "instagram.com/regionfjallmark", "Omkring 11 600 följare; stafettkonto.", "Ingen");
        region("X", "x.com/regionfjallmark", "Journalister och opinionsbildare.", "Ingen");
        region("INTRANET", "intra.fjallmark.example", "Alla 7 000 medarbetare.", "Ingen");
    }

    private void region(String code, String address, String audience, String budget) {
        em.createQuery("select c from Channel c where c.code = :code", Channel.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .ifPresent(channel -> {
                    channel.setAddress(address);
                    channel.setAudience(audience);
                    channel.setSponsoringBudget(budget);
                });
    }
}
