package se.ambassadorsportalen.story.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.ambassadorsportalen.brandplan.api.PlanKind;
import se.ambassadorsportalen.brandplan.boundary.BrandPlan;
import se.ambassadorsportalen.organisation.boundary.CurrentUser;
import se.ambassadorsportalen.organisation.boundary.Organisation;
import se.ambassadorsportalen.organisation.boundary.UserAccounts;
import se.ambassadorsportalen.organisation.entity.Person;
import se.ambassadorsportalen.organisation.entity.Unit;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.i18n.Languages;
import se.ambassadorsportalen.platform.i18n.Messages;
import se.ambassadorsportalen.platform.image.PhotoSanitizer;
import se.ambassadorsportalen.platform.image.PhotoSanitizer.CleanPhoto;
import se.ambassadorsportalen.platform.mail.Mailer;
import se.ambassadorsportalen.platform.persistence.InLists;
import se.ambassadorsportalen.platform.persistence.Limited;
import se.ambassadorsportalen.platform.persistence.Page;
import se.ambassadorsportalen.platform.persistence.PageRequest;
import se.ambassadorsportalen.platform.persistence.Queries;
import se.ambassadorsportalen.platform.search.SearchChanged;
import se.ambassadorsportalen.platform.search.SearchDocument;
import se.ambassadorsportalen.platform.search.SearchReaders;
import se.ambassadorsportalen.platform.security.OpenOnPurpose;
import se.ambassadorsportalen.platform.security.Role;
import se.ambassadorsportalen.platform.time.PortalTime;
import se.ambassadorsportalen.policy.api.ChannelSummary;
import se.ambassadorsportalen.policy.api.MaterialTypeSummary;
import se.ambassadorsportalen.policy.api.Rating;
import se.ambassadorsportalen.policy.boundary.ChannelGuide;
import se.ambassadorsportalen.story.control.CalendarWarnings;
import se.ambassadorsportalen.story.control.CalendarWarnings.Warning;
import se.ambassadorsportalen.story.control.CommunicatorQueues;
import se.ambassadorsportalen.story.control.OfficeHours;
import se.ambassadorsportalen.story.entity.Consent;
import se.ambassadorsportalen.story.entity.ConsentStatus;
import se.ambassadorsportalen.story.entity.Placement;
import se.ambassadorsportalen.story.entity.Story;
import se.ambassadorsportalen.story.entity.StoryPhoto;
import se.ambassadorsportalen.story.entity.StoryStatus;

/**
 * The story module's one transactional entry point for signed-in users: writing, consent,
 * approval, the publishing calendar. It finds the caller, loads the story, checks the version
 * the caller read (so two people acting at once never overwrite each other: the second is told
 * the story changed), lets the entity decide, and notifies the next person by mail; the home
 * cards are the notification in the portal.
 */
@Stateless
public class Stories {

    public static final int MAX_PHOTOS = 10;
    /** Posts the calendar shows for one period at most; the page says so when a period has more. */
    public static final int CALENDAR_MAX = 1000;

    /** Ids in one {@code in} list of the search refresh: well below every database's parameter limit. */
    private static final int CHANGED_PER_STATEMENT = 500;

    /**
     * What the author writes; everything may be empty in a draft. {@code justifications} maps a
     * suggested channel to why the material type fits there (needed where it is red).
     */
    public record StoryDraft(
            String title,
            String body,
            String materialType,
            Set<String> targetGroups,
            Set<String> brands,
            List<String> channels,
            Map<String, String> justifications,
            boolean showFirstName) {}

    /** A calendar entry with the story it belongs to (loaded). */
    public record CalendarEntry(Placement placement, Story story) {}

    /** The result of asking to plan a post: either planned, or warnings to confirm first. */
    public record ScheduleResult(Placement placement, List<Warning> warnings) {

        public boolean needsConfirmation() {
            return placement == null;
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Organisation organisation;

    @Inject
    UserAccounts accounts;

    @Inject
    ChannelGuide guide;

    @Inject
    BrandPlan plan;

    @Inject
    Mailer mailer;

    @Inject
    Event<SearchChanged> searchChanged;

    @Inject
    CommunicatorQueues communicatorQueues;

    /** The kinds of the portal's search that stories and consent requests are (see {@code StorySearch}). */
    public static final String SEARCH_STORIES = "story";

    public static final String SEARCH_CONSENTS = "consent";

    /** Any change of a story may change its hit or those of its consent requests. */
    private static final SearchChanged CHANGED = SearchChanged.of(SEARCH_STORIES, SEARCH_CONSENTS);

    /** The states in which communicators see every story, in the list and in the search. */
    static final Set<StoryStatus> SEEN_BY_COMMUNICATORS =
            EnumSet.of(StoryStatus.APPROVED, StoryStatus.SCHEDULED, StoryStatus.PUBLISHED, StoryStatus.WITHDRAWN);

    private final PhotoSanitizer sanitizer = new PhotoSanitizer(PhotoSanitizer.Limits.standard());

    // ----- reading ------------------------------------------------------------------------

    @RolesAllowed({Role.Names.EMPLOYEE, Role.Names.MANAGER, Role.Names.COMMUNICATOR})
    public Story story(long id) {
        return visibleStory(id);
    }

    /**
     * Stories the caller may see, paged: with {@code mine} only their own; otherwise also those
     * they must approve and, for communicators, every approved one. Filter by {@code status}; the
     * table's filters: title (containing the text), status (as the reader's language words it) and
     * updatedAt (a day, month or year, see {@code TypedPeriod}).
     */
    @RolesAllowed({Role.Names.EMPLOYEE, Role.Names.MANAGER, Role.Names.COMMUNICATOR})
    public Page<Story> stories(PageRequest request, StoryStatus status, boolean mine) {
        Person me = currentUser.requirePerson();
        boolean communicator = currentUser.holds(Role.COMMUNICATOR);
        return Queries.page(
                em,
                Story.class,
                request,
                Map.of("title", "sortKeys", "updatedAt", "updatedAt", "status", "status", "author", "author.sortKeys"),
                Map.of("title", "title"),
                (cb, root) -> Queries.allOf(
                        cb,
                        restriction(cb, root, me, communicator, status, mine),
                        Queries.labelled(cb, root, "status", StoryStatus.class, request, "status"),
                        Queries.within(cb, root, "updatedAt", request, "updatedAt")),
                "updatedAt",
                "author");
    }

    private static Predicate restriction(
            CriteriaBuilder cb, Root<Story> root, Person me, boolean communicator, StoryStatus status, boolean mine) {
        List<Predicate> visible = new ArrayList<>();
        visible.add(cb.equal(root.get("author"), me));
        if (!mine) {
            visible.add(cb.equal(root.get("approver"), me));
            if (communicator) {
                visible.add(root.get("status").in(SEEN_BY_COMMUNICATORS));
            }
        }
        Predicate who = cb.or(visible.toArray(Predicate[]::new));
        return status == null ? who : cb.and(who, cb.equal(root.get("status"), status));
    }

    /** What waits for the caller among the stories: the home page's to-do list and the navigation's badges. */
    public record MyTasks(long consentsToAnswer, long toApprove, long toTakeDown, long toSchedule) {}

    /** A placement as the home card lists it: no story body, no entity to manage. */
    public record PlacementLine(
            long storyId, String title, Instant scheduledAt, String channelCode, Instant publishedAt) {
        public boolean published() {
            return publishedAt != null;
        }
    }

    /**
     * The caller's story tasks, whatever the caller's roles: consent requests to answer and stories
     * waiting for their approval, counted in one statement (scalar subqueries, standard SQL that H2
     * and PostgreSQL both run), and for communicators withdrawn stories still posted and approved
     * stories not yet planned, which are the same for every communicator and shared for a few
     * seconds ({@link CommunicatorQueues}). The same rules as {@link #openConsentRequests},
     * {@link #waitingForMe}, {@link #postsToTakeDown} and {@link #waitingForScheduling}.
     */
    @RolesAllowed({Role.Names.EMPLOYEE, Role.Names.MANAGER, Role.Names.COMMUNICATOR})
    public MyTasks myTasks() {
        long me = currentUser.person().map(Person::getId).orElse(-1L);
        Object[] row = (Object[]) em.createNativeQuery("select"
                        + " (select count(*) from story_consent c join story s on s.id = c.story_id"
                        + "   where c.person_id = ? and c.status = 'PENDING' and s.status <> 'WITHDRAWN'),"
                        + " (select count(*) from story a where a.approver_id = ? and a.status = 'SUBMITTED')")
                .setParameter(1, me)
                .setParameter(2, me)
                .getSingleResult();
        CommunicatorQueues.Counts queues = currentUser.holds(Role.COMMUNICATOR)
                ? communicatorQueues.counts(this::countCommunicatorQueues)
                : new CommunicatorQueues.Counts(0, 0);
        return new MyTasks(
                ((Number) row[0]).longValue(), ((Number) row[1]).longValue(), queues.toTakeDown(), queues.toSchedule());
    }

    private CommunicatorQueues.Counts countCommunicatorQueues() {
        Object[] row = (Object[]) em.createNativeQuery("select"
                        + " (select count(*) from story_placement p join story w on w.id = p.story_id"
                        + "   where w.status = 'WITHDRAWN' and p.published_at is not null and p.taken_down_at is null),"
                        + " (select count(*) from story d where d.status = 'APPROVED')")
                .getSingleResult();
        return new CommunicatorQueues.Counts(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    /** Stories waiting for the calling manager's decision, oldest first, a page at a time. */
    @RolesAllowed({Role.Names.EMPLOYEE, Role.Names.MANAGER})
    public Page<Story> waitingForMe(PageRequest request) {
        Person me = currentUser.person().orElse(null);
        if (me == null) {
            return Page.empty();
        }
        return Queries.page(
                em,
                Story.class,
                request,
                Map.of("submittedAt", "submittedAt", "title", "sortKeys"),
                Map.of(),
                (cb, root) ->
                        cb.and(cb.equal(root.get("approver"), me), cb.equal(root.get("status"), StoryStatus.SUBMITTED)),
                "submittedAt",
                "author");
    }

    /** The caller's own newest stories, for the home page. */
    @RolesAllowed(Role.Names.EMPLOYEE)
    public List<Story> myLatest(int max) {
        return currentUser
                .person()
                .map(me -> em.createQuery(
                                "select s from Story s where s.author = :me" + " order by s.updatedAt desc",
                                Story.class)
                        .setParameter("me", me)
                        .setMaxResults(max)
                        .getResultList())
                .orElse(List.of());
    }

    /** Approved stories nobody has planned yet, the longest waiting first, a page at a time. */
    @RolesAllowed(Role.Names.COMMUNICATOR)
    public Page<Story> waitingForScheduling(PageRequest request) {
        return Queries.page(
                em,
                Story.class,
                request,
                Map.of("approvedAt", "approvedAt", "title", "sortKeys"),
                Map.of(),
                (cb, root) -> cb.equal(root.get("status"), StoryStatus.APPROVED),
                "approvedAt",
                "author",
                "suggestedChannels",
                "consents");
    }

    /** A story as a card lists it: its id and title, no body, no entity to manage. */
    public record StoryLine(long id, String title) {}

    /**
     * The first of {@link #waitingForScheduling} (the same rule and order) as lines, for the home
     * card: reading whole stories for five titles read every story's body and its relations, the
     * largest cost of a communicator's home page under load. The count is {@link MyTasks#toSchedule}.
     */
    @RolesAllowed(Role.Names.COMMUNICATOR)
    public List<StoryLine> waitingForSchedulingLines(int max) {
        return em.createQuery(
                        "select new se.ambassadorsportalen.story.boundary.Stories.StoryLine(s.id, s.title)"
                                // the status first, though fixed: only then does H2 read the five in the
                                // order of ix_story_status_approved instead of sorting every approved story
                                + " from Story s where s.status = :approved order by s.status, s.approvedAt, s.id",
                        StoryLine.class)
                .setParameter("approved", StoryStatus.APPROVED)
                .setMaxResults(max)
                .getResultList();
    }

    /** Withdrawn stories still posted somewhere, a page at a time: communicators must take them down. */
    @RolesAllowed(Role.Names.COMMUNICATOR)
    public Page<Placement> postsToTakeDown(PageRequest request) {
        return Queries.page(
                em,
                Placement.class,
                request,
                Map.of("withdrawnAt", "story.withdrawnAt"),
                Map.of(),
                (cb, root) -> cb.and(
                        cb.equal(root.get("story").get("status"), StoryStatus.WITHDRAWN),
                        cb.isNotNull(root.get("publishedAt")),
                        cb.isNull(root.get("takenDownAt"))),
                "story.withdrawnAt",
                "story");
    }

    // ----- writing ------------------------------------------------------------------------

    @RolesAllowed(Role.Names.EMPLOYEE)
    public Story create(StoryDraft draft) {
        searchChanged.fire(CHANGED);
        Person me = currentUser.requirePerson();
        requireDraft(draft);
        Instant now = now();
        Story story = new Story(me, draft.title(), requireMaterialType(draft.materialType()), now);
        apply(story, me, draft, now);
        em.persist(story);
        return story;
    }

    @RolesAllowed(Role.Names.EMPLOYEE)
    public Story update(long id, Long expectedVersion, StoryDraft draft) {
        searchChanged.fire(CHANGED);
        requireDraft(draft);
        Story story = authorsStory(id);
        requireVersion(story, expectedVersion);
        apply(story, currentUser.requirePerson(), draft, now());
        em.flush();
        return story;
    }

    private void apply(Story story, Person me, StoryDraft draft, Instant now) {
        List<String> channels = draft.channels() == null ? List.of() : draft.channels();
        for (String code : channels) {
            if (guide.channelSummary(code).isEmpty()) {
                throw PortalException.invalidField("channels", "story.channel.unknown", code);
            }
        }
        // A record retired since the story chose it stays on the story; no story may choose one anew.
        plan.checkChoice(PlanKind.TARGET_GROUP, draft.targetGroups(), story.getTargetGroups(), "targetGroups");
        plan.checkChoice(PlanKind.ASSOCIATION, draft.brands(), story.getBrands(), "brands");
        story.edit(
                me,
                draft.title(),
                draft.body(),
                requireMaterialType(draft.materialType()),
                draft.targetGroups(),
                draft.brands(),
                channels,
                draft.justifications(),
                draft.showFirstName(),
                now);
    }

    @RolesAllowed(Role.Names.EMPLOYEE)
    public Consent pictureColleague(long storyId, Long expectedVersion, long personId) {
        searchChanged.fire(CHANGED);
        Story story = authorsStory(storyId);
        requireVersion(story, expectedVersion);
        Person colleague = organisation.person(personId);
        if (!colleague.isEmployee()) {
            throw PortalException.invalidField("colleague", "story.consent.colleague.notEmployee");
        }
        Consent consent = story.pictureColleague(currentUser.requirePerson(), colleague, now());
        if (!consent.isGiven()) {
            notify(colleague, "story.mail.consentRequested", story.getAuthor().getDisplayName(), story.getTitle());
        }
        return consent;
    }

    @RolesAllowed(Role.Names.EMPLOYEE)
    public Consent pictureExternal(long storyId, Long expectedVersion, String name, String howObtained) {
        searchChanged.fire(CHANGED);
        Story story = authorsStory(storyId);
        requireVersion(story, expectedVersion);
        return story.pictureExternal(currentUser.requirePerson(), name, howObtained, now());
    }

    @RolesAllowed(Role.Names.EMPLOYEE)
    public void removePictured(long storyId, long consentId) {
        searchChanged.fire(CHANGED);
        Story story = authorsStory(storyId);
        Consent consent = story.getConsents().stream()
                .filter(c -> c.getId() == consentId)
                .findFirst()
                .orElseThrow(() -> PortalException.notFound("story.consent.notFound"));
        story.removePictured(currentUser.requirePerson(), consent);
    }

    /** Checks the upload by its content, strips its metadata and stores it in the sizes pages need. */
    @RolesAllowed(Role.Names.EMPLOYEE)
    public StoryPhoto addPhoto(long storyId, byte[] upload, String altText) {
        Story story = authorsStory(storyId);
        Person me = currentUser.requirePerson();
        CleanPhoto clean = sanitizer.clean(upload);
        StoryPhoto photo = new StoryPhoto(
                story,
                clean.contentType(),
                clean.width(),
                clean.height(),
                clean.large(),
                clean.small(),
                altText,
                now());
        story.addPhoto(me, photo, MAX_PHOTOS);
        em.persist(photo);
        return photo;
    }

    @RolesAllowed(Role.Names.EMPLOYEE)
    public void removePhoto(long storyId, long photoId) {
        Story story = authorsStory(storyId);
        StoryPhoto photo = story.getPhotos().stream()
                .filter(p -> p.getId() == photoId)
                .findFirst()
                .orElseThrow(() -> PortalException.notFound("story.photo.notFound"));
        story.removePhoto(currentUser.requirePerson(), photo);
    }

    /** A photo for a signed-in reader who may see its story. */
    @RolesAllowed({Role.Names.EMPLOYEE, Role.Names.MANAGER, Role.Names.COMMUNICATOR})
    public StoryPhoto photo(long photoId) {
        StoryPhoto photo = Optional.ofNullable(em.find(StoryPhoto.class, photoId))
                .orElseThrow(() -> PortalException.notFound("story.photo.notFound"));
        story(photo.getStory().getId());
        return photo;
    }

    // ----- approval -----------------------------------------------------------------------

    @RolesAllowed(Role.Names.EMPLOYEE)
    public Story submit(long id, Long expectedVersion) {
        searchChanged.fire(CHANGED);
        Story story = authorsStory(id);
        requireVersion(story, expectedVersion);
        story.submit(
                currentUser.requirePerson(), redChannels(story.getMaterialType(), story.getSuggestedChannels()), now());
        em.flush();
        notify(story.getApprover(), "story.mail.submitted", story.getAuthor().getDisplayName(), story.getTitle());
        return story;
    }

    @RolesAllowed(Role.Names.MANAGER)
    public Story approve(long id, Long expectedVersion) {
        searchChanged.fire(CHANGED);
        Story story = visibleStory(id);
        requireVersion(story, expectedVersion);
        story.approve(currentUser.requirePerson(), now());
        em.flush();
        notify(story.getAuthor(), "story.mail.approved", story.getTitle());
        notifyCommunicators("story.mail.toSchedule", story.getTitle());
        return story;
    }

    @RolesAllowed(Role.Names.MANAGER)
    public Story returnToAuthor(long id, Long expectedVersion, String comment) {
        searchChanged.fire(CHANGED);
        Story story = visibleStory(id);
        requireVersion(story, expectedVersion);
        story.returnToAuthor(currentUser.requirePerson(), comment, now());
        em.flush();
        notify(story.getAuthor(), "story.mail.returned", story.getTitle(), story.getReturnComment());
        return story;
    }

    @RolesAllowed(Role.Names.EMPLOYEE)
    public Story withdraw(long id, Long expectedVersion) {
        searchChanged.fire(CHANGED);
        Story story = authorsStory(id);
        requireVersion(story, expectedVersion);
        story.withdraw(currentUser.requirePerson(), now());
        em.flush();
        tellCommunicatorsToTakeDown(story);
        return story;
    }

    // ----- consent ------------------------------------------------------------------------

    /**
     * The caller's consent requests: open ones first, then the answered ones they can still
     * withdraw, and the ones they withdrew, kept as their record (with the date) even when the
     * withdrawal took the story down.
     */
    @RolesAllowed(Role.Names.EMPLOYEE)
    public List<Consent> myConsents() {
        return currentUser
                .person()
                .map(me -> em.createQuery(
                                "select c from Consent c join fetch c.story s"
                                        + " where c.person = :me and (s.status <> :withdrawn or c.status = :withdrawnConsent)"
                                        + " order by c.status desc, c.requestedAt desc",
                                Consent.class)
                        .setParameter("me", me)
                        .setParameter("withdrawn", StoryStatus.WITHDRAWN)
                        .setParameter("withdrawnConsent", ConsentStatus.WITHDRAWN)
                        .setMaxResults(100)
                        .getResultList())
                .orElse(List.of());
    }

    @RolesAllowed(Role.Names.EMPLOYEE)
    public long openConsentRequests() {
        return currentUser
                .person()
                .map(me -> em.createQuery(
                                "select count(c) from Consent c where c.person = :me"
                                        + " and c.status = :pending and c.story.status <> :withdrawn",
                                Long.class)
                        .setParameter("me", me)
                        .setParameter("pending", ConsentStatus.PENDING)
                        .setParameter("withdrawn", StoryStatus.WITHDRAWN)
                        .getSingleResult())
                .orElse(0L);
    }

    @RolesAllowed(Role.Names.EMPLOYEE)
    public Consent answerConsent(long consentId, boolean yes) {
        searchChanged.fire(CHANGED);
        Consent consent = consent(consentId);
        Story story = consent.getStory();
        story.answerConsent(currentUser.requirePerson(), consent, yes, now());
        notify(
                story.getAuthor(),
                yes ? "story.mail.consentGiven" : "story.mail.consentRefused",
                consent.getDisplayName(),
                story.getTitle());
        return consent;
    }

    /** Anyone pictured takes back their consent: an approved or published story is withdrawn at once. */
    @RolesAllowed(Role.Names.EMPLOYEE)
    public Consent withdrawConsent(long consentId) {
        searchChanged.fire(CHANGED);
        Consent consent = consent(consentId);
        Story story = consent.getStory();
        story.withdrawConsent(currentUser.requirePerson(), consent, now());
        notify(story.getAuthor(), "story.mail.consentWithdrawn", consent.getDisplayName(), story.getTitle());
        if (story.getStatus() == StoryStatus.WITHDRAWN) {
            tellCommunicatorsToTakeDown(story);
        }
        return consent;
    }

    private Consent consent(long id) {
        return Optional.ofNullable(em.find(Consent.class, id))
                .orElseThrow(() -> PortalException.notFound("story.consent.notFound"));
    }

    private void tellCommunicatorsToTakeDown(Story story) {
        List<Placement> posted = story.postsToTakeDown();
        if (story.getPlacements().isEmpty()) {
            return;
        }
        String channels = posted.isEmpty()
                ? "-"
                : String.join(
                        "\n",
                        posted.stream()
                                .map(p -> p.getChannelCode() + ": " + p.getLink())
                                .toList());
        notifyCommunicators("story.mail.takeDown", story.getTitle(), channels);
    }

    // ----- the portal's search ----------------------------------------------------------------

    /**
     * Stories for the portal's search index, changed since {@code since} (all when null), by title
     * and text: each readable by those who find it in their story list (its author, the manager who
     * approves it and, once approved, communicators).
     */
    @PermitAll
    @OpenOnPurpose("the search index reads stories from its timer, without a caller; each hit carries the"
            + " keys of the people and roles who may open it, and the search shows it to them only")
    public List<SearchDocument> storyDocuments(Instant since) {
        List<SearchDocument> documents = new ArrayList<>();
        for (Object[] row : changedSince(
                "select s.id, s.title, s.body, s.status, a.id, a.firstName, a.lastName, p.id from Story s"
                        + " join s.author a left join s.approver p",
                since)) {
            StoryStatus status = (StoryStatus) row[3];
            Set<String> readers = new LinkedHashSet<>();
            readers.add(SearchReaders.person((Long) row[4]));
            if (row[7] != null) {
                readers.add(SearchReaders.person((Long) row[7]));
            }
            if (SEEN_BY_COMMUNICATORS.contains(status)) {
                readers.add(SearchReaders.role(Role.COMMUNICATOR));
            }
            String author = row[5] + " " + row[6];
            String statusKey = "story.status." + status.name();
            String title = (String) row[1];
            documents.add(new SearchDocument(
                    String.valueOf(row[0]),
                    titleForSearch(title),
                    SearchDocument.Text.swedish((String) row[2]),
                    SearchDocument.Text.worded(language -> Messages.text(language, statusKey) + ", " + author),
                    "/story/view.xhtml?id=" + row[0],
                    readers));
        }
        return documents;
    }

    /**
     * Consent requests to colleagues for the portal's search index, of stories changed since
     * {@code since} (all when null), by the story's title: each readable only by the person asked,
     * and only while their consents page lists it ({@link #myConsents}); otherwise without readers,
     * so the index drops it.
     */
    @PermitAll
    @OpenOnPurpose("the search index reads consent requests from its timer, without a caller; each hit is"
            + " shown only to the person asked")
    public List<SearchDocument> consentDocuments(Instant since) {
        List<SearchDocument> documents = new ArrayList<>();
        for (Object[] row : changedSince(
                "select c.id, c.status, s.title, s.status, p.id from Consent c join c.story s join c.person p",
                since)) {
            ConsentStatus consent = (ConsentStatus) row[1];
            boolean listed = row[3] != StoryStatus.WITHDRAWN || consent == ConsentStatus.WITHDRAWN;
            String consentKey = "story.consent.status." + consent.name();
            String title = (String) row[2];
            documents.add(new SearchDocument(
                    String.valueOf(row[0]),
                    titleForSearch(title),
                    null,
                    SearchDocument.Text.worded(language -> Messages.text(language, consentKey)),
                    "/story/consents.xhtml",
                    listed ? Set.of(SearchReaders.person((Long) row[4])) : Set.of()));
        }
        return documents;
    }

    /**
     * The rows of {@code select} (over stories as {@code s}) whose story changed since {@code since}; all when null.
     * The changed stories' ids come first, from the story table alone: joined in one statement, H2 drove the
     * join from the people (or consent) table and read every story, body and all, on every refresh (an
     * {@code EXPLAIN} on the large profile; a quarter of the CPU under 300 users). The rows are then read by
     * id, {@value #CHANGED_PER_STATEMENT} at a time.
     */
    private List<Object[]> changedSince(String select, Instant since) {
        if (since == null) {
            return em.createQuery(select, Object[].class).getResultList();
        }
        List<Long> changed = em.createQuery("select s.id from Story s where s.updatedAt >= :since", Long.class)
                .setParameter("since", since)
                .getResultList();
        List<Object[]> rows = new ArrayList<>();
        for (int from = 0; from < changed.size(); from += CHANGED_PER_STATEMENT) {
            rows.addAll(em.createQuery(select + " where s.id in :ids", Object[].class)
                    .setParameter(
                            "ids",
                            InLists.padded(
                                    changed.subList(from, Math.min(changed.size(), from + CHANGED_PER_STATEMENT))))
                    .getResultList());
        }
        return rows;
    }

    /** A draft may have no title yet: its hit still needs a name to be a link. */
    private static SearchDocument.Text titleForSearch(String title) {
        return title == null || title.isBlank()
                ? SearchDocument.Text.worded(language -> Messages.text(language, "story.search.untitled"))
                : SearchDocument.Text.same(title);
    }

    // ----- the publishing calendar ---------------------------------------------------------

    /**
     * The first placements between two times, as lines, and how many there are: the home card shows a
     * few and links to the calendar for the rest, instead of reading up to {@link #CALENDAR_MAX}
     * placements with their stories on every home page.
     */
    @RolesAllowed(Role.Names.COMMUNICATOR)
    public Page<PlacementLine> calendarLines(Instant from, Instant to, int max) {
        String where = " from Placement p join p.story s where p.scheduledAt >= :from and p.scheduledAt < :to"
                + " and s.status <> :withdrawn";
        List<PlacementLine> lines = em.createQuery(
                        "select new se.ambassadorsportalen.story.boundary.Stories.PlacementLine(s.id, s.title,"
                                + " p.scheduledAt, p.channelCode, p.publishedAt)" + where
                                + " order by p.scheduledAt, p.id",
                        PlacementLine.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("withdrawn", StoryStatus.WITHDRAWN)
                .setMaxResults(max)
                .getResultList();
        long total = lines.size() < max
                ? lines.size()
                : em.createQuery("select count(p)" + where, Long.class)
                        .setParameter("from", from)
                        .setParameter("to", to)
                        .setParameter("withdrawn", StoryStatus.WITHDRAWN)
                        .getSingleResult();
        return new Page<>(lines, total);
    }

    /**
     * Everything planned or published between two times, filtered by channel, material type and
     * administration: the first {@link #CALENDAR_MAX} by time, and whether the period has more (the
     * page then says that it shows only the first ones and how to see the rest).
     */
    @RolesAllowed(Role.Names.COMMUNICATOR)
    public Limited<Placement> calendar(
            Instant from, Instant to, String channel, String materialType, Long administrationId) {
        StringBuilder jpql =
                new StringBuilder("select p from Placement p join fetch p.story s where p.scheduledAt >= :from"
                        + " and p.scheduledAt < :to and s.status <> :withdrawn");
        if (channel != null && !channel.isBlank()) {
            jpql.append(" and p.channelCode = :channel");
        }
        if (materialType != null && !materialType.isBlank()) {
            jpql.append(" and s.materialType = :type");
        }
        List<Unit> units = administrationId == null ? null : organisation.subtree(organisation.unit(administrationId));
        if (units != null) {
            jpql.append(" and s.author.unit in :units");
        }
        var query = em.createQuery(jpql.append(" order by p.scheduledAt").toString(), Placement.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("withdrawn", StoryStatus.WITHDRAWN);
        if (channel != null && !channel.isBlank()) {
            query.setParameter("channel", channel);
        }
        if (materialType != null && !materialType.isBlank()) {
            query.setParameter("type", materialType);
        }
        if (units != null) {
            query.setParameter("units", InLists.padded(units));
        }
        return Limited.of(query.setMaxResults(Limited.readLimit(CALENDAR_MAX)).getResultList(), CALENDAR_MAX);
    }

    /** What the channel guide says about planning the story in a channel at a time. */
    @RolesAllowed(Role.Names.COMMUNICATOR)
    public List<Warning> warnings(long storyId, String channelCode, Instant at) {
        Story story = visibleStory(storyId);
        Long self = story.placement(channelCode).map(Placement::getId).orElse(null);
        return warnings(story, channelCode, at, self);
    }

    private List<Warning> warnings(Story story, String channelCode, Instant at, Long placementId) {
        ChannelSummary channel = guide.channelSummary(channelCode)
                .orElseThrow(() -> PortalException.invalidField("channel", "story.channel.unknown", channelCode));
        MaterialTypeSummary type =
                guide.materialTypeSummary(story.getMaterialType()).orElse(null);
        Locale locale = Languages.DEFAULT;
        String typeName = type == null ? story.getMaterialType() : type.name(locale);
        LocalDate day = PortalTime.local(at).toLocalDate();
        long others = em.createQuery(
                        "select count(p) from Placement p where p.channelCode = :channel"
                                + " and p.scheduledAt >= :from and p.scheduledAt < :to and p.story.status <> :withdrawn"
                                + " and p.id <> :self",
                        Long.class)
                .setParameter("channel", channelCode)
                .setParameter("from", PortalTime.typed(day.atStartOfDay()))
                .setParameter("to", PortalTime.typed(day.plusDays(1).atStartOfDay()))
                .setParameter("withdrawn", StoryStatus.WITHDRAWN)
                .setParameter("self", placementId == null ? -1L : placementId)
                .getSingleResult();
        boolean red = guide.rating(channelCode, story.getMaterialType()) == Rating.RED;
        return CalendarWarnings.check(
                new CalendarWarnings.Slot(
                        channel.name(locale),
                        typeName,
                        red,
                        type != null && type.debateProne(),
                        channel.maxPostsPerDay(),
                        others,
                        PortalTime.local(at)),
                OfficeHours.standard());
    }

    /**
     * Plans (or moves) the story in a channel. When the channel guide's rules are broken the
     * warnings come back and nothing is planned, unless the communicator {@code confirmed} them.
     */
    @RolesAllowed(Role.Names.COMMUNICATOR)
    public ScheduleResult schedule(
            long storyId, Long expectedVersion, String channelCode, Instant at, boolean confirmed) {
        searchChanged.fire(CHANGED);
        Story story = visibleStory(storyId);
        requireVersion(story, expectedVersion);
        if (channelCode == null || guide.channelSummary(channelCode).isEmpty()) {
            throw PortalException.invalidField("channel", "story.channel.unknown", String.valueOf(channelCode));
        }
        if (at == null) {
            throw PortalException.invalidField("scheduledAt", "story.schedule.timeRequired");
        }
        if (!at.isAfter(now())) {
            throw PortalException.invalidField("scheduledAt", "story.schedule.past");
        }
        List<Warning> warnings = warnings(
                story,
                channelCode,
                at,
                story.placement(channelCode).map(Placement::getId).orElse(null));
        if (!warnings.isEmpty() && !confirmed) {
            return new ScheduleResult(null, warnings);
        }
        Placement placement = story.schedule(currentUser.requirePerson(), channelCode, at, now());
        em.flush();
        return new ScheduleResult(placement, warnings);
    }

    /** One calendar entry with its story. */
    @RolesAllowed(Role.Names.COMMUNICATOR)
    public Placement placement(long placementId) {
        Placement placement = Optional.ofNullable(em.find(Placement.class, placementId))
                .orElseThrow(() -> PortalException.notFound("story.placement.notFound"));
        placement.getStory().getTitle();
        return placement;
    }

    /** Drags a calendar entry to another time: the same rules as planning it. */
    @RolesAllowed(Role.Names.COMMUNICATOR)
    public ScheduleResult move(long placementId, Instant at, boolean confirmed) {
        Placement placement = Optional.ofNullable(em.find(Placement.class, placementId))
                .orElseThrow(() -> PortalException.notFound("story.placement.notFound"));
        return schedule(placement.getStory().getId(), null, placement.getChannelCode(), at, confirmed);
    }

    @RolesAllowed(Role.Names.COMMUNICATOR)
    public Placement publish(long storyId, Long expectedVersion, String channelCode, String link) {
        searchChanged.fire(CHANGED);
        Story story = visibleStory(storyId);
        requireVersion(story, expectedVersion);
        Placement placement = story.publish(currentUser.requirePerson(), channelCode, link, now());
        em.flush();
        notify(story.getAuthor(), "story.mail.published", story.getTitle(), channelCode, placement.getLink());
        return placement;
    }

    @RolesAllowed(Role.Names.COMMUNICATOR)
    public void markTakenDown(long storyId, String channelCode) {
        searchChanged.fire(CHANGED);
        visibleStory(storyId).takenDown(currentUser.requirePerson(), channelCode, now());
    }

    // ----- the channel guide as writers see it ---------------------------------------------------

    /** Channel code → rating of the material type there, for the given channels (all when empty). */
    @RolesAllowed({Role.Names.EMPLOYEE, Role.Names.COMMUNICATOR})
    public Map<String, Rating> ratings(String materialType, Collection<String> channels) {
        Map<String, Rating> ratings = new LinkedHashMap<>();
        if (materialType == null || materialType.isBlank()) {
            return ratings;
        }
        Map<String, Map<String, Rating>> matrix = guide.matrix();
        matrix.forEach((channel, row) -> {
            if (channels == null || channels.isEmpty() || channels.contains(channel)) {
                ratings.put(channel, row.getOrDefault(materialType, ChannelGuide.UNRATED));
            }
        });
        return ratings;
    }

    private Set<String> redChannels(String materialType, Set<String> channels) {
        Set<String> red = new LinkedHashSet<>();
        ratings(materialType, channels).forEach((channel, rating) -> {
            if (rating.needsJustification()) {
                red.add(channel);
            }
        });
        return red;
    }

    // ----- helpers ----------------------------------------------------------------------

    /**
     * A story the caller may see, or "not found" whether it exists or not: reading and changing
     * a story one may not see answer alike (404), so neither tells a stranger that it exists.
     */
    private Story visibleStory(long id) {
        Story story = find(id);
        if (!story.isVisibleTo(currentUser.person().orElse(null), currentUser.holds(Role.COMMUNICATOR))) {
            throw PortalException.notFound("story.notFound", id);
        }
        return story;
    }

    /**
     * A story the caller wrote: 404 when they may not see it, 403 when they see it but are not
     * its author. Checked before the version, so a stale version (409) never comes before the
     * question whether the caller may act at all.
     */
    private Story authorsStory(long id) {
        Story story = visibleStory(id);
        if (!story.getAuthor().equals(currentUser.requirePerson())) {
            throw PortalException.forbidden("story.edit.notAuthor");
        }
        return story;
    }

    private Story find(long id) {
        return Optional.ofNullable(em.find(Story.class, id))
                .orElseThrow(() -> PortalException.notFound("story.notFound", id));
    }

    private String requireMaterialType(String code) {
        if (code == null || code.isBlank()) {
            throw PortalException.invalidField("materialType", "story.materialType.required");
        }
        if (guide.materialTypeSummary(code.trim()).isEmpty()) {
            throw PortalException.invalidField("materialType", "story.materialType.unknown", code);
        }
        return code.trim();
    }

    private static void requireDraft(StoryDraft draft) {
        if (draft == null) {
            throw PortalException.invalidField("title", "story.title.required");
        }
    }

    /**
     * The version the caller read must still be the story's: otherwise someone else acted first.
     * Changes are flushed inside each step, so a concurrent change surfaces as an optimistic-lock
     * conflict the caller is told about (409), not as a failed commit.
     */
    static void requireVersion(Story story, Long expected) {
        if (expected != null && story.getVersion() != expected) {
            throw PortalException.conflict("story.changedMeanwhile");
        }
    }

    private void notify(Person to, String key, Object... arguments) {
        if (to == null) {
            return;
        }
        notify(to, accounts.localeOf(to.getId()), key, arguments);
    }

    /** Every communicator, each in their language, read for all of them at once (a region has a hundred). */
    private void notifyCommunicators(String key, Object... arguments) {
        List<Person> communicators = accounts.peopleHolding(Role.COMMUNICATOR);
        Map<Long, Locale> locales =
                accounts.localesOf(communicators.stream().map(Person::getId).toList());
        communicators.forEach(communicator -> notify(communicator, locales.get(communicator.getId()), key, arguments));
    }

    private void notify(Person to, Locale locale, String key, Object... arguments) {
        mailer.send(
                to.getEmail(),
                Messages.text(locale, key + ".subject", arguments),
                Messages.text(locale, key + ".body", arguments));
    }

    static Instant now() {
        return PortalTime.moment().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    /** Monday 00:00 in the portal's zone of the current week ({@code 0}) or a later one, for "this week's calendar". */
    public static Instant startOfWeek(int weeksAhead) {
        LocalDate today = PortalTime.today();
        return PortalTime.typed(today.minusDays(today.getDayOfWeek().getValue() - 1L)
                .plusWeeks(weeksAhead)
                .atStartOfDay());
    }
}
