package se.ambassadorsportalen.policy.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.ambassadorsportalen.platform.demo.DemoContent;
import se.ambassadorsportalen.platform.demo.DemoOrganisation;
import se.ambassadorsportalen.policy.entity.Channel;
import se.ambassadorsportalen.policy.entity.MaterialType;

/**
 * The demo region's own facts on the channel guide. The channels, material types and the matrix
 * come from the migration {@code V75_1__reference_data.sql} on every database; what only one
 * organisation can say (its addresses, audience figures and sponsoring budgets) is filled in here
 * for the demo region, as its communicators would on a real one. The Danish demo organisation's
 * communicators have also written the guide's texts in their own language (the strategy fields are
 * the organisation's main language) and checked the Danish names of channels and material types.
 */
@ApplicationScoped
public class ChannelGuideDemo implements DemoContent.ForEveryOrganisation {

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

    @Override
    public void loadOther(DemoOrganisation organisation) {
        // code, name, target group, content, avoid, works well, tone, frequency, when, address, audience, budget
        String[][] channels = {
            {
                "WEB",
                "Hjemmesiden",
                "Alle målgrupper",
                "Fakta, tal om arbejdsmarkedet, nyheder og ledige stillinger.",
                "Lange interne overvejelser.",
                "Klare overskrifter og svar på de spørgsmål, vi ofte får.",
                "Korrekt og forståelig, vi taler til dig.",
                "Løbende",
                "Når nyheden er klar",
                "fjordland.example",
                "Virksomheder, borgere, jobcentre og journalister.",
                "Ingen"
            },
            {
                "FACEBOOK",
                "Facebook",
                "Borgere og ledige",
                "Hverdagshistorier, gode råd og jobmesser.",
                "Partipolitiske udmeldinger og lange tekster.",
                "Billeder fra rekrutteringsdage; interaktion mindst 7 %.",
                "Varm og personlig, vi-form.",
                "1-3 opslag pr. hverdag",
                "Hverdage kl. 7-9 og 19-21",
                "facebook.com/beskaeftigelsesregionfjordland",
                "Omkring 4 000 følgere.",
                "Ved rekrutteringskampagner"
            },
            {
                "LINKEDIN",
                "LinkedIn",
                "Virksomheder, fagfolk og studerende",
                "Analyser, mangel på arbejdskraft og karriereveje.",
                "Politik og stillingsopslag uden sammenhæng.",
                "Medarbejdernes egne stemmer; aktivitet 5 % om måneden.",
                "Professionel og stolt.",
                "3 opslag om ugen",
                "Tirsdag-torsdag formiddag",
                "linkedin.com/company/beskaeftigelsesregionfjordland",
                "Omkring 5 200 følgere; mål 100 nye om måneden.",
                "Til rekruttering"
            },
            {
                "INSTAGRAM",
                "Instagram",
                "Unge, studerende og medarbejdere",
                "Ugens instagrammer viser sin hverdag.",
                "Fortrolige oplysninger og borgere, der kan genkendes.",
                "Bag kulisserne og kolleger, der har sagt ja.",
                "Personlig og nysgerrig.",
                "1-3 opslag om dagen",
                "I løbet af arbejdsdagen",
                "instagram.com/beskaeftigelsesregionfjordland",
                "Omkring 2 100 følgere; stafetkonto.",
                "Ingen"
            },
            {
                "X",
                "X (Twitter)",
                "Medier",
                "Kun pressemeddelelser.",
                "Alt andet end pressemeddelelser.",
                "Hurtigt link til pressemeddelelsen.",
                "Korrekt.",
                "Ved pressemeddelelser",
                "Når pressemeddelelsen udsendes",
                "x.com/fjordlandbeskaeft",
                "Journalister og meningsdannere.",
                "Ingen"
            },
            {
                "INTRANET", "Intranettet", "Medarbejdere og ledere",
                        "Nyheder indefra først: medarbejderne hører det før medierne.",
                "Det, der kun vedrører én enhed.", "Korte nyheder med en tydelig afsender.", "Direkte og venlig.",
                        "Dagligt",
                "Morgen", "intra.fjordland.example", "Alle 110 medarbejdere.", "Ingen"
            },
        };
        for (String[] row : channels) {
            em.createQuery("select c from Channel c where c.code = :code", Channel.class)
                    .setParameter("code", row[0])
                    .getResultStream()
                    .findFirst()
                    .ifPresent(channel -> {
                        channel.rename(withDanish(channel.getNames(), row[1]));
                        channel.setTargetGroup(row[2]);
                        channel.setContentStrategy(row[3]);
                        channel.setAvoid(row[4]);
                        channel.setWorksWell(row[5]);
                        channel.setTone(row[6]);
                        channel.setFrequency(row[7]);
                        channel.setWhenToPost(row[8]);
                        channel.setAddress(row[9]);
                        channel.setAudience(row[10]);
                        channel.setSponsoringBudget(row[11]);
                    });
        }
        String[][] materialTypes = {
            {"BRAG", "Det er vi stolte af"},
            {"TIPS", "Tips og råd"},
            {"KNOWLEDGE", "Viden"},
            {"POLITICS", "Politik"},
            {"JOB_AD", "Stillingsopslag"},
            {"HELP_US", "Hjælp os"},
            {"STAFF_PORTRAIT", "Medarbejderportræt"},
            {"NEWS", "Nyheder"},
        };
        for (String[] row : materialTypes) {
            em.createQuery("select t from MaterialType t where t.code = :code", MaterialType.class)
                    .setParameter("code", row[0])
                    .getResultStream()
                    .findFirst()
                    .ifPresent(type -> type.rename(withDanish(type.getNames(), row[1])));
        }
    }

    private static java.util.Map<String, String> withDanish(java.util.Map<String, String> names, String danish) {
        names.put(se.ambassadorsportalen.platform.i18n.Languages.DANISH.getLanguage(), danish);
        return names;
    }
}
