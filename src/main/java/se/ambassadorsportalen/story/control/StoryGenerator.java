package se.ambassadorsportalen.story.control;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import se.ambassadorsportalen.story.entity.ConsentStatus;
import se.ambassadorsportalen.story.entity.StoryStatus;

/**
 * The large demo's staff stories: written by generated employees over the last three years, most
 * published, the rest in every other state (the open ones recent), in channels where their material
 * type is green, a colleague from the author's unit pictured with consent in about a third, a photo
 * (one of a few, by index) in about four in ten. Deterministic for a seed.
 */
public final class StoryGenerator {

    /** Someone who may write a story: their unit, and whom it goes to for approval. */
    public record Author(
            long personId, long unitId, String firstName, String profession, String town, Long approverId) {}

    public record Consent(long personId, ConsentStatus status) {}

    /**
     * One generated story. {@code publishAt} is when its channels were (or are planned to be) published;
     * {@code photo} is an index into the photo pool, or -1.
     */
    public record Plan(
            long authorId,
            Long approverId,
            String title,
            String body,
            String materialType,
            Set<String> groups,
            Set<String> brands,
            List<String> channels,
            boolean showFirstName,
            StoryStatus status,
            String returnComment,
            LocalDateTime createdAt,
            LocalDateTime submittedAt,
            LocalDateTime approvedAt,
            LocalDateTime publishAt,
            LocalDateTime withdrawnAt,
            List<Consent> consents,
            int photo) {}

    /** Material types green in every channel offered here (the small demo's channel guide). */
    private static final List<String> TYPES =
            List.of("STAFF_PORTRAIT", "STAFF_PORTRAIT", "STAFF_PORTRAIT", "BRAG", "KNOWLEDGE", "STAFF_PORTRAIT");

    /** The seeded brand associations' codes (V87_1), in the order the seeds were drawn from before they became data. */
    private static final List<String> BRANDS = List.of("MAKE_A_DIFFERENCE", "CLOSE", "DEVELOPING");

    private static final List<String> CHANNELS = List.of("INSTAGRAM", "FACEBOOK", "LINKEDIN", "WEB", "INTRANET");
    private static final List<String> TITLES = List.of(
            "En dag som %s i %s",
            "Därför blev jag %s",
            "Mitt liv som %s i %s",
            "Vad gör en %s egentligen?",
            "Från student till %s",
            "Nattpass som %s i %s",
            "Det bästa med att vara %s");
    private static final List<String> BODIES = List.of(
            "Jag började här för några år sedan och har aldrig ångrat mig. Kollegorna gör skillnad varje dag.",
            "Ingen dag är den andra lik. Jag lär mig något nytt varje vecka och får ta ansvar tidigt.",
            "Det jag uppskattar mest är teamet: vi hjälps åt när det är tufft och firar när det går bra.",
            "Här får jag använda hela min utbildning, och jag får handleda nya kollegor.",
            "Jag pendlar en bit, men det är värt det för ett jobb som känns meningsfullt.");

    private StoryGenerator() {}

    public static List<Plan> generate(List<Author> authors, int count, int photos, LocalDateTime now, long seed) {
        Random random = new Random(seed);
        Map<Long, List<Author>> byUnit = new HashMap<>();
        authors.forEach(author ->
                byUnit.computeIfAbsent(author.unitId(), k -> new ArrayList<>()).add(author));
        List<Plan> plans = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Author author = authors.get(random.nextInt(authors.size()));
            int draw = random.nextInt(100);
            StoryStatus status = draw < 60
                    ? StoryStatus.PUBLISHED
                    : draw < 72
                            ? StoryStatus.DRAFT
                            : draw < 80
                                    ? StoryStatus.SUBMITTED
                                    : draw < 84
                                            ? StoryStatus.RETURNED
                                            : draw < 90
                                                    ? StoryStatus.APPROVED
                                                    : draw < 96 ? StoryStatus.SCHEDULED : StoryStatus.WITHDRAWN;
            boolean settled = status == StoryStatus.PUBLISHED || status == StoryStatus.WITHDRAWN;
            // the steps after creation take up to 2 + 3 + 5 days (+ 5 to a withdrawal): creation leaves room for them
            LocalDateTime created = settled
                    ? now.minusMinutes(60L * 24 * 20 + random.nextInt(60 * 24 * 365 * 3))
                    : now.minusMinutes(60L * 24 * 6 + random.nextInt(60 * 24 * 54));
            created = created.withSecond(0).withNano(0);
            boolean submitted = status != StoryStatus.DRAFT && author.approverId() != null;
            if (!submitted) {
                status = StoryStatus.DRAFT;
            }
            LocalDateTime submittedAt = submitted ? created.plusHours(1 + random.nextInt(48)) : null;
            boolean approved = submitted && status != StoryStatus.SUBMITTED && status != StoryStatus.RETURNED;
            LocalDateTime approvedAt = approved ? submittedAt.plusHours(2 + random.nextInt(72)) : null;
            LocalDateTime publishAt = switch (status) {
                case PUBLISHED, WITHDRAWN ->
                    approvedAt.plusHours(24 + random.nextInt(96)).withMinute(0);
                case SCHEDULED ->
                    now.plusDays(1 + random.nextInt(30))
                            .withHour(9 + random.nextInt(7))
                            .withMinute(0)
                            .withSecond(0)
                            .withNano(0);
                default -> null;
            };
            LocalDateTime withdrawnAt =
                    status == StoryStatus.WITHDRAWN ? publishAt.plusDays(1 + random.nextInt(5)) : null;
            String type = TYPES.get(random.nextInt(TYPES.size()));
            Set<String> channels = new LinkedHashSet<>();
            channels.add(CHANNELS.get(random.nextInt(CHANNELS.size())));
            if (random.nextBoolean()) {
                channels.add(CHANNELS.get(random.nextInt(CHANNELS.size())));
            }
            List<Consent> consents = new ArrayList<>();
            List<Author> colleagues = byUnit.get(author.unitId());
            if (random.nextInt(3) == 0 && colleagues.size() > 1) {
                Author colleague = colleagues.get(random.nextInt(colleagues.size()));
                if (colleague.personId() != author.personId()) {
                    consents.add(new Consent(
                            colleague.personId(),
                            settled || approved || random.nextBoolean() ? ConsentStatus.GIVEN : ConsentStatus.PENDING));
                }
            }
            String profession = author.profession() == null
                    ? "medarbetare"
                    : author.profession().toLowerCase();
            plans.add(new Plan(
                    author.personId(),
                    submitted ? author.approverId() : null,
                    TITLES.get(random.nextInt(TITLES.size())).formatted(profession, author.town()),
                    BODIES.get(random.nextInt(BODIES.size())),
                    type,
                    Set.of(random.nextBoolean() ? "POTENTIAL_EMPLOYEES" : "STUDENTS"),
                    random.nextBoolean() ? Set.of() : Set.of(BRANDS.get(random.nextInt(BRANDS.size()))),
                    List.copyOf(channels),
                    "STAFF_PORTRAIT".equals(type),
                    status,
                    status == StoryStatus.RETURNED ? "Fint! Berätta gärna lite mer om vad du gör en vanlig dag." : null,
                    created,
                    submittedAt,
                    approvedAt,
                    publishAt,
                    withdrawnAt,
                    consents,
                    random.nextInt(10) < 4 ? random.nextInt(photos) : -1));
        }
        return plans;
    }
}
