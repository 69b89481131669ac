package se.ambassadorsportalen.press.control;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import se.ambassadorsportalen.press.entity.RuleCondition;
import se.ambassadorsportalen.press.entity.RuleTarget;
import se.ambassadorsportalen.press.entity.SpokespersonKind;

/**
 * Everything routing needs, held in memory and immutable: topics with their search terms,
 * spokespeople with their availability, and the rules in order. Built once from the registry
 * (and rebuilt when it changes), then shared by every look-up, which is what keeps routing
 * in the microseconds. Indexes by id and area are built here, once.
 */
public final class RoutingSnapshot {

    /** A topic and the lower-case terms that find it (its name, code and synonyms). */
    public record TopicEntry(String code, String name, String area, List<String> terms) {
        public TopicEntry {
            terms = terms.stream()
                    .map(RoutingSnapshot::normalise)
                    .filter(t -> !t.isBlank())
                    .distinct()
                    .toList();
        }
    }

    /** A period [starts, ends) in local time. */
    public record Period(LocalDateTime starts, LocalDateTime ends) {
        public boolean covers(LocalDateTime time) {
            return !time.isBefore(starts) && time.isBefore(ends);
        }
    }

    /** A spokesperson as routing sees them; {@code deputyId} may be null. */
    public record SpokespersonEntry(
            long id,
            String name,
            SpokespersonKind kind,
            String title,
            Set<String> areas,
            Set<String> topics,
            boolean coordinator,
            Long deputyId,
            Set<DayOfWeek> officeDays,
            LocalTime officeFrom,
            LocalTime officeTo,
            List<Period> absences,
            List<Period> onCall) {

        public boolean isAbsent(LocalDateTime time) {
            return absences.stream().anyMatch(period -> period.covers(time));
        }

        public LocalDateTime absentUntil(LocalDateTime time) {
            return absences.stream()
                    .filter(period -> period.covers(time))
                    .map(Period::ends)
                    .max(Comparator.naturalOrder())
                    .orElse(time);
        }

        public boolean isInOffice(LocalDateTime time) {
            return officeDays.contains(time.getDayOfWeek())
                    && !time.toLocalTime().isBefore(officeFrom)
                    && time.toLocalTime().isBefore(officeTo);
        }

        public boolean isOnCall(LocalDateTime time) {
            return onCall.stream().anyMatch(period -> period.covers(time));
        }

        /** Reachable now: not away, and either in office hours or on call. */
        public boolean isAvailable(LocalDateTime time) {
            return !isAbsent(time) && (isInOffice(time) || isOnCall(time));
        }
    }

    /** A rule in its place in the list. */
    public record RuleEntry(int position, RuleCondition condition, List<RuleTarget> targets) {}

    private final List<TopicEntry> topics;
    private final Map<String, TopicEntry> topicsByCode = new HashMap<>();
    private final List<SpokespersonEntry> spokespeople;
    private final Map<Long, SpokespersonEntry> byId = new HashMap<>();
    private final Map<String, List<SpokespersonEntry>> byArea = new HashMap<>();
    private final List<SpokespersonEntry> coordinators = new ArrayList<>();
    private final List<SpokespersonEntry> onCallRota = new ArrayList<>();
    private final List<RuleEntry> rules;

    public RoutingSnapshot(List<TopicEntry> topics, List<SpokespersonEntry> spokespeople, List<RuleEntry> rules) {
        this.topics = List.copyOf(topics);
        this.spokespeople = spokespeople.stream()
                .sorted(Comparator.comparing(SpokespersonEntry::name))
                .toList();
        this.rules = rules.stream()
                .sorted(Comparator.comparingInt(RuleEntry::position))
                .toList();
        for (TopicEntry topic : this.topics) {
            topicsByCode.put(topic.code(), topic);
        }
        for (SpokespersonEntry person : this.spokespeople) {
            byId.put(person.id(), person);
            for (String area : person.areas()) {
                byArea.computeIfAbsent(area, key -> new ArrayList<>()).add(person);
            }
            if (person.coordinator()) {
                coordinators.add(person);
            }
            if (!person.onCall().isEmpty()) {
                onCallRota.add(person);
            }
        }
    }

    static String normalise(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).trim();
    }

    public List<TopicEntry> topics() {
        return topics;
    }

    public TopicEntry topic(String code) {
        return topicsByCode.get(code);
    }

    public List<SpokespersonEntry> spokespeople() {
        return spokespeople;
    }

    public SpokespersonEntry spokesperson(Long id) {
        return id == null ? null : byId.get(id);
    }

    public List<SpokespersonEntry> inArea(String area) {
        return byArea.getOrDefault(area, List.of());
    }

    public List<SpokespersonEntry> coordinators() {
        return coordinators;
    }

    /** Everyone on the on-call rota at that time, by name. */
    public List<SpokespersonEntry> onCallAt(LocalDateTime time) {
        return onCallRota.stream()
                .filter(person -> person.isOnCall(time) && !person.isAbsent(time))
                .toList();
    }

    public List<RuleEntry> rules() {
        return rules;
    }
}
