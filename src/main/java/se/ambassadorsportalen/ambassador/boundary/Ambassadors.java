package se.ambassadorsportalen.ambassador.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import se.ambassadorsportalen.ambassador.control.Coverage;
import se.ambassadorsportalen.ambassador.control.DirectoryPages;
import se.ambassadorsportalen.ambassador.control.DirectoryRow;
import se.ambassadorsportalen.ambassador.control.ProfilePhotos;
import se.ambassadorsportalen.ambassador.entity.Ambassador;
import se.ambassadorsportalen.ambassador.entity.AmbassadorStatus;
import se.ambassadorsportalen.ambassador.entity.Channel;
import se.ambassadorsportalen.ambassador.entity.Invitation;
import se.ambassadorsportalen.ambassador.entity.RelayRequest;
import se.ambassadorsportalen.ambassador.entity.RelayRequestStatus;
import se.ambassadorsportalen.ambassador.entity.RelayWeek;
import se.ambassadorsportalen.ambassador.entity.TrainingCompletion;
import se.ambassadorsportalen.organisation.boundary.CurrentUser;
import se.ambassadorsportalen.organisation.boundary.Organisation;
import se.ambassadorsportalen.organisation.boundary.UserAccounts;
import se.ambassadorsportalen.organisation.entity.Person;
import se.ambassadorsportalen.organisation.entity.Unit;
import se.ambassadorsportalen.organisation.entity.UnitKind;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.i18n.Messages;
import se.ambassadorsportalen.platform.layout.PortalSettings;
import se.ambassadorsportalen.platform.mail.Mailer;
import se.ambassadorsportalen.platform.persistence.InLists;
import se.ambassadorsportalen.platform.persistence.Page;
import se.ambassadorsportalen.platform.persistence.PageRequest;
import se.ambassadorsportalen.platform.persistence.Queries;
import se.ambassadorsportalen.platform.search.SearchDocument;
import se.ambassadorsportalen.platform.search.SearchReaders;
import se.ambassadorsportalen.platform.security.OpenOnPurpose;
import se.ambassadorsportalen.platform.security.Role;
import se.ambassadorsportalen.platform.time.PortalTime;

/**
 * The ambassador programme's entry point: an employee signs up, changes their profile, pauses
 * or leaves; their manager endorses; a communicator accepts or declines; communicators and press
 * officers search the ambassadors and read the breadth figures. Every method checks its roles;
 * the rules of each step live on {@link Ambassador}.
 */
@Stateless
public class Ambassadors {

    /** Mail goes out in each recipient's own language (their account's choice, else the organisation's default). */
    @Inject
    UserAccounts accounts;

    public static final String SHORTAGE_SETTING = "ambassador.shortageProfessions";
    public static final String FEW_SETTING = "ambassador.shortageFew";

    /** What the directory can be searched by; all optional. */
    public record Search(
            String name,
            String profession,
            String unit,
            String administration,
            String town,
            String topic,
            String language,
            Channel channel,
            AmbassadorStatus status) {

        public static Search none() {
            return new Search(null, null, null, null, null, null, null, null, null);
        }

        Map<String, String> textFilters() {
            Map<String, String> filters = new HashMap<>();
            put(filters, "profession", profession);
            put(filters, "unit", unit);
            put(filters, "town", town);
            put(filters, "topic", topic);
            put(filters, "language", language);
            return filters;
        }

        private static void put(Map<String, String> map, String key, String value) {
            if (value != null && !value.isBlank()) {
                map.put(key, value);
            }
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Organisation organisation;

    @Inject
    Mailer mailer;

    @Inject
    PortalSettings settings;

    @Inject
    DirectoryPages directoryPages;

    // ---- the employee's own membership ----

    /** The caller's membership, if they have one (a former ambassador's row no longer names them). */
    @RolesAllowed(Role.Names.EMPLOYEE)
    public Optional<Ambassador> mine() {
        return currentUser.person().flatMap(this::forPerson);
    }

    @RolesAllowed(Role.Names.EMPLOYEE)
    public Ambassador requireMine() {
        return mine().orElseThrow(() -> PortalException.notFound("ambassador.notSignedUp"));
    }

    /** Signs the caller up; their manager hears of it by mail and on their home page. */
    @RolesAllowed(Role.Names.EMPLOYEE)
    public Ambassador signUp(Ambassador.Profile profile) {
        Person me = currentUser.requirePerson();
        Optional<Ambassador> existing = forPerson(me);
        Ambassador ambassador;
        if (existing.isPresent()) {
            if (existing.get().getStatus() != AmbassadorStatus.DECLINED) {
                throw PortalException.conflict(
                        "ambassador.signUp.already", existing.get().getStatus().name());
            }
            ambassador = existing.get();
            ambassador.reapply(profile, PortalTime.moment());
        } else {
            ambassador = Ambassador.apply(me, profile, PortalTime.moment());
            em.persist(ambassador);
        }
        me.manager()
                .ifPresent(manager -> mailer.send(
                        manager.getEmail(),
                        text(manager, "ambassador.mail.applied.subject", me.getDisplayName()),
                        text(manager, "ambassador.mail.applied.body", manager.getFirstName(), me.getDisplayName())));
        return ambassador;
    }

    @RolesAllowed(Role.Names.EMPLOYEE)
    public Ambassador updateMine(long expectedVersion, Ambassador.Profile profile) {
        Ambassador ambassador = requireMine();
        requireVersion(ambassador, expectedVersion);
        ambassador.update(profile);
        return ambassador;
    }

    /** Checks the upload by content and stores it without metadata. */
    @RolesAllowed(Role.Names.EMPLOYEE)
    public Ambassador changeMyPhoto(byte[] upload) {
        Ambassador ambassador = requireMine();
        byte[] clean = ProfilePhotos.clean(upload);
        ambassador.changePhoto(clean, ProfilePhotos.STORED_TYPE);
        return ambassador;
    }

    @RolesAllowed(Role.Names.EMPLOYEE)
    public Ambassador removeMyPhoto() {
        Ambassador ambassador = requireMine();
        ambassador.changePhoto(null, null);
        return ambassador;
    }

    @RolesAllowed(Role.Names.EMPLOYEE)
    public Ambassador pauseMine() {
        Ambassador ambassador = requireMine();
        ambassador.pause();
        return ambassador;
    }

    @RolesAllowed(Role.Names.EMPLOYEE)
    public Ambassador resumeMine() {
        Ambassador ambassador = requireMine();
        ambassador.resume();
        return ambassador;
    }

    /**
     * Leaves the programme. The profile is erased; training records, invitations and open relay
     * requests go with it; relay weeks not yet begun are freed; weeks already run keep pointing
     * at the anonymous row ("former ambassador").
     */
    @RolesAllowed(Role.Names.EMPLOYEE)
    public void leave() {
        Ambassador ambassador = requireMine();
        Instant now = PortalTime.moment();
        LocalDate today = PortalTime.local(now).toLocalDate();
        // removed one by one (the lists are short): a JPQL bulk delete here made EclipseLink drop the later changes
        em.createQuery("select c from TrainingCompletion c where c.ambassador = :a", TrainingCompletion.class)
                .setParameter("a", ambassador)
                .getResultList()
                .forEach(em::remove);
        em.createQuery("select i from Invitation i where i.ambassador = :a", Invitation.class)
                .setParameter("a", ambassador)
                .getResultList()
                .forEach(em::remove);
        for (RelayWeek week : em.createQuery("select w from RelayWeek w where w.confirmed = :a", RelayWeek.class)
                .setParameter("a", ambassador)
                .getResultList()) {
            week.release(today);
        }
        for (RelayRequest request : em.createQuery(
                        "select r from RelayRequest r where r.ambassador = :a", RelayRequest.class)
                .setParameter("a", ambassador)
                .getResultList()) {
            if (request.getWeek().getStartsOn().isAfter(today) || request.getStatus() != RelayRequestStatus.CONFIRMED) {
                em.remove(request);
            }
        }
        ambassador.leave(now);
    }

    /** A colleague gets a mail with a link to the sign-up page; the invitation is counted. */
    @RolesAllowed(Role.Names.EMPLOYEE)
    public Invitation invite(long colleagueId, String signUpUrl) {
        Ambassador ambassador = requireMine();
        if (!ambassador.isActive()) {
            throw PortalException.forbidden("ambassador.invite.notActive");
        }
        Person colleague = organisation.person(colleagueId);
        if (!colleague.isEmployee() || colleague.equals(ambassador.getPerson())) {
            throw PortalException.invalidField("colleague", "ambassador.invite.notColleague");
        }
        if (forPerson(colleague)
                .filter(a -> a.getStatus() != AmbassadorStatus.DECLINED)
                .isPresent()) {
            throw PortalException.invalidField("colleague", "ambassador.invite.already", colleague.getDisplayName());
        }
        Invitation invitation = new Invitation(ambassador, colleague, PortalTime.moment());
        em.persist(invitation);
        Person me = ambassador.getPerson();
        mailer.send(
                colleague.getEmail(),
                text(colleague, "ambassador.mail.invite.subject", me.getDisplayName()),
                text(
                        colleague,
                        "ambassador.mail.invite.body",
                        colleague.getFirstName(),
                        me.getDisplayName(),
                        signUpUrl));
        return invitation;
    }

    /** Invitations sent per ambassador id, for a whole page of ambassadors in one statement. */
    @RolesAllowed({Role.Names.COMMUNICATOR, Role.Names.PRESS_OFFICER})
    public Map<Long, Long> invitationsBy(List<Ambassador> page) {
        if (page.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery(
                        "select i.ambassador.id, count(i) from Invitation i where i.ambassador in :page"
                                + " group by i.ambassador.id",
                        Object[].class)
                .setParameter("page", InLists.padded(page))
                .getResultList()
                .forEach(row -> counts.put((Long) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    @RolesAllowed({Role.Names.EMPLOYEE, Role.Names.COMMUNICATOR, Role.Names.PRESS_OFFICER})
    public long invitationsBy(Ambassador ambassador) {
        return em.createQuery("select count(i) from Invitation i where i.ambassador = :a", Long.class)
                .setParameter("a", ambassador)
                .getSingleResult();
    }

    // ---- managers and communicators ----

    /** Applications from the caller's own staff, waiting for the communicators. */
    @RolesAllowed(Role.Names.MANAGER)
    public List<Ambassador> applicationsFromMyStaff() {
        Person me = currentUser.requirePerson();
        List<Unit> units = organisation.unitsManagedBy(me);
        if (units.isEmpty()) {
            return List.of();
        }
        // The people of the manager's units first (a unit has tens), then their applications: joined
        // the other way, H2 read every application in the organisation and its applicant (JFR, 2026-12-04:
        // 6.7 % of a manager's home page under load; 224 reads to 3 for a unit of four people).
        return Queries.batch(
                        em.createQuery(
                                "select a from Ambassador a where a.status = :s and a.person in"
                                        + " (select p from Person p where p.unit in :units) order by a.appliedAt",
                                Ambassador.class),
                        "person")
                .setParameter("s", AmbassadorStatus.APPLIED)
                .setParameter("units", InLists.padded(units))
                .getResultList()
                .stream()
                .filter(a -> a.getPerson().manager().filter(me::equals).isPresent())
                .toList();
    }

    @RolesAllowed(Role.Names.MANAGER)
    public Ambassador endorse(long ambassadorId, String text) {
        Ambassador ambassador = ambassador(ambassadorId);
        ambassador.endorse(currentUser.requirePerson(), text, PortalTime.moment());
        return ambassador;
    }

    @RolesAllowed(Role.Names.COMMUNICATOR)
    public List<Ambassador> pendingApplications() {
        return Queries.batch(
                        em.createQuery(
                                "select a from Ambassador a where a.status = :s order by a.appliedAt",
                                Ambassador.class),
                        "person",
                        "person.unit",
                        "endorsedBy",
                        "channels")
                .setParameter("s", AmbassadorStatus.APPLIED)
                .getResultList();
    }

    /** How many applications wait for the communicators, for the home card. */
    @RolesAllowed(Role.Names.COMMUNICATOR)
    public long pendingApplicationCount() {
        return em.createQuery("select count(a) from Ambassador a where a.status = :s", Long.class)
                .setParameter("s", AmbassadorStatus.APPLIED)
                .getSingleResult();
    }

    @RolesAllowed(Role.Names.COMMUNICATOR)
    public Ambassador accept(long ambassadorId, String reason) {
        Ambassador ambassador = ambassador(ambassadorId);
        ambassador.accept(currentUser.requirePerson(), reason, PortalTime.moment());
        Person person = ambassador.getPerson();
        mailer.send(
                person.getEmail(),
                text(person, "ambassador.mail.accepted.subject"),
                text(person, "ambassador.mail.accepted.body", person.getFirstName()));
        return ambassador;
    }

    @RolesAllowed(Role.Names.COMMUNICATOR)
    public Ambassador decline(long ambassadorId, String reason) {
        Ambassador ambassador = ambassador(ambassadorId);
        ambassador.decline(currentUser.requirePerson(), reason, PortalTime.moment());
        Person person = ambassador.getPerson();
        mailer.send(
                person.getEmail(),
                text(person, "ambassador.mail.declined.subject"),
                text(person, "ambassador.mail.declined.body", person.getFirstName(), ambassador.getDecisionReason()));
        return ambassador;
    }

    @RolesAllowed({Role.Names.COMMUNICATOR, Role.Names.PRESS_OFFICER})
    public Ambassador ambassador(long id) {
        return Optional.ofNullable(em.find(Ambassador.class, id))
                .orElseThrow(() -> PortalException.notFound("ambassador.notFound", id));
    }

    /** A photo may be seen by its owner and by the people who search the directory. */
    @RolesAllowed({Role.Names.EMPLOYEE, Role.Names.COMMUNICATOR, Role.Names.PRESS_OFFICER})
    public Optional<byte[]> photo(long id) {
        Ambassador ambassador = em.find(Ambassador.class, id);
        if (ambassador == null || !ambassador.hasPhoto()) {
            return Optional.empty();
        }
        boolean own = currentUser
                .person()
                .filter(p -> p.equals(ambassador.getPerson()))
                .isPresent();
        if (!own && !currentUser.holds(Role.COMMUNICATOR) && !currentUser.holds(Role.PRESS_OFFICER)) {
            throw PortalException.forbidden("platform.error.forbidden");
        }
        return Optional.of(ambassador.getPhoto());
    }

    // ---- directory and breadth ----

    /** The directory, paged in the database. Former ambassadors are never listed. */
    @RolesAllowed({Role.Names.COMMUNICATOR, Role.Names.PRESS_OFFICER})
    public Page<Ambassador> search(Search search, int first, int size, String sortField, boolean ascending) {
        return search(search, first, size, sortField, ascending, null);
    }

    /** The directory with names in the alphabet of {@code language}. */
    @RolesAllowed({Role.Names.COMMUNICATOR, Role.Names.PRESS_OFFICER})
    public Page<Ambassador> search(
            Search search, int first, int size, String sortField, boolean ascending, Locale language) {
        Map<String, String> filters = search.textFilters();
        PageRequest request = new PageRequest(first, size, sortField, ascending, filters, language);
        List<Unit> administrationUnits = administrationUnits(search.administration());
        return Queries.page(
                em,
                Ambassador.class,
                request,
                Map.of(
                        "name",
                        "person.sortKeys",
                        "profession",
                        "person.professionKeys",
                        "unit",
                        "person.unit.sortKeys",
                        "town",
                        "person.townKeys",
                        "status",
                        "status",
                        "appliedAt",
                        "appliedAt"),
                Map.of(
                        "profession",
                        "person.profession",
                        "unit",
                        "person.unit.name",
                        "town",
                        "person.town",
                        "topic",
                        "topics",
                        "language",
                        "languages"),
                (cb, root) -> restrictions(cb, root, search, administrationUnits),
                "person.sortKeys",
                "person",
                "person.unit",
                "person.unit.parent",
                "channels");
    }

    /** The kind of the portal's search that ambassadors are (see {@code AmbassadorSearch}). */
    public static final String SEARCH_KIND = "ambassador";

    /**
     * Ambassadors (former ones never) for the portal's search index, by name, profession and unit:
     * readable by the roles that use the directory. About 1,500 rows on the large profile, so every
     * refresh reads them all (the index writes only those that changed).
     */
    @PermitAll
    @OpenOnPurpose("the search index reads the directory from its timer, without a caller; each hit is shown"
            + " only to the roles that use the directory")
    public List<SearchDocument> searchDocuments() {
        Set<String> readers = SearchReaders.roles(EnumSet.of(Role.COMMUNICATOR, Role.PRESS_OFFICER));
        List<SearchDocument> documents = new ArrayList<>();
        for (Object[] row : em.createQuery(
                        "select a.id, p.firstName, p.lastName, p.profession, u.name, a.status from Ambassador a"
                                + " join a.person p left join p.unit u where a.status <> :left",
                        Object[].class)
                .setParameter("left", AmbassadorStatus.LEFT)
                .getResultList()) {
            String name = row[1] + " " + row[2];
            String known = Stream.of((String) row[3], (String) row[4])
                    .filter(part -> part != null && !part.isBlank())
                    .collect(Collectors.joining(", "));
            String status = "ambassador.status." + ((AmbassadorStatus) row[5]).name();
            documents.add(new SearchDocument(
                    String.valueOf(row[0]),
                    SearchDocument.Text.same(name),
                    SearchDocument.Text.same(known),
                    SearchDocument.Text.worded(language -> joined(known, Messages.text(language, status))),
                    "/ambassador/directory/directory.xhtml",
                    readers));
        }
        return documents;
    }

    private static String joined(String known, String status) {
        return known.isEmpty() ? status : known + ", " + status;
    }

    /**
     * The same search for the directory's lazy table, as rows with their invitations counted: filters
     * come from the table's column filters. Every reader of the directory sees the same rows, so a
     * page read is kept for the next one for a few seconds ({@link DirectoryPages}).
     */
    @RolesAllowed({Role.Names.COMMUNICATOR, Role.Names.PRESS_OFFICER})
    public Page<DirectoryRow> page(PageRequest request, Search fixed) {
        Search search = merged(request, fixed);
        return directoryPages.page(new DirectoryPage(search, request), () -> {
            Page<Ambassador> page = search(
                    search,
                    request.first(),
                    request.size(),
                    request.sortField(),
                    request.ascending(),
                    request.language());
            Map<Long, Long> invited = invitationsBy(page.items());
            Map<Long, List<DirectoryRow.Presence>> channels = channelsOf(page.items());
            return new Page<>(
                    page.items().stream()
                            .map(a -> DirectoryRow.of(
                                    a,
                                    channels.getOrDefault(a.getId(), List.of()),
                                    invited.getOrDefault(a.getId(), 0L)))
                            .toList(),
                    page.total());
        });
    }

    /**
     * The channels of a page of ambassadors in one statement, as values. Reading them through the
     * entities' collection inside this transaction made EclipseLink compare the batch-read embeddables
     * at commit and fail on them (EclipseLink-69); values are all the rows need.
     */
    private Map<Long, List<DirectoryRow.Presence>> channelsOf(List<Ambassador> page) {
        if (page.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<DirectoryRow.Presence>> channels = new HashMap<>();
        em.createQuery(
                        "select a.id, c.channel, c.handle from Ambassador a join a.channels c where a.id in :ids"
                                + " order by a.id, c.channel",
                        Object[].class)
                .setParameter(
                        "ids",
                        InLists.padded(page.stream().map(Ambassador::getId).toList()))
                .getResultList()
                .forEach(row -> channels.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                        .add(new DirectoryRow.Presence((Channel) row[1], (String) row[2])));
        return channels;
    }

    /** What a kept directory page depends on: the search with the table's filters, its window, order and language. */
    private record DirectoryPage(Search search, PageRequest request) {}

    private static Search merged(PageRequest request, Search fixed) {
        Map<String, String> merged = new HashMap<>(request.filters());
        return new Search(
                pick(merged, "name", fixed.name()),
                pick(merged, "profession", fixed.profession()),
                pick(merged, "unit", fixed.unit()),
                fixed.administration(),
                pick(merged, "town", fixed.town()),
                pick(merged, "topic", fixed.topic()),
                pick(merged, "language", fixed.language()),
                fixed.channel(),
                fixed.status());
    }

    private static String pick(Map<String, String> filters, String key, String fallback) {
        String value = filters.get(key);
        return value == null || value.isBlank() ? fallback : value;
    }

    private Predicate restrictions(
            CriteriaBuilder cb, Root<Ambassador> root, Search search, List<Unit> administrationUnits) {
        List<Predicate> predicates = new ArrayList<>();
        predicates.add(
                search.status() == null
                        ? cb.notEqual(root.get("status"), AmbassadorStatus.LEFT)
                        : cb.equal(root.get("status"), search.status()));
        Predicate named = Queries.nameMatches(cb, root, "person", search.name());
        if (named != null) {
            predicates.add(named);
        }
        if (search.channel() != null) {
            // one row per ambassador: a channel appears at most once in an ambassador's list
            predicates.add(cb.equal(root.join("channels").get("channel"), search.channel()));
        }
        if (administrationUnits != null) {
            predicates.add(
                    administrationUnits.isEmpty()
                            ? cb.disjunction()
                            : root.get("person").get("unit").in(administrationUnits));
        }
        return cb.and(predicates.toArray(Predicate[]::new));
    }

    private List<Unit> administrationUnits(String administration) {
        if (administration == null || administration.isBlank()) {
            return null;
        }
        String wanted = administration.trim().toLowerCase(Locale.ROOT);
        return organisation.administrations().stream()
                .filter(a -> a.getCode().toLowerCase(Locale.ROOT).equals(wanted)
                        || a.getName().toLowerCase(Locale.ROOT).contains(wanted))
                .flatMap(a -> organisation.subtree(a).stream())
                .toList();
    }

    /** Breadth figures: professions (shortage professions flagged), administrations, towns, units. */
    @RolesAllowed({Role.Names.COMMUNICATOR, Role.Names.PRESS_OFFICER})
    public Coverage.Figures coverage() {
        // Every unit first, in one statement: the members' administrations are then found among them
        // instead of one statement per unit walked up from an ambassador.
        List<Unit> allUnits = organisation.allUnits();
        List<Ambassador> active = em.createQuery(
                        "select a from Ambassador a join fetch a.person p left join fetch p.unit"
                                + " where a.status = :s",
                        Ambassador.class)
                .setParameter("s", AmbassadorStatus.ACTIVE)
                .getResultList();
        List<Coverage.Member> members = active.stream()
                .map(a -> {
                    Person p = a.getPerson();
                    Unit unit = p.getUnit();
                    return new Coverage.Member(
                            p.getProfession(),
                            unit == null ? null : unit.administration().getName(),
                            p.getTown(),
                            unit == null ? -1 : unit.getId());
                })
                .toList();
        Organisation.Workforce workforce = organisation.workforce();
        Map<Long, Long> peoplePerUnit = workforce.peoplePerUnit();
        List<Coverage.UnitSize> units = allUnits.stream()
                .filter(u -> u.getKind() == UnitKind.UNIT)
                .map(u -> new Coverage.UnitSize(
                        u.getId(),
                        u.getName(),
                        u.administration().getName(),
                        u.getHeadcount() != null ? u.getHeadcount() : peoplePerUnit.getOrDefault(u.getId(), 0L)))
                .toList();
        List<String> administrations =
                organisation.administrations().stream().map(Unit::getName).toList();
        return Coverage.of(
                members,
                workforce.employeesByProfession(),
                administrations,
                workforce.towns(),
                units,
                shortageProfessions(),
                few());
    }

    @RolesAllowed({Role.Names.COMMUNICATOR, Role.Names.PRESS_OFFICER})
    public List<String> shortageProfessions() {
        return Coverage.parseList(settings.value(SHORTAGE_SETTING, ""));
    }

    @RolesAllowed({Role.Names.COMMUNICATOR, Role.Names.PRESS_OFFICER})
    public int few() {
        try {
            return Math.max(0, Integer.parseInt(settings.value(FEW_SETTING, "1").trim()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** Communicators keep the shortage list (from the competence-supply plan) and the "few" threshold. */
    @RolesAllowed(Role.Names.COMMUNICATOR)
    public void changeShortageProfessions(String list, int fewThreshold) {
        if (fewThreshold < 0 || fewThreshold > 1000) {
            throw PortalException.invalidField("few", "ambassador.shortage.few.invalid");
        }
        String joined = String.join(", ", Coverage.parseList(list));
        if (joined.length() > 2000) {
            throw PortalException.invalidField("shortage", "ambassador.field.tooLong", 2000);
        }
        settings.set(SHORTAGE_SETTING, joined);
        settings.set(FEW_SETTING, String.valueOf(fewThreshold));
    }

    /** Active ambassadors per unit id, for the recommendation dashboard. */
    @RolesAllowed({Role.Names.HR, Role.Names.COMMUNICATOR, Role.Names.MANAGER})
    public Map<Long, Long> activeAmbassadorsByUnit() {
        Map<Long, Long> result = new LinkedHashMap<>();
        for (Object[] row : em.createQuery(
                        "select a.person.unit.id, count(a) from Ambassador a where a.status = :s"
                                + " group by a.person.unit.id",
                        Object[].class)
                .setParameter("s", AmbassadorStatus.ACTIVE)
                .getResultList()) {
            result.put((Long) row[0], (Long) row[1]);
        }
        return result;
    }

    private Optional<Ambassador> forPerson(Person person) {
        return em.createQuery("select a from Ambassador a where a.person = :p", Ambassador.class)
                .setParameter("p", person)
                .getResultStream()
                .findFirst();
    }

    private static void requireVersion(Ambassador ambassador, long expected) {
        if (ambassador.getVersion() != expected) {
            throw PortalException.conflict("platform.error.conflict");
        }
    }

    /** A mail's text in the language of the person it goes to. */
    private String text(Person recipient, String key, Object... arguments) {
        return Messages.text(accounts.localeOf(recipient.getId()), key, arguments);
    }
}
