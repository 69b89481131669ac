package se.ambassadorsportalen.ambassador.control;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import se.ambassadorsportalen.ambassador.entity.AmbassadorStatus;
import se.ambassadorsportalen.ambassador.entity.Channel;

/**
 * The large demo's ambassadors: distinct people drawn from the candidates, most of them active,
 * some applied, paused, left or declined, signed up over the last three years with one or two
 * channels and part of the training done. Deterministic for a seed.
 */
public final class AmbassadorGenerator {

    /** One generated ambassador; {@code completed} is how many of the training modules (in order) they finished. */
    public record Plan(
            long personId,
            AmbassadorStatus status,
            String motivation,
            String topics,
            String languages,
            LocalDateTime appliedAt,
            LocalDateTime decidedAt,
            LocalDateTime leftAt,
            List<Channel> channels,
            int completed) {}

    private static final List<String> MOTIVATIONS = List.of(
            "Jag vill visa hur det är att jobba hos oss på riktigt.",
            "Fler borde få veta vilka viktiga jobb som finns i regionen.",
            "Jag trivs och vill att fler ska söka sig hit.",
            "Jag vill berätta om mitt yrke för unga som funderar på framtiden.",
            "Vi behöver fler kollegor, och jag kan hjälpa till att hitta dem.");
    private static final List<String> LANGUAGES = List.of(
            "svenska",
            "svenska, engelska",
            "svenska, engelska",
            "svenska, arabiska",
            "svenska, finska",
            "svenska, persiska, engelska",
            "svenska, somaliska");

    private AmbassadorGenerator() {}

    /** {@code count} ambassadors among {@code candidates} (person id and profession, at least as many as asked). */
    public static List<Plan> generate(
            List<Candidate> candidates, int count, int trainingModules, LocalDateTime now, long seed) {
        if (candidates.size() < count) {
            throw new IllegalArgumentException(count + " ambassadors from " + candidates.size() + " people");
        }
        Random random = new Random(seed);
        List<Candidate> shuffled = new ArrayList<>(candidates);
        Collections.shuffle(shuffled, random);
        List<Plan> plans = new ArrayList<>(count);
        for (Candidate candidate : shuffled.subList(0, count)) {
            int draw = random.nextInt(100);
            AmbassadorStatus status = draw < 78
                    ? AmbassadorStatus.ACTIVE
                    : draw < 86
                            ? AmbassadorStatus.APPLIED
                            : draw < 92
                                    ? AmbassadorStatus.PAUSED
                                    : draw < 97 ? AmbassadorStatus.LEFT : AmbassadorStatus.DECLINED;
            // decisions take up to 10 days and training up to 5 more: the application leaves room for both
            LocalDateTime applied = now.minusMinutes(60L * 24 * 20 + random.nextInt(60 * 24 * 365 * 3));
            LocalDateTime decided =
                    status == AmbassadorStatus.APPLIED ? null : applied.plusDays(1 + random.nextInt(10));
            LocalDateTime left = status == AmbassadorStatus.LEFT
                    ? decided.plusDays(random.nextInt((int)
                            Math.max(1, java.time.Duration.between(decided, now).toDays())))
                    : null;
            List<Channel> channels = new ArrayList<>();
            channels.add(random.nextBoolean() ? Channel.INSTAGRAM : Channel.LINKEDIN);
            if (random.nextInt(3) == 0) {
                channels.add(channels.get(0) == Channel.INSTAGRAM ? Channel.FACEBOOK : Channel.INSTAGRAM);
            }
            int completed = status == AmbassadorStatus.APPLIED || status == AmbassadorStatus.DECLINED
                    ? 0
                    : random.nextInt(trainingModules + 1);
            plans.add(new Plan(
                    candidate.personId(),
                    status,
                    MOTIVATIONS.get(random.nextInt(MOTIVATIONS.size())),
                    candidate.profession(),
                    LANGUAGES.get(random.nextInt(LANGUAGES.size())),
                    applied,
                    decided,
                    left,
                    List.copyOf(channels),
                    completed));
        }
        return plans;
    }

    public record Candidate(long personId, String profession) {}
}
