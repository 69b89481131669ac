package se.ambassadorsportalen.story.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import se.ambassadorsportalen.organisation.demo.OrganisationDemo;
import se.ambassadorsportalen.organisation.entity.Person;
import se.ambassadorsportalen.platform.demo.DemoContent;
import se.ambassadorsportalen.platform.demo.DemoOrganisation;
import se.ambassadorsportalen.platform.image.PhotoSanitizer;
import se.ambassadorsportalen.platform.time.PortalTime;
import se.ambassadorsportalen.story.entity.Consent;
import se.ambassadorsportalen.story.entity.Story;
import se.ambassadorsportalen.story.entity.StoryPhoto;

/**
 * Demo stories. Region Fjällmark's, written out below: stories in every state, across material types and channels: portraits published in the
 * last year with photos drawn here (nothing downloaded), one published too long ago for the
 * public page, and consents given, pending and refused. Written through the entities' own rules
 * with past timestamps, so the histories are real. Beskæftigelsesregion Fjordland's come from
 * {@link Row}s through the same rules.
 */
@ApplicationScoped
public class StoryDemo implements DemoContent.ForEveryOrganisation {

    @PersistenceContext
    EntityManager em;

    @Inject
    OrganisationDemo organisationDemo;

    private final PhotoSanitizer sanitizer = new PhotoSanitizer(PhotoSanitizer.Limits.standard());

    @Override
    public String module() {
        return "story";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void load() {
        Person eva = person("eva");
        Person magnus = person("magnus");
        Person maria = person("maria");
        Person nils = person("nils");
        Person aisha = person("aisha");
        Person isak = person("isak");
        Person klara = person("klara");
        Person ingrid = person("ingrid");
        LocalDateTime now = PortalTime.now().withSecond(0).withNano(0);

        // Draft, with a refused consent.
        Story draft = story(
                eva,
                "Nattpasset på avdelning 3",
                "STAFF_PORTRAIT",
                "När staden sover är vi vakna. Jag berättar om hur en natt kan se ut hos oss.",
                Set.of("POTENTIAL_EMPLOYEES"),
                Set.of(),
                List.of("INSTAGRAM"),
                at(now.minusDays(2)));
        Consent refused = draft.pictureColleague(eva, nils, at(now.minusDays(2)));
        draft.answerConsent(nils, refused, false, at(now.minusDays(1)));

        // Submitted and waiting for Magnus; Eva has an open consent request.
        Story submitted = story(
                maria,
                "Därför blev jag undersköterska",
                "STAFF_PORTRAIT",
                "Jag ville jobba nära människor. Här får jag göra skillnad varje dag, och jag lär mig något nytt varje vecka.",
                Set.of("STUDENTS", "POTENTIAL_EMPLOYEES"),
                Set.of("MAKE_A_DIFFERENCE"),
                List.of("INSTAGRAM", "FACEBOOK"),
                at(now.minusDays(3)));
        submitted.pictureColleague(maria, eva, at(now.minusDays(3)));
        Consent nilsYes = submitted.pictureColleague(maria, nils, at(now.minusDays(3)));
        submitted.answerConsent(nils, nilsYes, true, at(now.minusDays(2)));
        addPhoto(submitted, maria, new Color(0, 94, 133), new Color(120, 190, 200), "Maria och kollegor i korridoren");
        submitted.submit(maria, Set.of(), at(now.minusDays(2)));

        // Returned with a comment.
        Story returned = story(
                nils,
                "Forskning i vardagen",
                "KNOWLEDGE",
                "Vi deltar i en studie om tidig mobilisering efter operation. Resultaten hittills är lovande.",
                Set.of("STAKEHOLDERS"),
                Set.of("DEVELOPING"),
                List.of("LINKEDIN", "WEB"),
                at(now.minusDays(6)));
        returned.submit(nils, Set.of(), at(now.minusDays(5)));
        returned.returnToAuthor(
                magnus, "Bra! Förklara gärna vad tidig mobilisering betyder för en patient.", at(now.minusDays(4)));

        // Approved, waiting for a communicator.
        Story approved = story(
                aisha,
                "Tips inför ditt sommarvikariat",
                "TIPS",
                "Fem saker jag önskar att jag visste min första sommar: fråga mycket, ta pauser, och lär känna teamet.",
                // A sub-group the brand plan's demo adds (BrandPlanDemo) beside its main group.
                Set.of("STUDENTS", "WORK_PLACEMENT_STUDENTS"),
                Set.of("CLOSE", "DEVELOPING"),
                List.of("INSTAGRAM", "FACEBOOK"),
                at(now.minusDays(5)));
        approved.submit(aisha, Set.of(), at(now.minusDays(4)));
        approved.approve(magnus, at(now.minusDays(3)));

        // Scheduled on the relay account next week.
        Story scheduled = story(
                isak,
                "Arbetsterapi på hemmaplan",
                "STAFF_PORTRAIT",
                "Jag hjälper patienter att klara vardagen hemma igen. Det bästa är när någon kan laga sin egen frukost.",
                Set.of("POTENTIAL_EMPLOYEES"),
                Set.of("CLOSE"),
                List.of("INSTAGRAM"),
                at(now.minusDays(8)));
        addPhoto(scheduled, isak, new Color(40, 110, 60), new Color(200, 230, 170), "Isak vid träningsköket");
        scheduled.submit(isak, Set.of(), at(now.minusDays(7)));
        scheduled.approve(magnus, at(now.minusDays(6)));
        scheduled.schedule(klara, "INSTAGRAM", at(now.plusDays(7).withHour(10).withMinute(0)), at(now.minusDays(5)));
        scheduled.schedule(klara, "FACEBOOK", at(now.plusDays(8).withHour(12).withMinute(0)), at(now.minusDays(5)));

        // Published two months ago in two channels, with a colleague's consent: on the public page.
        LocalDateTime twoMonths = now.minusMonths(2).withHour(9).withMinute(0);
        Story evaPortrait = story(
                eva,
                "En dag som sjuksköterska i Älvstad",
                "STAFF_PORTRAIT",
                "Jag började här som nyexaminerad. I dag handleder jag studenter och vet att jag gör skillnad för patienterna och för mina kollegor.",
                Set.of("POTENTIAL_EMPLOYEES", "STUDENTS"),
                Set.of("MAKE_A_DIFFERENCE", "DEVELOPING"),
                List.of("INSTAGRAM", "FACEBOOK"),
                at(twoMonths.minusDays(10)),
                true);
        Consent mariaYes = evaPortrait.pictureColleague(eva, maria, at(twoMonths.minusDays(10)));
        evaPortrait.answerConsent(maria, mariaYes, true, at(twoMonths.minusDays(9)));
        addPhoto(evaPortrait, eva, new Color(0, 94, 133), new Color(240, 180, 60), "Eva och Maria vid medicinvagnen");
        addPhoto(evaPortrait, eva, new Color(90, 40, 120), new Color(230, 160, 200), "Eva handleder en student");
        publish(evaPortrait, magnus, klara, twoMonths, "INSTAGRAM", "https://www.instagram.com/p/demo-eva/");
        publish(evaPortrait, null, klara, twoMonths.plusDays(1), "FACEBOOK", "https://www.facebook.com/demo/posts/eva");

        // Published five months ago.
        LocalDateTime fiveMonths = now.minusMonths(5).withHour(11).withMinute(0);
        Story aishaPortrait = story(
                aisha,
                "Från Sjövik till medicinavdelningen",
                "STAFF_PORTRAIT",
                "Jag pendlar varje dag från Sjövik. Det är värt det: här finns ett team som tar emot nya med öppna armar.",
                Set.of("POTENTIAL_EMPLOYEES"),
                Set.of("CLOSE"),
                List.of("LINKEDIN"),
                at(fiveMonths.minusDays(7)),
                true);
        addPhoto(aishaPortrait, aisha, new Color(160, 60, 40), new Color(250, 210, 150), "Aisha på perrongen i Sjövik");
        publish(aishaPortrait, magnus, klara, fiveMonths, "LINKEDIN", "https://www.linkedin.com/posts/demo-aisha");

        // Published fourteen months ago: too old for the public page.
        LocalDateTime old = now.minusMonths(14).withHour(10).withMinute(0);
        Story oldPortrait = story(
                nils,
                "Läkare med hjärta för glesbygden",
                "STAFF_PORTRAIT",
                "Jag har arbetat i regionen i tjugo år och har aldrig ångrat att jag flyttade hit.",
                Set.of("POTENTIAL_EMPLOYEES"),
                Set.of("CLOSE"),
                List.of("FACEBOOK"),
                at(old.minusDays(5)));
        addPhoto(oldPortrait, nils, new Color(30, 60, 90), new Color(180, 200, 220), "Nils framför vårdcentralen");
        publish(oldPortrait, magnus, klara, old, "FACEBOOK", "https://www.facebook.com/demo/posts/nils");

        // A job ad by the manager himself: approved by the manager above him, on the web.
        LocalDateTime lastMonth = now.minusMonths(1).withHour(8).withMinute(30);
        Story jobAd = story(
                magnus,
                "Vi söker sjuksköterskor till Medicinavdelning 3",
                "JOB_AD",
                "Vill du arbeta i ett team där alla hjälps åt? Vi söker sjuksköterskor till dag och natt.",
                Set.of("POTENTIAL_EMPLOYEES"),
                Set.of("MAKE_A_DIFFERENCE"),
                List.of("WEB"),
                at(lastMonth.minusDays(5)));
        publish(jobAd, ingrid, klara, lastMonth, "WEB", "https://www.fjallmark.example/jobb/sjukskoterska-med3");

        // Published, then a colleague withdrew consent: withdrawn, still to be taken down on Facebook.
        LocalDateTime threeMonths = now.minusMonths(3).withHour(13).withMinute(0);
        Story withdrawn = story(
                maria,
                "Teamet som aldrig sviker",
                "STAFF_PORTRAIT",
                "När det blir tufft finns kollegorna där. Det är därför jag stannar.",
                Set.of("INTERNAL"),
                Set.of("CLOSE"),
                List.of("FACEBOOK"),
                at(threeMonths.minusDays(6)));
        Consent isakYes = withdrawn.pictureColleague(maria, isak, at(threeMonths.minusDays(6)));
        withdrawn.answerConsent(isak, isakYes, true, at(threeMonths.minusDays(6)));
        addPhoto(withdrawn, maria, new Color(120, 120, 40), new Color(240, 240, 190), "Teamet på morgonmötet");
        publish(withdrawn, magnus, klara, threeMonths, "FACEBOOK", "https://www.facebook.com/demo/posts/teamet");
        withdrawn.withdrawConsent(isak, isakYes, at(now.minusDays(1)));
    }

    @Override
    public void loadOther(DemoOrganisation organisation) {
        LocalDateTime now = PortalTime.now().withSecond(0).withNano(0);
        for (Row row : FJORDLAND) {
            load(row, now);
        }
    }

    /** How far a demo story from rows has come. */
    enum Stage {
        DRAFT,
        SUBMITTED,
        APPROVED,
        PUBLISHED
    }

    /**
     * A story as rows give it: written five days before {@code daysAgo}, then taken through the
     * entities' own rules to its stage (published in its first channel with {@code link}); with a
     * photo drawn in the given colours when {@code photo} names its alt text.
     */
    record Row(
            String author,
            String title,
            String type,
            String body,
            Set<String> groups,
            Set<String> brands,
            List<String> channels,
            int daysAgo,
            Stage stage,
            String approver,
            String communicator,
            String link,
            String photo,
            Color from,
            Color to) {}

    private void load(Row row, LocalDateTime now) {
        Story story = build(row, this::person, now, (written, author) -> {
            if (row.photo() != null) {
                addPhoto(written, author, row.from(), row.to(), row.photo());
            }
        });
        em.persist(story);
    }

    /**
     * The story a row describes, taken through the entity's own rules to its stage (nothing is
     * written: the caller persists it); {@code photos} adds the row's photo while it is a draft.
     */
    static Story build(
            Row row,
            java.util.function.Function<String, Person> people,
            LocalDateTime now,
            java.util.function.BiConsumer<Story, Person> photos) {
        LocalDateTime at = now.minusDays(row.daysAgo()).withHour(10).withMinute(0);
        LocalDateTime written = at.minusDays(5);
        Person author = people.apply(row.author());
        Story story = new Story(author, row.title(), row.type(), at(written));
        story.edit(
                author,
                row.title(),
                row.body(),
                row.type(),
                row.groups(),
                row.brands(),
                row.channels(),
                Map.of(),
                row.stage() == Stage.PUBLISHED,
                at(written));
        photos.accept(story, author);
        switch (row.stage()) {
            case DRAFT -> {}
            case SUBMITTED -> story.submit(author, Set.of(), at(at.minusDays(2)));
            case APPROVED -> {
                story.submit(author, Set.of(), at(at.minusDays(2)));
                story.approve(people.apply(row.approver()), at(at.minusDays(1)));
            }
            case PUBLISHED ->
                publish(
                        story,
                        people.apply(row.approver()),
                        people.apply(row.communicator()),
                        at,
                        row.channels().get(0),
                        row.link());
        }
        return story;
    }

    /** Beskæftigelsesregion Fjordland's stories, in Danish: two portraits on the public page, one in every other stage. */
    static final List<Row> FJORDLAND = List.of(
            new Row(
                    "mette",
                    "En dag som rekrutteringskonsulent",
                    "STAFF_PORTRAIT",
                    "Jeg hjælper virksomheder i Fjordby med at finde de medarbejdere, de mangler. Det bedste er, når en ledig, "
                            + "vi har mødt på en rekrutteringsdag, ringer og fortæller, at hun har fået jobbet.",
                    Set.of("POTENTIAL_EMPLOYEES"),
                    Set.of("MAKE_A_DIFFERENCE"),
                    List.of("INSTAGRAM", "LINKEDIN"),
                    40,
                    Stage.PUBLISHED,
                    "henrik",
                    "anne",
                    "https://www.instagram.com/p/demo-mette/",
                    "Mette på rekrutteringsdag i Fjordby",
                    new Color(15, 76, 92),
                    new Color(150, 200, 210)),
            new Row(
                    "emil",
                    "Fra elektriker til virksomhedskonsulent",
                    "STAFF_PORTRAIT",
                    "Jeg har selv stået på en byggeplads i femten år. Derfor ved jeg, hvad en mester har brug for, "
                            + "når jeg ringer om en lærling eller en ny svend.",
                    Set.of("POTENTIAL_EMPLOYEES", "STAKEHOLDERS"),
                    Set.of("CLOSE"),
                    List.of("LINKEDIN"),
                    120,
                    Stage.PUBLISHED,
                    "freja",
                    "anne",
                    "https://www.linkedin.com/posts/demo-emil",
                    "Emil på besøg hos en virksomhed i Skovbæk",
                    new Color(155, 44, 44),
                    new Color(240, 200, 160)),
            new Row(
                    "ida",
                    "Sådan læser du ledighedstallene",
                    "KNOWLEDGE",
                    "Hver måned offentliggør vi nye tal for ledigheden i regionen. Her forklarer jeg, hvad tallene viser, "
                            + "og hvorfor sæsonkorrigerede tal er de bedste at sammenligne.",
                    Set.of("STAKEHOLDERS"),
                    Set.of("DEVELOPING"),
                    List.of("LINKEDIN", "WEB"),
                    20,
                    Stage.PUBLISHED,
                    "sofie",
                    "anne",
                    "https://www.linkedin.com/posts/demo-ida",
                    null,
                    null,
                    null),
            new Row(
                    "ahmad",
                    "Gode råd til din første jobsamtale i Danmark",
                    "TIPS",
                    "Jeg kom selv til Danmark for ti år siden. Mine tre råd: forbered dig på virksomheden, sig det, "
                            + "hvis du ikke forstår et spørgsmål, og spørg selv om arbejdspladsen.",
                    Set.of("STUDENTS"),
                    Set.of("CLOSE", "DEVELOPING"),
                    List.of("FACEBOOK", "INSTAGRAM"),
                    3,
                    Stage.APPROVED,
                    "henrik",
                    null,
                    null,
                    null,
                    null,
                    null),
            new Row(
                    "rasmus",
                    "Når jobcentrene ringer",
                    "STAFF_PORTRAIT",
                    "Jeg støtter jobcentrene i regionen, når de skal i gang med nye indsatser. Ingen dage er ens.",
                    Set.of("POTENTIAL_EMPLOYEES"),
                    Set.of("MAKE_A_DIFFERENCE"),
                    List.of("INSTAGRAM"),
                    2,
                    Stage.SUBMITTED,
                    null,
                    null,
                    null,
                    "Rasmus ved telefonen i Havnsø",
                    new Color(40, 90, 60),
                    new Color(200, 230, 180)),
            new Row(
                    "mette",
                    "Rekrutteringsdag på havnen",
                    "NEWS",
                    "Den 12. juni holder vi rekrutteringsdag på havnen i Fjordby med tyve virksomheder. Kladde: "
                            + "tjek listen over deltagere med Henrik.",
                    Set.of("POTENTIAL_EMPLOYEES", "STAKEHOLDERS"),
                    Set.of("CLOSE"),
                    List.of("FACEBOOK"),
                    1,
                    Stage.DRAFT,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null));

    private Story story(
            Person author,
            String title,
            String type,
            String body,
            Set<String> groups,
            Set<String> brands,
            List<String> channels,
            Instant at) {
        return story(author, title, type, body, groups, brands, channels, at, false);
    }

    private Story story(
            Person author,
            String title,
            String type,
            String body,
            Set<String> groups,
            Set<String> brands,
            List<String> channels,
            Instant at,
            boolean showFirstName) {
        Story story = new Story(author, title, type, at);
        story.edit(author, title, body, type, groups, brands, channels, Map.of(), showFirstName, at);
        em.persist(story);
        return story;
    }

    /** A wall-clock time of the demo's plan as the instant the entities record. */
    private static Instant at(LocalDateTime wallClock) {
        return PortalTime.typed(wallClock);
    }

    private static void publish(
            Story story, Person approver, Person communicator, LocalDateTime at, String channel, String link) {
        if (approver != null) {
            story.submit(story.getAuthor(), Set.of(), at(at.minusDays(4)));
            story.approve(approver, at(at.minusDays(3)));
        }
        story.schedule(communicator, channel, at(at), at(at.minusDays(2)));
        story.publish(communicator, channel, link, at(at));
    }

    private void addPhoto(Story story, Person author, Color from, Color to, String alt) {
        PhotoSanitizer.CleanPhoto clean = sanitizer.clean(drawPortrait(from, to, alt));
        story.addPhoto(
                author,
                new StoryPhoto(
                        story,
                        clean.contentType(),
                        clean.width(),
                        clean.height(),
                        clean.large(),
                        clean.small(),
                        alt,
                        story.getCreatedAt()),
                10);
    }

    /** A stylised portrait: a gradient, a figure of simple shapes and, where fonts exist, the caption. */
    static byte[] drawPortrait(Color from, Color to, String caption) {
        int width = 1200;
        int height = 900;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setPaint(new GradientPaint(0, 0, from, width, height, to));
            g.fillRect(0, 0, width, height);
            g.setColor(new Color(255, 255, 255, 60));
            for (int i = 0; i < 6; i++) {
                g.fill(new Ellipse2D.Double(80 + i * 180, 60 + (i % 2) * 90, 140, 140));
            }
            g.setColor(new Color(250, 235, 215));
            g.fill(new Ellipse2D.Double(width / 2.0 - 110, 200, 220, 240));
            g.setColor(from.darker());
            g.fill(new RoundRectangle2D.Double(width / 2.0 - 230, 460, 460, 460, 200, 200));
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(12));
            g.drawLine(width / 2 - 40, 560, width / 2 + 40, 560);
            g.drawLine(width / 2, 520, width / 2, 600);
            try {
                g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 44));
                g.drawString(caption, 40, height - 40);
            } catch (RuntimeException | Error noFonts) {
                // a headless JVM without fonts still gets the picture, without its caption
            }
        } finally {
            g.dispose();
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "jpeg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Person person(String username) {
        return organisationDemo.person(username);
    }
}
