package se.ambassadorsportalen.press.control;

import java.text.Normalizer;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import se.ambassadorsportalen.press.entity.InquiryChannel;
import se.ambassadorsportalen.press.entity.InquiryStatus;
import se.ambassadorsportalen.press.entity.SpokespersonKind;

/**
 * The large demo's press desk: topics (a subject in a place, with the administration that owns it),
 * spokespeople among the generated employees (managers first, then experts) each covering a few
 * topics of their own administration, and media inquiries over the retention period, routed to
 * someone covering their topic. Deterministic for a seed; plans refer to topics and spokespeople by
 * their index in the lists.
 */
public final class PressGenerator {

    public record TopicPlan(String code, String name, String synonyms, String areaCode) {}

    /** A person who may speak to the press: id, administration, title, whether they manage a unit. */
    public record Candidate(long personId, String areaCode, String title, boolean manager) {}

    public record SpokespersonPlan(
            long personId,
            SpokespersonKind kind,
            String title,
            String areaCode,
            String languages,
            boolean mediaTrained,
            List<Integer> topics) {}

    public record InquiryPlan(
            String journalist,
            String outlet,
            InquiryChannel channel,
            String question,
            List<Integer> topics,
            LocalDateTime receivedAt,
            LocalDateTime deadline,
            Integer assignee,
            InquiryStatus status,
            LocalDateTime answeredAt) {}

    public record Desk(List<TopicPlan> topics, List<SpokespersonPlan> spokespeople, List<InquiryPlan> inquiries) {}

    private static final Map<String, List<String>> SUBJECTS = Map.of(
            "HSF",
                    List.of(
                            "Väntetider",
                            "Vårdplatser",
                            "Bemanning",
                            "Hyrpersonal",
                            "Cancervård",
                            "Förlossning",
                            "Ambulans",
                            "Vaccination",
                            "Psykiatri",
                            "Äldrevård",
                            "Läkemedel",
                            "Patientsäkerhet",
                            "Digitala vårdmöten",
                            "Smittskydd",
                            "Ortopedi",
                            "Hjärtsjukvård",
                            "Barnsjukvård",
                            "Rehabilitering",
                            "Laboratorium",
                            "Operationer"),
            "FTV", List.of("Tandvårdsavgifter", "Barntandvård", "Tandvårdsköer", "Specialisttandvård"),
            "KTF", List.of("Busslinjer", "Tågtider", "Biljettpriser", "Färdtjänst", "Trafikstörningar", "Skolskjuts"),
            "RUF", List.of("Kulturstöd", "Bibliotek", "Folkhögskolor", "Näringsliv", "Turism"),
            "RLF",
                    List.of(
                            "Budget",
                            "Skatter",
                            "Upphandling",
                            "Informationssäkerhet",
                            "Krisberedskap",
                            "Löner",
                            "Fastigheter",
                            "Miljö"));
    private static final List<String> AREAS = List.of("HSF", "FTV", "KTF", "RUF", "RLF");
    private static final List<String> PLACES = List.of(
            "Älvstad",
            "Sjövik",
            "Norrby",
            "Bergsjö",
            "Åby",
            "Lillfors",
            "Storvallen",
            "Tallberga",
            "Granby",
            "Hedemyra",
            "Östmark",
            "Fjällby");
    private static final List<String> JOURNALISTS = List.of(
            "Lena Ahl",
            "Johan Berglund",
            "Maja Ek",
            "Kim Öst",
            "Sanna Lindell",
            "Pär Holmgren",
            "Ida Rask",
            "Omid Karimi",
            "Helga Nord",
            "Elsa Jonsson",
            "Anton Blad",
            "Rune Sten",
            "Tove Lind",
            "Jesper Hall",
            "Nora Vik",
            "Samuel Berg");
    private static final List<String> OUTLETS = List.of(
            "Fjällmarks-Posten",
            "Radio Fjällmark",
            "Norrby Tidning",
            "TV Norr",
            "Dagbladet Väst",
            "Sveriges Radio",
            "Tidningen Vård",
            "Kvällsbladet",
            "Sjöviks Kuriren");
    private static final List<String> QUESTIONS = List.of(
            "Hur ser det ut med %s just nu?",
            "Stämmer uppgifterna om förändringar i %s?",
            "Vad planerar regionen för %s nästa år?",
            "Kan någon ställa upp på en intervju om %s i dag?",
            "Hur har %s påverkats av besparingarna?");
    private static final List<String> LANGUAGES = List.of(
            "svenska", "svenska, engelska", "svenska, engelska", "svenska, finska", "svenska, arabiska, engelska");

    private PressGenerator() {}

    /**
     * {@code topics} topics, {@code spokespeople} spokespeople among the candidates (managers first) and
     * {@code inquiries} inquiries received over the last {@code days} days before {@code now}.
     */
    public static Desk generate(
            int topics,
            List<Candidate> candidates,
            int spokespeople,
            int inquiries,
            int days,
            LocalDateTime now,
            long seed) {
        if (candidates.size() < spokespeople) {
            throw new IllegalArgumentException(spokespeople + " spokespeople from " + candidates.size() + " people");
        }
        Random random = new Random(seed);
        List<TopicPlan> topicPlans = topics(topics);
        Map<String, List<Integer>> topicsByArea = new HashMap<>();
        for (int i = 0; i < topicPlans.size(); i++) {
            topicsByArea
                    .computeIfAbsent(topicPlans.get(i).areaCode(), k -> new ArrayList<>())
                    .add(i);
        }
        List<Candidate> ordered =
                new ArrayList<>(candidates.stream().filter(Candidate::manager).toList());
        List<Candidate> experts =
                new ArrayList<>(candidates.stream().filter(c -> !c.manager()).toList());
        java.util.Collections.shuffle(experts, random);
        ordered.addAll(experts);
        List<SpokespersonPlan> people = new ArrayList<>(spokespeople);
        Map<Integer, List<Integer>> coveredBy = new HashMap<>();
        for (Candidate candidate : ordered.subList(0, spokespeople)) {
            List<Integer> own = topicsByArea.getOrDefault(candidate.areaCode(), List.of());
            Set<Integer> covered = new LinkedHashSet<>();
            for (int t = 0, n = own.isEmpty() ? 0 : 1 + random.nextInt(3); t < n; t++) {
                covered.add(own.get(random.nextInt(own.size())));
            }
            for (int topic : covered) {
                coveredBy.computeIfAbsent(topic, k -> new ArrayList<>()).add(people.size());
            }
            people.add(new SpokespersonPlan(
                    candidate.personId(),
                    candidate.manager() ? SpokespersonKind.MANAGER : SpokespersonKind.EXPERT,
                    candidate.title(),
                    candidate.areaCode(),
                    LANGUAGES.get(random.nextInt(LANGUAGES.size())),
                    random.nextInt(3) > 0,
                    List.copyOf(covered)));
        }
        List<InquiryPlan> inquiryPlans = new ArrayList<>(inquiries);
        InquiryChannel[] channels = InquiryChannel.values();
        for (int i = 0; i < inquiries; i++) {
            int topic = random.nextInt(topicPlans.size());
            List<Integer> inquiryTopics = random.nextInt(10) == 0
                    ? List.copyOf(new LinkedHashSet<>(List.of(topic, random.nextInt(topicPlans.size()))))
                    : List.of(topic);
            LocalDateTime received = now.minusMinutes(1 + random.nextInt(days * 24 * 60))
                    .withSecond(0)
                    .withNano(0);
            LocalDateTime deadline = received.plusHours(2 + random.nextInt(70));
            List<Integer> covering = coveredBy.getOrDefault(topic, List.of());
            Integer assignee = covering.isEmpty() ? null : covering.get(random.nextInt(covering.size()));
            InquiryStatus status = status(random, received, now, assignee != null);
            LocalDateTime answered =
                    status == InquiryStatus.ANSWERED || status == InquiryStatus.CLOSED && assignee != null
                            ? received.plusMinutes(30
                                    + random.nextInt((int) java.time.Duration.between(received, deadline)
                                                    .toMinutes()
                                            * 5
                                            / 4))
                            : null;
            if (answered != null && answered.isAfter(now)) {
                answered = now;
            }
            inquiryPlans.add(new InquiryPlan(
                    JOURNALISTS.get(random.nextInt(JOURNALISTS.size())),
                    OUTLETS.get(random.nextInt(OUTLETS.size())),
                    channels[random.nextInt(channels.length)],
                    QUESTIONS
                            .get(random.nextInt(QUESTIONS.size()))
                            .formatted(topicPlans.get(topic).name().toLowerCase(Locale.ROOT)),
                    inquiryTopics,
                    received,
                    deadline,
                    assignee,
                    status,
                    answered));
        }
        return new Desk(topicPlans, people, inquiryPlans);
    }

    /** Recent inquiries are still open now and then; older ones were answered, closed or declined. */
    private static InquiryStatus status(Random random, LocalDateTime received, LocalDateTime now, boolean assignable) {
        int draw = random.nextInt(100);
        if (received.isAfter(now.minusDays(3))) {
            return draw < 25 || !assignable
                    ? InquiryStatus.NEW
                    : draw < 60 ? InquiryStatus.ASSIGNED : InquiryStatus.ANSWERED;
        }
        if (!assignable) {
            return InquiryStatus.CLOSED;
        }
        return draw < 55 ? InquiryStatus.ANSWERED : draw < 90 ? InquiryStatus.CLOSED : InquiryStatus.DECLINED;
    }

    private static List<TopicPlan> topics(int count) {
        List<TopicPlan> plans = new ArrayList<>(count);
        for (int round = 0; plans.size() < count; round++) {
            for (String place : PLACES) {
                for (String area : AREAS) {
                    for (String subject : SUBJECTS.get(area)) {
                        if (plans.size() == count) {
                            return plans;
                        }
                        String suffix = round == 0 ? "" : " " + (round + 1);
                        plans.add(new TopicPlan(
                                slug(subject + " " + place + suffix),
                                subject + " i " + place + suffix,
                                subject.toLowerCase(Locale.ROOT) + " " + place.toLowerCase(Locale.ROOT),
                                area));
                    }
                }
            }
        }
        return plans;
    }

    private static String slug(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-");
    }
}
