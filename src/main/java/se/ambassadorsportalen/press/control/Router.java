package se.ambassadorsportalen.press.control;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.ambassadorsportalen.press.control.RoutingSnapshot.RuleEntry;
import se.ambassadorsportalen.press.control.RoutingSnapshot.SpokespersonEntry;
import se.ambassadorsportalen.press.control.RoutingSnapshot.TopicEntry;
import se.ambassadorsportalen.press.entity.RuleCondition;
import se.ambassadorsportalen.press.entity.RuleTarget;

/**
 * Proposes, ranked, who should answer a media question, following the organisation's rules in
 * their order: the first rule whose condition holds and that finds someone decides. Everyone
 * unavailable at the given time is passed over for their deputy or, failing that, whoever is on
 * call. Every proposal says why, as message keys with arguments. A pure function of the snapshot,
 * the question and the time, so tests can fix any instant and it costs no database round trip.
 */
public final class Router {

    /** A question as the press officer describes it; {@code at} is local time in Europe/Stockholm. */
    public record Question(String text, List<String> topicCodes, boolean political, boolean complex, LocalDateTime at) {
        public Question {
            text = text == null ? "" : text;
            topicCodes = topicCodes == null ? List.of() : List.copyOf(topicCodes);
        }
    }

    /** One proposed spokesperson. {@code insteadOf} names the person they stand in for, if any. */
    public record Proposal(
            int rank,
            long spokespersonId,
            String name,
            String title,
            boolean available,
            Long insteadOfId,
            List<Explanation> reasons) {}

    /** The answer: the topics used, the rule that decided, notes for the press officer, and the proposals. */
    public record Routing(
            List<String> topicCodes,
            Set<String> areas,
            RuleCondition decidedBy,
            List<Explanation> notices,
            List<Proposal> proposals) {}

    public static final int MAX_PROPOSALS = 5;
    private static final int MAX_DEPUTY_HOPS = 3;

    private Router() {}

    public static Routing route(RoutingSnapshot snapshot, Question question) {
        List<Explanation> notices = new ArrayList<>();
        LinkedHashSet<String> codes = new LinkedHashSet<>(question.topicCodes());
        List<String> recognised = recognise(snapshot, question.text());
        List<String> newlyRecognised =
                recognised.stream().filter(code -> !codes.contains(code)).toList();
        codes.addAll(recognised);
        List<TopicEntry> topics =
                codes.stream().map(snapshot::topic).filter(t -> t != null).toList();
        if (!newlyRecognised.isEmpty()) {
            notices.add(Explanation.of("press.notice.recognised", names(snapshot, newlyRecognised)));
        }
        Set<String> areas = topics.stream().map(TopicEntry::area).collect(Collectors.toCollection(LinkedHashSet::new));
        if (topics.isEmpty()) {
            notices.add(Explanation.of("press.notice.noTopic"));
        }
        String topicNames =
                topics.isEmpty() ? "–" : topics.stream().map(TopicEntry::name).collect(Collectors.joining(", "));
        Set<String> topicCodes = topics.stream().map(TopicEntry::code).collect(Collectors.toSet());

        for (RuleEntry rule : snapshot.rules()) {
            if (!holds(rule.condition(), question, areas, topics)) {
                continue;
            }
            List<SpokespersonEntry> candidates = candidates(snapshot, rule.targets(), areas, topicCodes);
            if (candidates.isEmpty()) {
                notices.add(Explanation.of("press.notice.ruleFoundNobody", "press.rule.condition." + rule.condition()));
                continue;
            }
            List<Proposal> proposals = propose(
                    snapshot, candidates, "press.reason." + rule.condition(), topicNames, topicCodes, question.at());
            return new Routing(List.copyOf(codes), areas, rule.condition(), notices, proposals);
        }
        notices.add(Explanation.of("press.notice.fallback"));
        List<Proposal> proposals = propose(
                snapshot, snapshot.coordinators(), "press.reason.FALLBACK", topicNames, topicCodes, question.at());
        return new Routing(List.copyOf(codes), areas, null, notices, proposals);
    }

    /** Topic codes whose name, code or synonyms occur in the text, in vocabulary order. */
    public static List<String> recognise(RoutingSnapshot snapshot, String text) {
        String normalised = RoutingSnapshot.normalise(text);
        if (normalised.isBlank()) {
            return List.of();
        }
        String[] words = normalised.split("[^\\p{L}\\p{N}]+");
        List<String> found = new ArrayList<>();
        for (TopicEntry topic : snapshot.topics()) {
            if (matches(topic, normalised, words)) {
                found.add(topic.code());
            }
        }
        return found;
    }

    private static boolean matches(TopicEntry topic, String text, String[] words) {
        for (String term : topic.terms()) {
            if (term.indexOf(' ') >= 0) {
                if (text.contains(term)) {
                    return true;
                }
                continue;
            }
            for (String word : words) {
                // Swedish compounds: "tandvård" is found in "tandvården" and, when long enough, in "barntandvården".
                if (word.startsWith(term) || (term.length() >= 5 && word.contains(term))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean holds(
            RuleCondition condition, Question question, Set<String> areas, List<TopicEntry> topics) {
        return switch (condition) {
            case POLITICAL -> question.political();
            case COMPLEX -> question.complex();
            case SEVERAL_AREAS -> areas.size() > 1;
            case ONE_AREA -> areas.size() == 1;
            case NO_MATCH -> topics.isEmpty();
            case ANY -> true;
        };
    }

    /** The people a rule's targets pick, in the targets' order, best topic match first within each. */
    private static List<SpokespersonEntry> candidates(
            RoutingSnapshot snapshot, List<RuleTarget> targets, Set<String> areas, Set<String> topicCodes) {
        LinkedHashSet<SpokespersonEntry> result = new LinkedHashSet<>();
        for (RuleTarget target : targets) {
            if (target == RuleTarget.COORDINATOR) {
                result.addAll(snapshot.coordinators());
                continue;
            }
            Map<SpokespersonEntry, Long> ofKind = new LinkedHashMap<>();
            for (String area : areas) {
                for (SpokespersonEntry person : snapshot.inArea(area)) {
                    if (person.kind() == target.kind() && !result.contains(person)) {
                        ofKind.computeIfAbsent(person, p -> overlap(p, topicCodes));
                    }
                }
            }
            ofKind.entrySet().stream()
                    .sorted(Comparator.comparingLong((Map.Entry<SpokespersonEntry, Long> e) -> -e.getValue())
                            .thenComparing(e -> e.getKey().name()))
                    .forEach(e -> result.add(e.getKey()));
        }
        return new ArrayList<>(result);
    }

    private static long overlap(SpokespersonEntry person, Set<String> topicCodes) {
        return person.topics().stream().filter(topicCodes::contains).count();
    }

    private static List<Proposal> propose(
            RoutingSnapshot snapshot,
            List<SpokespersonEntry> candidates,
            String ruleKey,
            String topicNames,
            Set<String> topicCodes,
            LocalDateTime at) {
        List<Proposal> proposals = new ArrayList<>();
        Set<Long> proposed = new LinkedHashSet<>();
        for (SpokespersonEntry candidate : candidates) {
            if (proposals.size() >= MAX_PROPOSALS) {
                break;
            }
            List<Explanation> reasons = new ArrayList<>();
            reasons.add(Explanation.of(ruleKey, topicNames, candidate.title(), candidate.name()));
            List<String> covered = candidate.topics().stream()
                    .filter(topicCodes::contains)
                    .sorted()
                    .toList();
            if (!covered.isEmpty()) {
                reasons.add(Explanation.of("press.reason.covers", candidate.name(), names(snapshot, covered)));
            }
            SpokespersonEntry chosen = candidate;
            if (!candidate.isAvailable(at)) {
                Optional<SpokespersonEntry> stand = substitute(snapshot, candidate, at, reasons);
                if (stand.isPresent()) {
                    chosen = stand.get();
                }
            }
            if (proposed.add(chosen.id())) {
                proposals.add(new Proposal(
                        proposals.size() + 1,
                        chosen.id(),
                        chosen.name(),
                        chosen.title(),
                        chosen.isAvailable(at),
                        chosen == candidate ? null : candidate.id(),
                        reasons));
            }
        }
        return proposals;
    }

    /** The deputy (following the deputy's own deputy a few steps), or else whoever is on call; adds the reason. */
    private static Optional<SpokespersonEntry> substitute(
            RoutingSnapshot snapshot, SpokespersonEntry absent, LocalDateTime at, List<Explanation> reasons) {
        String why = absent.isAbsent(at) ? "press.reason.away" : "press.reason.outOfOffice";
        String until = Explanation.time(absent.absentUntil(at));
        SpokespersonEntry deputy = snapshot.spokesperson(absent.deputyId());
        for (int hop = 0; deputy != null && hop < MAX_DEPUTY_HOPS; hop++) {
            if (deputy.isAvailable(at)) {
                reasons.add(Explanation.of(why + ".deputy", absent.name(), until, deputy.name()));
                return Optional.of(deputy);
            }
            deputy = snapshot.spokesperson(deputy.deputyId());
        }
        List<SpokespersonEntry> onCall = snapshot.onCallAt(at);
        if (!onCall.isEmpty()) {
            SpokespersonEntry duty = onCall.get(0);
            reasons.add(Explanation.of(why + ".onCall", absent.name(), until, duty.name()));
            return Optional.of(duty);
        }
        reasons.add(Explanation.of(why + ".nobody", absent.name(), until));
        return Optional.empty();
    }

    private static String names(RoutingSnapshot snapshot, List<String> codes) {
        return codes.stream()
                .map(snapshot::topic)
                .filter(t -> t != null)
                .map(TopicEntry::name)
                .collect(Collectors.joining(", "));
    }

    /** The topic whose code or name is nearest to what was typed (edit distance), for "did you mean". */
    public static Optional<TopicEntry> closestTopic(RoutingSnapshot snapshot, String typed) {
        String wanted = RoutingSnapshot.normalise(typed);
        return snapshot.topics().stream()
                .min(Comparator.comparingInt(topic -> Math.min(
                        distance(wanted, topic.code()), distance(wanted, RoutingSnapshot.normalise(topic.name())))));
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
