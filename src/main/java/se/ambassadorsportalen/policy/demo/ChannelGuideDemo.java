package se.ambassadorsportalen.policy.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.Map;
import se.ambassadorsportalen.platform.demo.DemoContent;
import se.ambassadorsportalen.policy.entity.Channel;
import se.ambassadorsportalen.policy.entity.ChannelRating;
import se.ambassadorsportalen.policy.entity.MaterialType;
import se.ambassadorsportalen.policy.api.Rating;

/**
 * The demo region's channel guide: six channels with their strategy, the eight material types
 * and the matrix, with the figures from the region's own channel strategy.
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
        Map<String, MaterialType> types = new LinkedHashMap<>();
        String[][] typeRows = {
                {"BRAG", "Skryt", "Brag", "false"},
                {"TIPS", "Tips & råd", "Tips & advice", "false"},
                {"KNOWLEDGE", "Kunskap", "Knowledge", "false"},
                {"POLITICS", "Politik", "Politics", "true"},
                {"JOB_AD", "Platsannons", "Job ad", "false"},
                {"HELP_US", "Hjälp oss", "Help us", "false"},
                {"STAFF_PORTRAIT", "Personporträtt", "Staff portrait", "false"},
                {"NEWS", "Nyheter", "News", "false"},
        };
        int order = 0;
        for (String[] row : typeRows) {
            MaterialType type = new MaterialType(row[0], row[1], row[2], Boolean.parseBoolean(row[3]), order++);
            em.persist(type);
            types.put(row[0], type);
        }

        Channel web = channel("WEB", "Webbplatsen", 0, "fjallmark.example", "Invånare, sökande och journalister; omkring 500 000 besök i månaden.",
                "Alla målgrupper", "Fakta, service, nyheter och lediga jobb.", "Långa interna resonemang.",
                "Tydliga rubriker och svar på vanliga frågor.", "Saklig och begriplig, du-tilltal.", "Löpande", null,
                "När nyheten är klar", "Ingen");
        Channel facebook = channel("FACEBOOK", "Facebook", 1, "facebook.com/regionfjallmark", "Omkring 17 000 följare, främst invånare i länet.",
                "Invånare och tidigare medarbetare", "Vardagsnära berättelser, tips och hjälp oss-inlägg.",
                "Partipolitiska utspel och långa texter.", "Bilder från verksamheten; interaktion minst 7 %.",
                "Varm och personlig, vi-form.", "1–3 inlägg per vardag", 3, "Vardagar 07–09 och 19–21", "Vid rekrytering och kampanjer");
        Channel linkedin = channel("LINKEDIN", "LinkedIn", 2, "linkedin.com/company/regionfjallmark", "Omkring 6 700 följare; mål 150 nya i månaden.",
                "Yrkesverksamma och studenter", "Arbetsgivarvarumärket, kompetens och karriärvägar.",
                "Politik och platsannonser utan sammanhang.", "Medarbetarnas egna röster; aktivitet 5 % i månaden.",
                "Professionell och stolt.", "5 inlägg i veckan", 2, "Tisdag–torsdag förmiddag", "För bristyrken");
        Channel instagram = channel("INSTAGRAM", "Instagram", 3, "instagram.com/regionfjallmark", "Omkring 11 600 följare; stafettkonto.",
                "Unga vuxna, studenter och medarbetare", "Veckans instagrammare visar sin vardag.",
                "Konfidentiell information och patienter som kan kännas igen.", "Bakom kulisserna och kollegor som samtyckt.",
                "Personlig och nyfiken.", "1–3 inlägg om dagen", 3, "Under arbetsdagen", "Ingen");
        Channel twitter = channel("X", "X (Twitter)", 4, "x.com/regionfjallmark", "Journalister och opinionsbildare.",
                "Media", "Endast pressmeddelanden.", "Allt annat än pressmeddelanden.", "Snabb länk till pressmeddelandet.",
                "Saklig.", "Vid pressmeddelanden", 5, "När pressmeddelandet publiceras", "Ingen");
        Channel intranet = channel("INTRANET", "Intranätet", 5, "intra.fjallmark.example", "Alla 7 000 medarbetare.",
                "Medarbetare och chefer", "Nyheter inifrån först: medarbetare får veta innan media.",
                "Sådant som bara rör en enhet.", "Korta nyheter med tydlig avsändare.", "Rak och vänlig.",
                "Dagligen", null, "Morgon", "Ingen");

        Map<Channel, Map<String, Rating>> matrix = new LinkedHashMap<>();
        matrix.put(web, allGreen(types));
        matrix.put(facebook, with(allGreen(types), Map.of("POLITICS", Rating.YELLOW, "JOB_AD", Rating.YELLOW)));
        matrix.put(linkedin, with(allGreen(types), Map.of("TIPS", Rating.YELLOW, "NEWS", Rating.YELLOW,
                "POLITICS", Rating.RED, "JOB_AD", Rating.RED)));
        matrix.put(instagram, with(allGreen(types), Map.of("POLITICS", Rating.RED, "JOB_AD", Rating.RED,
                "NEWS", Rating.RED, "HELP_US", Rating.YELLOW)));
        Map<String, Rating> xRow = new LinkedHashMap<>();
        types.keySet().forEach(code -> xRow.put(code, Rating.RED));
        xRow.put("NEWS", Rating.GREEN);
        xRow.put("POLITICS", Rating.YELLOW);
        matrix.put(twitter, xRow);
        matrix.put(intranet, with(allGreen(types), Map.of("POLITICS", Rating.YELLOW)));
        matrix.forEach((channel, row) -> row.forEach((code, rating) ->
                em.persist(new ChannelRating(channel, types.get(code), rating))));
    }

    private Channel channel(String code, String name, int order, String address, String audience, String targetGroup,
                            String content, String avoid, String worksWell, String tone, String frequency,
                            Integer maxPerDay, String whenToPost, String budget) {
        Channel channel = new Channel(code, name, order);
        channel.setAddress(address);
        channel.setAudience(audience);
        channel.setTargetGroup(targetGroup);
        channel.setContentStrategy(content);
        channel.setAvoid(avoid);
        channel.setWorksWell(worksWell);
        channel.setTone(tone);
        channel.setFrequency(frequency);
        channel.setMaxPostsPerDay(maxPerDay);
        channel.setWhenToPost(whenToPost);
        channel.setSponsoringBudget(budget);
        em.persist(channel);
        return channel;
    }

    private static Map<String, Rating> allGreen(Map<String, MaterialType> types) {
        Map<String, Rating> row = new LinkedHashMap<>();
        types.keySet().forEach(code -> row.put(code, Rating.GREEN));
        return row;
    }

    private static Map<String, Rating> with(Map<String, Rating> row, Map<String, Rating> changes) {
        row.putAll(changes);
        return row;
    }
}
