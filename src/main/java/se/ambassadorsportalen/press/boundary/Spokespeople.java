package se.ambassadorsportalen.press.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import se.ambassadorsportalen.organisation.boundary.Organisation;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.i18n.Collation;
import se.ambassadorsportalen.platform.persistence.Page;
import se.ambassadorsportalen.platform.persistence.PageRequest;
import se.ambassadorsportalen.platform.persistence.Queries;
import se.ambassadorsportalen.platform.persistence.SortKeys;
import se.ambassadorsportalen.platform.search.SearchChanged;
import se.ambassadorsportalen.platform.search.SearchDocument;
import se.ambassadorsportalen.platform.search.SearchReaders;
import se.ambassadorsportalen.platform.security.OpenOnPurpose;
import se.ambassadorsportalen.platform.security.Role;
import se.ambassadorsportalen.platform.time.PortalTime;
import se.ambassadorsportalen.press.control.Explanation;
import se.ambassadorsportalen.press.control.PressTime;
import se.ambassadorsportalen.press.control.Router;
import se.ambassadorsportalen.press.control.Router.Question;
import se.ambassadorsportalen.press.control.Router.Routing;
import se.ambassadorsportalen.press.control.RoutingSnapshot;
import se.ambassadorsportalen.press.control.RoutingSnapshot.Period;
import se.ambassadorsportalen.press.control.RoutingSnapshot.RuleEntry;
import se.ambassadorsportalen.press.control.RoutingSnapshot.SpokespersonEntry;
import se.ambassadorsportalen.press.control.RoutingSnapshot.TopicEntry;
import se.ambassadorsportalen.press.entity.Absence;
import se.ambassadorsportalen.press.entity.OnCallShift;
import se.ambassadorsportalen.press.entity.RoutingRule;
import se.ambassadorsportalen.press.entity.RuleCondition;
import se.ambassadorsportalen.press.entity.RuleTarget;
import se.ambassadorsportalen.press.entity.Spokesperson;
import se.ambassadorsportalen.press.entity.SpokespersonKind;
import se.ambassadorsportalen.press.entity.Topic;

/**
 * The spokesperson registry and the look-up that routes a media question to the right person.
 * Routing runs on a cached in-memory snapshot of the registry ({@link SnapshotCache}); every change
 * made here drops the snapshot. Press officers and communicators use it; both maintain the registry,
 * and communicators own the routing rules.
 */
@Stateless
public class Spokespeople {

    /** What a form or client sends to register or change a spokesperson. */
    public record SpokespersonDetails(
            Long personId,
            SpokespersonKind kind,
            String title,
            List<String> areaCodes,
            List<String> topicCodes,
            String languages,
            String phone,
            String email,
            boolean mediaTrained,
            boolean coordinator,
            Long deputyId) {}

    /** A rule as communicators edit it. */
    public record RuleDetails(RuleCondition condition, List<RuleTarget> targets, boolean active) {}

    /** Who is on call now, with how to reach them. */
    public record OnCall(String name, String title, String phone, Instant until) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<SearchChanged> searchChanged;

    @Inject
    SnapshotCache cache;

    @Inject
    Organisation organisation;

    /**
     * Proposes who should answer. Topic codes the press officer picked must exist: an unknown one is
     * refused with the closest existing topic offered instead.
     */
    @RolesAllowed({Role.Names.PRESS_OFFICER, Role.Names.COMMUNICATOR})
    public Routing route(String text, List<String> topicCodes, boolean political, boolean complex, Instant at) {
        RoutingSnapshot snapshot = snapshot();
        List<String> codes = requireKnownTopics(snapshot, topicCodes);
        // routing reasons in office hours: the question's time on the portal's wall clock
        Instant when = at == null ? PressTime.now() : at;
        return Router.route(snapshot, new Question(text, codes, political, complex, PortalTime.local(when)));
    }

    List<String> requireKnownTopics(RoutingSnapshot snapshot, List<String> topicCodes) {
        List<String> codes = new ArrayList<>();
        for (String code : topicCodes == null ? List.<String>of() : topicCodes) {
            if (code == null || code.isBlank()) {
                continue;
            }
            String wanted = code.trim().toLowerCase(Locale.ROOT);
            if (snapshot.topic(wanted) == null) {
                TopicEntry closest = Router.closestTopic(snapshot, wanted).orElse(null);
                if (closest == null) {
                    throw PortalException.invalidField("topics", "press.topic.unknownNoTopics", code);
                }
                throw PortalException.invalidField(
                        "topics", "press.topic.unknown", code, closest.name(), closest.code());
            }
            codes.add(wanted);
        }
        return codes;
    }

    /** A routing explanation in the given language (see {@link Explanation#text}). */
    public static String explain(Explanation explanation, Locale locale) {
        return explanation.text(locale);
    }

    public static String explain(List<Explanation> explanations, Locale locale) {
        return explanations.stream().map(e -> explain(e, locale)).collect(Collectors.joining(". "));
    }

    /** The snapshot routing uses, loaded from the database when the cache is empty or stale. */
    @RolesAllowed({Role.Names.PRESS_OFFICER, Role.Names.COMMUNICATOR})
    public RoutingSnapshot snapshot() {
        return cache.get(this::loadSnapshot);
    }

    private RoutingSnapshot loadSnapshot() {
        Instant horizon = PressTime.now().minus(Duration.ofDays(1));
        // Every spokesperson first, their relations read in batches: one met earlier (through an absence,
        // a shift or as a deputy) would be left out of the batch and read its topics one query each.
        List<Spokesperson> people = Queries.batch(
                        em.createQuery("select s from Spokesperson s", Spokesperson.class),
                        "person",
                        "topics",
                        "deputy",
                        "deputy.person")
                .getResultList();
        List<TopicEntry> topics =
                em.createQuery("select t from Topic t order by t.name", Topic.class).getResultList().stream()
                        .map(Spokespeople::entry)
                        .toList();
        Map<Long, List<Period>> absences = new HashMap<>();
        em.createQuery("select a from Absence a join fetch a.spokesperson where a.endsAt > :horizon", Absence.class)
                .setParameter("horizon", horizon)
                .getResultList()
                .forEach(a -> absences.computeIfAbsent(a.getSpokesperson().getId(), k -> new ArrayList<>())
                        .add(period(a.getStartsAt(), a.getEndsAt())));
        Map<Long, List<Period>> shifts = new HashMap<>();
        em.createQuery(
                        "select s from OnCallShift s join fetch s.spokesperson where s.endsAt > :horizon",
                        OnCallShift.class)
                .setParameter("horizon", horizon)
                .getResultList()
                .forEach(s -> shifts.computeIfAbsent(s.getSpokesperson().getId(), k -> new ArrayList<>())
                        .add(period(s.getStartsAt(), s.getEndsAt())));
        List<SpokespersonEntry> entries = people.stream()
                .map(s -> new SpokespersonEntry(
                        s.getId(),
                        s.getDisplayName(),
                        s.getKind(),
                        s.getTitle(),
                        new LinkedHashSet<>(s.areaCodeList()),
                        s.getTopics().stream().map(Topic::getCode).collect(Collectors.toSet()),
                        s.isCoordinator(),
                        s.getDeputy() == null ? null : s.getDeputy().getId(),
                        s.officeDaySet(),
                        s.getOfficeFrom(),
                        s.getOfficeTo(),
                        absences.getOrDefault(s.getId(), List.of()),
                        shifts.getOrDefault(s.getId(), List.of())))
                .toList();
        List<RuleEntry> rules = activeRules().stream()
                .map(r -> new RuleEntry(r.getPosition(), r.getCondition(), r.targetList()))
                .toList();
        return new RoutingSnapshot(topics, entries, rules);
    }

    /** A stored period as routing sees it, on the portal's wall clock (office hours are wall-clock times). */
    private static Period period(Instant starts, Instant ends) {
        return new Period(PortalTime.local(starts), PortalTime.local(ends));
    }

    static TopicEntry entry(Topic topic) {
        List<String> terms = new ArrayList<>(topic.synonymList());
        terms.add(topic.getName());
        terms.add(topic.getCode().replace('-', ' '));
        return new TopicEntry(topic.getCode(), topic.getName(), topic.getAreaCode(), terms);
    }

    /** Whether a spokesperson can be reached at a time, as a sentence key: away (until when), on call, in office or not. */
    @RolesAllowed({Role.Names.PRESS_OFFICER, Role.Names.COMMUNICATOR})
    public Explanation availability(long id, Instant moment) {
        SpokespersonEntry entry = snapshot().spokesperson(id);
        LocalDateTime at = PortalTime.local(moment);
        if (entry == null) {
            return Explanation.of("press.availability.unknown");
        }
        if (entry.isAbsent(at)) {
            return Explanation.of("press.availability.away", Explanation.time(entry.absentUntil(at)));
        }
        if (entry.isOnCall(at)) {
            return Explanation.of("press.availability.onCall");
        }
        return Explanation.of(entry.isInOffice(at) ? "press.availability.inOffice" : "press.availability.outOfOffice");
    }

    // ----- the registry -----

    /**
     * The registry a page at a time, by name. Filters: name (every word in the first name or surname,
     * so "Karin", "Karin Lund" and "Lund, Karin" all find her), kind (as the reader's language words
     * it), title and areas (containing the text).
     */
    @RolesAllowed({Role.Names.PRESS_OFFICER, Role.Names.COMMUNICATOR})
    public Page<Spokesperson> page(PageRequest request) {
        return Queries.page(
                em,
                Spokesperson.class,
                request,
                Map.of("name", "person.sortKeys", "kind", "kind", "title", "sortKeys", "areas", "areaCodes"),
                Map.of("title", "title", "areas", "areaCodes"),
                (cb, root) -> Queries.allOf(
                        cb,
                        Queries.nameMatches(cb, root, "person", request, "name"),
                        Queries.labelled(cb, root, "kind", SpokespersonKind.class, request, "kind")),
                "person.sortKeys",
                "person",
                "deputy",
                "deputy.person",
                "topics");
    }

    @RolesAllowed({Role.Names.PRESS_OFFICER, Role.Names.COMMUNICATOR})
    public Spokesperson spokesperson(long id) {
        return Optional.ofNullable(em.find(Spokesperson.class, id))
                .orElseThrow(() -> PortalException.notFound("press.spokesperson.notFound", id));
    }

    /** The kinds of the portal's search that spokespeople and press topics are (see {@code PressSearch}). */
    public static final String SEARCH_SPOKESPEOPLE = "spokesperson";

    public static final String SEARCH_TOPICS = "topic";

    private static final Set<String> PRESS_DESK =
            SearchReaders.roles(EnumSet.of(Role.PRESS_OFFICER, Role.COMMUNICATOR));

    /**
     * Spokespeople for the portal's search index, by name and title, with how to reach them: readable
     * by the press desk. About 2,000 rows on the large profile, read whole at every refresh (the index
     * writes only those that changed).
     */
    @PermitAll
    @OpenOnPurpose("the search index reads the registry from its timer, without a caller; each hit is shown only"
            + " to the press desk")
    public List<SearchDocument> spokespersonDocuments() {
        List<SearchDocument> documents = new ArrayList<>();
        for (Object[] row : em.createQuery(
                        "select s.id, p.firstName, p.lastName, s.title, s.phone, s.email from Spokesperson s"
                                + " join s.person p",
                        Object[].class)
                .getResultList()) {
            String reach = Stream.of((String) row[3], (String) row[4], (String) row[5])
                    .filter(part -> part != null && !part.isBlank())
                    .collect(Collectors.joining(", "));
            documents.add(new SearchDocument(
                    String.valueOf(row[0]),
                    SearchDocument.Text.same(row[1] + " " + row[2]),
                    SearchDocument.Text.same((String) row[3]),
                    SearchDocument.Text.same(reach),
                    "/press/registry.xhtml",
                    PRESS_DESK));
        }
        return documents;
    }

    /** Press topics for the portal's search index, by name and synonyms; a hit opens the look-up for the topic. */
    @PermitAll
    @OpenOnPurpose("the search index reads the topics from its timer, without a caller; each hit is shown only"
            + " to the press desk")
    public List<SearchDocument> topicDocuments() {
        return em.createQuery("select t from Topic t", Topic.class).getResultList().stream()
                .map(topic -> new SearchDocument(
                        String.valueOf(topic.getId()),
                        SearchDocument.Text.same(topic.getName()),
                        SearchDocument.Text.same(String.join(" ", topic.synonymList())),
                        SearchDocument.Text.same(topic.getAreaCode() == null ? "" : topic.getAreaCode()),
                        "/press/lookup.xhtml?q=" + URLEncoder.encode(topic.getName(), StandardCharsets.UTF_8),
                        PRESS_DESK))
                .toList();
    }

    /** Spokespeople by name, for pickers, in Swedish order. */
    @RolesAllowed({Role.Names.PRESS_OFFICER, Role.Names.COMMUNICATOR})
    public List<Spokesperson> find(String text, int max) {
        return find(text, max, null);
    }

    @RolesAllowed({Role.Names.PRESS_OFFICER, Role.Names.COMMUNICATOR})
    public Spokesperson register(SpokespersonDetails details) {
        searchChanged.fire(SearchChanged.of(SEARCH_SPOKESPEOPLE));
        if (details == null || details.personId() == null) {
            throw PortalException.invalidField("person", "press.spokesperson.personRequired");
        }
        Spokesperson spokesperson =
                new Spokesperson(organisation.person(details.personId()), details.kind(), details.title());
        apply(spokesperson, details);
        em.persist(spokesperson);
        cache.invalidate();
        return spokesperson;
    }

    @RolesAllowed({Role.Names.PRESS_OFFICER, Role.Names.COMMUNICATOR})
    public Spokesperson change(long id, long expectedVersion, SpokespersonDetails details) {
        searchChanged.fire(SearchChanged.of(SEARCH_SPOKESPEOPLE));
        Spokesperson spokesperson = spokesperson(id);
        if (spokesperson.getVersion() != expectedVersion) {
            throw PortalException.conflict("platform.error.conflict");
        }
        if (details.kind() != null) {
            spokesperson.changeKind(details.kind());
        }
        apply(spokesperson, details);
        cache.invalidate();
        return spokesperson;
    }

    private void apply(Spokesperson spokesperson, SpokespersonDetails details) {
        spokesperson.describe(details.title(), details.languages(), details.mediaTrained(), details.coordinator());
        spokesperson.setAreaCodes(details.areaCodes() == null ? List.of() : details.areaCodes());
        Set<Topic> topics = new HashSet<>();
        for (String code : details.topicCodes() == null ? List.<String>of() : details.topicCodes()) {
            topics.add(topic(code));
        }
        spokesperson.setTopics(topics);
        spokesperson.reachAt(
                details.phone() == null ? spokesperson.getPhone() : details.phone(),
                details.email() == null ? spokesperson.getEmail() : details.email());
        spokesperson.setDeputy(details.deputyId() == null ? null : spokesperson(details.deputyId()));
    }

    /** Registers (no id) or changes a spokesperson together with their office hours, in one transaction. */
    @RolesAllowed({Role.Names.PRESS_OFFICER, Role.Names.COMMUNICATOR})
    public Spokesperson save(
            Long id,
            long expectedVersion,
            SpokespersonDetails details,
            Set<DayOfWeek> days,
            LocalTime from,
            LocalTime to) {
        searchChanged.fire(SearchChanged.of(SEARCH_SPOKESPEOPLE));
        Spokesperson spokesperson = id == null ? register(details) : change(id, expectedVersion, details);
        spokesperson.setOfficeHours(days, from, to);
        cache.invalidate();
        return spokesperson;
    }

    /**
     * A picker's page of spokespeople whose name or title contains the text: the first {@code max}
     * by last and first name in the reader's alphabet, ordered by the reader's sort key in the
     * database before the limit, so the first suggestions are the alphabet's first matches.
     */
    @RolesAllowed({Role.Names.PRESS_OFFICER, Role.Names.COMMUNICATOR})
    public List<Spokesperson> find(String text, int max, Locale locale) {
        String like = "%" + Queries.escapeLike(text == null ? "" : text.trim().toLowerCase(Locale.ROOT)) + "%";
        return em.createQuery(
                        "select s from Spokesperson s join fetch s.person p where lower(concat(p.firstName, ' ',"
                                + " p.lastName)) like :q escape '\\' or lower(s.title) like :q escape '\\'"
                                + " order by " + SortKeys.path("p.sortKeys", locale) + ", s.id",
                        Spokesperson.class)
                .setParameter("q", like)
                .setMaxResults(max)
                .getResultList();
    }

    /** {@link #people(String, int)} in the reader's alphabet. */
    @RolesAllowed({Role.Names.PRESS_OFFICER, Role.Names.COMMUNICATOR})
    public List<se.ambassadorsportalen.organisation.entity.Person> people(String text, int max, Locale locale) {
        return organisation.findPeople(text, max, locale);
    }

    /** People whose name contains the text, who can be made spokespeople: the registry's autocomplete. */
    @RolesAllowed({Role.Names.PRESS_OFFICER, Role.Names.COMMUNICATOR})
    public List<se.ambassadorsportalen.organisation.entity.Person> people(String text, int max) {
        return organisation.findPeople(text, max);
    }

    @RolesAllowed({Role.Names.PRESS_OFFICER, Role.Names.COMMUNICATOR})
    public void setOfficeHours(long id, Set<DayOfWeek> days, LocalTime from, LocalTime to) {
        spokesperson(id).setOfficeHours(days, from, to);
        cache.invalidate();
    }

    @RolesAllowed({Role.Names.PRESS_OFFICER, Role.Names.COMMUNICATOR})
    public Absence addAbsence(long spokespersonId, Instant starts, Instant ends, String note) {
        Absence absence = spokesperson(spokespersonId).addAbsence(starts, ends, note);
        em.flush();
        cache.invalidate();
        return absence;
    }

    @RolesAllowed({Role.Names.PRESS_OFFICER, Role.Names.COMMUNICATOR})
    public void removeAbsence(long absenceId) {
        Absence absence = em.find(Absence.class, absenceId);
        if (absence != null) {
            absence.getSpokesperson().removeAbsence(absence);
            cache.invalidate();
        }
    }

    @RolesAllowed({Role.Names.PRESS_OFFICER, Role.Names.COMMUNICATOR})
    public OnCallShift addOnCall(long spokespersonId, Instant starts, Instant ends) {
        OnCallShift shift = new OnCallShift(spokesperson(spokespersonId), starts, ends);
        em.persist(shift);
        cache.invalidate();
        return shift;
    }

    /** Who is on call right now, as the home page shows it. */
    @RolesAllowed({Role.Names.PRESS_OFFICER, Role.Names.COMMUNICATOR})
    public List<OnCall> onCallNow() {
        Instant now = PressTime.now();
        return em
                .createQuery(
                        "select s from OnCallShift s join fetch s.spokesperson p join fetch p.person"
                                + " where s.startsAt <= :now and s.endsAt > :now order by s.startsAt",
                        OnCallShift.class)
                .setParameter("now", now)
                .getResultList()
                .stream()
                .map(s -> new OnCall(
                        s.getSpokesperson().getDisplayName(),
                        s.getSpokesperson().getTitle(),
                        s.getSpokesperson().getPhone(),
                        s.getEndsAt()))
                .toList();
    }

    /**
     * Current and coming on-call shifts a page at a time, the earliest first. Filters: name (as in
     * the registry), starts and ends (a day, month or year, see {@code TypedPeriod}).
     */
    @RolesAllowed({Role.Names.PRESS_OFFICER, Role.Names.COMMUNICATOR})
    public Page<OnCallShift> rotaPage(PageRequest request) {
        Instant now = PressTime.now();
        return Queries.page(
                em,
                OnCallShift.class,
                request,
                Map.of("starts", "startsAt", "ends", "endsAt", "name", "spokesperson.person.sortKeys"),
                Map.of(),
                (cb, root) -> Queries.allOf(
                        cb,
                        cb.greaterThan(root.get("endsAt"), now),
                        Queries.nameMatches(cb, root, "spokesperson.person", request, "name"),
                        Queries.within(cb, root, "startsAt", request, "starts"),
                        Queries.within(cb, root, "endsAt", request, "ends")),
                "startsAt",
                "spokesperson",
                "spokesperson.person");
    }

    /** Takes a shift off the rota; the look-up stops proposing its person for that time at once. */
    @RolesAllowed({Role.Names.PRESS_OFFICER, Role.Names.COMMUNICATOR})
    public void removeOnCall(long shiftId) {
        OnCallShift shift = em.find(OnCallShift.class, shiftId);
        if (shift != null) {
            em.remove(shift);
            cache.invalidate();
        }
    }

    /** Current and coming absences, for the registry page. */
    @RolesAllowed({Role.Names.PRESS_OFFICER, Role.Names.COMMUNICATOR})
    public Page<Absence> absences(PageRequest request) {
        Instant now = PressTime.now();
        return Queries.page(
                em,
                Absence.class,
                request,
                Map.of("starts", "startsAt", "ends", "endsAt"),
                Map.of(),
                (cb, root) -> cb.greaterThan(root.get("endsAt"), now),
                "startsAt",
                "spokesperson",
                "spokesperson.person",
                "spokesperson.deputy",
                "spokesperson.deputy.person");
    }

    // ----- topics -----

    /**
     * The topic vocabulary for a menu, in the reader's alphabet: the database's ORDER BY follows its
     * own collation, which knows neither Swedish nor Danish.
     */
    @RolesAllowed({Role.Names.PRESS_OFFICER, Role.Names.COMMUNICATOR})
    public List<Topic> topics(Locale locale) {
        return topics().stream()
                .sorted(java.util.Comparator.comparing(Topic::getName, Collation.of(locale)))
                .toList();
    }

    @RolesAllowed({Role.Names.PRESS_OFFICER, Role.Names.COMMUNICATOR})
    public List<Topic> topics() {
        return em.createQuery("select t from Topic t order by t.name", Topic.class)
                .getResultList();
    }

    @RolesAllowed({Role.Names.PRESS_OFFICER, Role.Names.COMMUNICATOR})
    public Topic topic(String code) {
        return em.createQuery("select t from Topic t where t.code = :code", Topic.class)
                .setParameter("code", code == null ? "" : code.trim().toLowerCase(Locale.ROOT))
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> {
                    RoutingSnapshot snapshot = snapshot();
                    return Router.closestTopic(snapshot, code == null ? "" : code)
                            .map(c -> PortalException.invalidField(
                                    "topics", "press.topic.unknown", code, c.name(), c.code()))
                            .orElse(PortalException.invalidField("topics", "press.topic.unknownNoTopics", code));
                });
    }

    @RolesAllowed({Role.Names.PRESS_OFFICER, Role.Names.COMMUNICATOR})
    public Topic addTopic(String code, String name, String areaCode, List<String> synonyms) {
        searchChanged.fire(SearchChanged.of(SEARCH_TOPICS));
        if (code == null || !code.matches("[a-z0-9-]{1,60}")) {
            throw PortalException.invalidField("code", "press.topic.code.pattern");
        }
        if (em.createQuery("select count(t) from Topic t where t.code = :code", Long.class)
                        .setParameter("code", code)
                        .getSingleResult()
                > 0) {
            throw PortalException.invalidField("code", "press.topic.code.taken", code);
        }
        Topic topic = new Topic(code, "", "");
        topic.describe(name, knownArea(areaCode), synonyms);
        em.persist(topic);
        cache.invalidate();
        return topic;
    }

    /** The topic vocabulary a page at a time, by name; filters: name, code, synonyms, area. */
    @RolesAllowed({Role.Names.PRESS_OFFICER, Role.Names.COMMUNICATOR})
    public Page<Topic> topicPage(PageRequest request) {
        return Queries.page(
                em,
                Topic.class,
                request,
                Map.of("name", "sortKeys", "code", "code", "area", "areaCode"),
                Map.of("name", "name", "code", "code", "synonyms", "synonyms", "area", "areaCode"),
                null,
                "sortKeys");
    }

    @RolesAllowed({Role.Names.PRESS_OFFICER, Role.Names.COMMUNICATOR})
    public Topic topic(long id) {
        return Optional.ofNullable(em.find(Topic.class, id))
                .orElseThrow(() -> PortalException.notFound("press.topic.notFound", id));
    }

    /**
     * Adds a topic (no id) or changes one's name, area and synonyms. The code of an existing topic
     * never changes: inquiries and spokespeople refer to it. The look-up sees the change at once.
     */
    @RolesAllowed({Role.Names.PRESS_OFFICER, Role.Names.COMMUNICATOR})
    public Topic saveTopic(
            Long id, long expectedVersion, String code, String name, String areaCode, List<String> synonyms) {
        searchChanged.fire(SearchChanged.of(SEARCH_TOPICS));
        if (id == null) {
            return addTopic(code == null ? null : code.trim(), name, areaCode, synonyms);
        }
        Topic topic = topic(id);
        if (topic.getVersion() != expectedVersion) {
            throw PortalException.conflict("platform.error.conflict");
        }
        topic.describe(name, knownArea(areaCode), synonyms);
        cache.invalidate();
        return topic;
    }

    /** The areas a topic can belong to: the administrations, for the vocabulary's form. */
    @RolesAllowed({Role.Names.PRESS_OFFICER, Role.Names.COMMUNICATOR})
    public List<se.ambassadorsportalen.organisation.entity.Unit> areas() {
        return organisation.administrations();
    }

    private String knownArea(String areaCode) {
        if (areaCode == null || areaCode.isBlank()) {
            throw PortalException.invalidField("area", "press.topic.areaRequired");
        }
        String code = areaCode.trim().toUpperCase(Locale.ROOT);
        if (organisation.unitByCode(code).isEmpty()) {
            throw PortalException.invalidField("area", "press.topic.areaUnknown", areaCode);
        }
        return code;
    }

    // ----- rules -----

    @RolesAllowed({Role.Names.PRESS_OFFICER, Role.Names.COMMUNICATOR})
    public List<RoutingRule> rules() {
        return em.createQuery("select r from RoutingRule r order by r.position, r.id", RoutingRule.class)
                .getResultList();
    }

    private List<RoutingRule> activeRules() {
        return rules().stream().filter(RoutingRule::isActive).toList();
    }

    /** Replaces the rule list with the given rules in the given order. Communicators own the rules. */
    @RolesAllowed(Role.Names.COMMUNICATOR)
    public List<RoutingRule> replaceRules(List<RuleDetails> details) {
        if (details == null || details.isEmpty()) {
            throw PortalException.invalidField("rules", "press.rule.listRequired");
        }
        List<RoutingRule> existing = rules();
        List<RoutingRule> result = new ArrayList<>();
        for (int i = 0; i < details.size(); i++) {
            RuleDetails wanted = details.get(i);
            RoutingRule rule;
            if (i < existing.size()) {
                rule = existing.get(i);
                rule.change(wanted.condition(), wanted.targets(), wanted.active());
                rule.moveTo(i + 1);
            } else {
                rule = new RoutingRule(i + 1, wanted.condition(), wanted.targets());
                rule.change(wanted.condition(), wanted.targets(), wanted.active());
                em.persist(rule);
            }
            result.add(rule);
        }
        for (int i = details.size(); i < existing.size(); i++) {
            em.remove(existing.get(i));
        }
        cache.invalidate();
        return result;
    }

    /**
     * Adds a rule at the end of the list (no id) or changes one's condition, targets (in the order
     * they are asked) and whether it is active. Communicators own the rules.
     */
    @RolesAllowed(Role.Names.COMMUNICATOR)
    public RoutingRule saveRule(Long id, long expectedVersion, RuleDetails details) {
        if (details == null) {
            throw PortalException.invalidField("condition", "press.rule.conditionRequired");
        }
        RoutingRule rule;
        if (id == null) {
            rule = new RoutingRule(rules().size() + 1, details.condition(), details.targets());
            rule.change(details.condition(), details.targets(), details.active());
            em.persist(rule);
        } else {
            rule = rule(id);
            if (rule.getVersion() != expectedVersion) {
                throw PortalException.conflict("platform.error.conflict");
            }
            rule.change(details.condition(), details.targets(), details.active());
        }
        cache.invalidate();
        return rule;
    }

    /** Removes a rule and closes the gap in the order; the last rule cannot be removed. */
    @RolesAllowed(Role.Names.COMMUNICATOR)
    public void removeRule(long id) {
        RoutingRule rule = rule(id);
        List<RoutingRule> rules = new ArrayList<>(rules());
        if (rules.size() <= 1) {
            throw PortalException.invalidField("rules", "press.rule.listRequired");
        }
        rules.remove(rule);
        em.remove(rule);
        for (int i = 0; i < rules.size(); i++) {
            rules.get(i).moveTo(i + 1);
        }
        cache.invalidate();
    }

    @RolesAllowed({Role.Names.PRESS_OFFICER, Role.Names.COMMUNICATOR})
    public RoutingRule rule(long id) {
        return Optional.ofNullable(em.find(RoutingRule.class, id))
                .orElseThrow(() -> PortalException.notFound("press.rule.notFound", id));
    }

    /** Moves a rule one place up (earlier) or down, swapping with its neighbour. */
    @RolesAllowed(Role.Names.COMMUNICATOR)
    public void moveRule(long id, boolean up) {
        List<RoutingRule> rules = rules();
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).getId() == id) {
                int other = up ? i - 1 : i + 1;
                if (other >= 0 && other < rules.size()) {
                    RoutingRule a = rules.get(i);
                    RoutingRule b = rules.get(other);
                    a.moveTo(other + 1);
                    b.moveTo(i + 1);
                    for (int j = 0; j < rules.size(); j++) {
                        if (j != i && j != other) {
                            rules.get(j).moveTo(j + 1);
                        }
                    }
                }
                cache.invalidate();
                return;
            }
        }
        throw PortalException.notFound("press.rule.notFound", id);
    }

    @RolesAllowed(Role.Names.COMMUNICATOR)
    public void toggleRule(long id) {
        RoutingRule rule = em.find(RoutingRule.class, id);
        if (rule == null) {
            throw PortalException.notFound("press.rule.notFound", id);
        }
        rule.change(rule.getCondition(), rule.targetList(), !rule.isActive());
        cache.invalidate();
    }
}
