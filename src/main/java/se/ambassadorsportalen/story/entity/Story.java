package se.ambassadorsportalen.story.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.ambassadorsportalen.organisation.entity.Person;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.persistence.SortKeys;
import se.ambassadorsportalen.platform.persistence.VersionedEntity;

/**
 * A staff story and its whole life: the author writes it, names everyone pictured, sends it to
 * their manager, who approves or returns it; communicators plan it in channels and record the
 * posts; the author or anyone pictured can withdraw it. Every change is checked here, so the
 * REST API and the pages cannot disagree about what is allowed, and every step is written to
 * the story's history.
 */
@Entity
@EntityListeners({PublicFeedTouch.class, CommunicatorQueuesTouch.class})
@Table(name = "story")
public class Story extends VersionedEntity {

    public static final int TITLE_MAX = 200;
    public static final int BODY_MAX = 20_000;
    public static final int JUSTIFICATION_MAX = 1000;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id", nullable = false)
    private Person author;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "approver_id")
    private Person approver;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    /** The title in each language's alphabet: the story lists sorted by title read these. */
    @Embedded
    private SortKeys sortKeys;

    @Lob
    private String body;

    @Column(name = "material_type", nullable = false, length = 40)
    private String materialType;

    @Column(name = "show_first_name", nullable = false)
    private boolean showFirstName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private StoryStatus status = StoryStatus.DRAFT;

    @Column(name = "return_comment", length = 2000)
    private String returnComment;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    // The classification is read only where one story is shown or edited: lazy, so lists and feeds
    // of many stories do not send four statements per story.
    @ElementCollection
    @CollectionTable(name = "story_target_group", joinColumns = @JoinColumn(name = "story_id"))
    @Column(name = "target_group", length = 40)
    private Set<String> targetGroups = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "story_brand", joinColumns = @JoinColumn(name = "story_id"))
    @Column(name = "brand", length = 40)
    private Set<String> brands = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "story_suggested_channel", joinColumns = @JoinColumn(name = "story_id"))
    @Column(name = "channel_code", length = 40)
    private Set<String> suggestedChannels = new LinkedHashSet<>();

    /** Why the material type fits a channel where it is rare (red): one short reason per such channel. */
    @ElementCollection
    @CollectionTable(name = "story_channel_justification", joinColumns = @JoinColumn(name = "story_id"))
    @MapKeyColumn(name = "channel_code", length = 40)
    @Column(name = "justification", length = JUSTIFICATION_MAX, nullable = false)
    private Map<String, String> justifications = new LinkedHashMap<>();

    @OneToMany(mappedBy = "story", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Consent> consents = new ArrayList<>();

    @OneToMany(mappedBy = "story", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<StoryPhoto> photos = new ArrayList<>();

    @OneToMany(mappedBy = "story", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("scheduledAt")
    private List<Placement> placements = new ArrayList<>();

    @OneToMany(mappedBy = "story", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("happenedAt, id")
    private List<StoryEvent> events = new ArrayList<>();

    protected Story() {}

    /** A new draft by {@code author}. Drafts may be incomplete; {@link #submit} checks what must be there. */
    public Story(Person author, String title, String materialType, Instant now) {
        if (author == null) {
            throw PortalException.forbidden("platform.error.noPerson");
        }
        this.author = author;
        this.createdAt = now;
        this.updatedAt = now;
        setTitle(title);
        setMaterialType(materialType);
        events.add(new StoryEvent(this, author, StoryAction.CREATED, now, null));
    }

    // ----- writing ------------------------------------------------------------------------

    /**
     * The author changes the text and its classification; only while it is a draft or returned.
     * {@code newJustifications} maps a suggested channel to why the material type fits there; reasons
     * for channels no longer suggested are dropped, so a reason always belongs to a channel of the story.
     */
    public void edit(
            Person by,
            String newTitle,
            String newBody,
            String newMaterialType,
            Collection<String> groups,
            Collection<String> newBrands,
            Collection<String> channels,
            Map<String, String> newJustifications,
            boolean newShowFirstName,
            Instant now) {
        requireAuthorEditing(by);
        setTitle(newTitle);
        setBody(newBody);
        setMaterialType(newMaterialType);
        targetGroups.clear();
        if (groups != null) {
            targetGroups.addAll(groups);
        }
        brands.clear();
        if (newBrands != null) {
            brands.addAll(newBrands);
        }
        suggestedChannels.clear();
        if (channels != null) {
            channels.stream()
                    .filter(code -> code != null && !code.isBlank())
                    .map(String::trim)
                    .forEach(suggestedChannels::add);
        }
        Map<String, String> reasons = new LinkedHashMap<>();
        if (newJustifications != null) {
            newJustifications.forEach((channel, reason) -> {
                String text = blankToNull(reason);
                if (channel != null && suggestedChannels.contains(channel.trim()) && text != null) {
                    if (text.length() > JUSTIFICATION_MAX) {
                        throw PortalException.invalidField(
                                justificationField(channel.trim()), "story.justification.tooLong", JUSTIFICATION_MAX);
                    }
                    reasons.put(channel.trim(), text);
                }
            });
        }
        justifications.clear();
        justifications.putAll(reasons);
        showFirstName = newShowFirstName;
        updatedAt = now;
    }

    /** Names a colleague in the photos: they are asked in the portal. The author pictured consents by writing. */
    public Consent pictureColleague(Person by, Person colleague, Instant now) {
        requireAuthorEditing(by);
        if (colleague == null) {
            throw PortalException.invalidField("colleague", "story.consent.colleague.required");
        }
        if (consents.stream().anyMatch(c -> colleague.equals(c.getPerson()))) {
            throw PortalException.invalidField(
                    "colleague", "story.consent.colleague.already", colleague.getDisplayName());
        }
        Consent consent = Consent.colleague(this, colleague, now);
        if (colleague.equals(author)) {
            consent.answer(author, true, now);
        }
        consents.add(consent);
        updatedAt = now;
        return consent;
    }

    /** Names someone outside the organisation; the author records how their consent was obtained. */
    public Consent pictureExternal(Person by, String name, String howObtained, Instant now) {
        requireAuthorEditing(by);
        Consent consent = Consent.external(this, name, howObtained, now);
        consents.add(consent);
        updatedAt = now;
        return consent;
    }

    public void removePictured(Person by, Consent consent) {
        requireAuthorEditing(by);
        consents.remove(consent);
    }

    public void addPhoto(Person by, StoryPhoto photo, int maxPhotos) {
        requireAuthorEditing(by);
        if (photos.size() >= maxPhotos) {
            throw PortalException.invalidField("photo", "story.photo.tooMany", maxPhotos);
        }
        photos.add(photo);
    }

    public void removePhoto(Person by, StoryPhoto photo) {
        requireAuthorEditing(by);
        photos.remove(photo);
    }

    // ----- approval -----------------------------------------------------------------------

    /**
     * Sends the story to the author's manager. Everything the strategy asks for must be there:
     * a title, a text, a target group, a brand association, and a reason for each channel where
     * the material type is rare ({@code redChannels}, from the channel guide): a reason given for
     * one red channel does not cover another.
     */
    public void submit(Person by, Set<String> redChannels, Instant now) {
        requireAuthorEditing(by);
        if (body == null || body.isBlank()) {
            throw PortalException.invalidField("body", "story.body.required");
        }
        if (targetGroups.isEmpty()) {
            throw PortalException.invalidField("targetGroups", "story.targetGroups.required");
        }
        if (brands.isEmpty()) {
            throw PortalException.invalidField("brands", "story.brands.required");
        }
        if (suggestedChannels.isEmpty()) {
            throw PortalException.invalidField("channels", "story.channels.required");
        }
        List<String> unjustified = unjustifiedChannels(redChannels);
        if (!unjustified.isEmpty()) {
            throw PortalException.invalidField(
                    justificationField(unjustified.get(0)),
                    "story.justification.required",
                    String.join(", ", unjustified));
        }
        Person manager = author.manager().orElseThrow(() -> PortalException.invalid("story.submit.noManager"));
        approver = manager;
        status = StoryStatus.SUBMITTED;
        submittedAt = now;
        updatedAt = now;
        events.add(new StoryEvent(this, by, StoryAction.SUBMITTED, now, null));
    }

    /** Of the suggested channels where the material type is red, those without a reason yet, in the story's order. */
    public List<String> unjustifiedChannels(Set<String> redChannels) {
        return suggestedChannels.stream()
                .filter(redChannels::contains)
                .filter(c -> !justifications.containsKey(c))
                .toList();
    }

    /** The field a missing or too long reason for {@code channel} is reported at ("justifications.INSTAGRAM"). */
    public static String justificationField(String channel) {
        return "justifications." + channel;
    }

    /** The author's manager approves; nobody approves their own story, and only a submitted story. */
    public void approve(Person by, Instant now) {
        requireDecider(by);
        status = StoryStatus.APPROVED;
        approvedAt = now;
        updatedAt = now;
        returnComment = null;
        events.add(new StoryEvent(this, by, StoryAction.APPROVED, now, null));
    }

    /** The manager sends the story back with a comment the author sees and acts on. */
    public void returnToAuthor(Person by, String comment, Instant now) {
        requireDecider(by);
        if (comment == null || comment.isBlank()) {
            throw PortalException.invalidField("comment", "story.return.commentRequired");
        }
        if (comment.length() > 2000) {
            throw PortalException.invalidField("comment", "story.return.commentTooLong", 2000);
        }
        status = StoryStatus.RETURNED;
        returnComment = comment.trim();
        updatedAt = now;
        events.add(new StoryEvent(this, by, StoryAction.RETURNED, now, returnComment));
    }

    /**
     * The manager the story was sent to left or stopped managing (an HR import says so): the story
     * now waits for the author's manager as the organisation stands, the nearest manager above the
     * author. Empty when there is none; then nobody can approve it until a unit above gets a manager,
     * and the import flags it.
     */
    public Optional<Person> handOverApproval(Instant now) {
        if (status != StoryStatus.SUBMITTED) {
            throw PortalException.conflict("story.notWaitingForApproval");
        }
        Optional<Person> next = author.manager().filter(manager -> !manager.equals(approver));
        approver = next.orElse(null);
        updatedAt = now;
        events.add(new StoryEvent(
                this,
                null,
                StoryAction.APPROVER_CHANGED,
                now,
                next.map(Person::getDisplayName).orElse(null)));
        return next;
    }

    /** Who must approve: the manager the story was sent to, else the author's manager now. */
    public Optional<Person> expectedApprover() {
        return approver != null ? Optional.of(approver) : author.manager();
    }

    private void requireDecider(Person by) {
        if (status != StoryStatus.SUBMITTED) {
            throw PortalException.conflict("story.notWaitingForApproval");
        }
        if (author.equals(by)) {
            throw PortalException.forbidden("story.approve.own");
        }
        if (by == null || !expectedApprover().map(by::equals).orElse(false)) {
            throw PortalException.forbidden("story.approve.notManager");
        }
    }

    // ----- planning and publishing -----------------------------------------------------------

    /** How many of the people pictured have not (or no longer) said yes: a story waits for them before it is planned. */
    public long consentsMissing() {
        return consents.stream().filter(c -> !c.isGiven()).count();
    }

    public int consentsAsked() {
        return consents.size();
    }

    /** Whether every person pictured has said yes (a story with nobody pictured needs no consent). */
    public boolean hasAllConsents() {
        return consents.stream().allMatch(Consent::isGiven);
    }

    /**
     * Plans the story in a channel at a time (or moves an existing plan there). Only approved
     * stories with every consent given, and never in the past.
     */
    public Placement schedule(Person by, String channelCode, Instant at, Instant now) {
        if (status != StoryStatus.APPROVED && status != StoryStatus.SCHEDULED && status != StoryStatus.PUBLISHED) {
            throw PortalException.conflict("story.schedule.notApproved");
        }
        if (!hasAllConsents()) {
            throw PortalException.invalid("story.schedule.consentMissing");
        }
        if (channelCode == null || channelCode.isBlank()) {
            throw PortalException.invalidField("channel", "story.schedule.channelRequired");
        }
        if (at == null) {
            throw PortalException.invalidField("scheduledAt", "story.schedule.timeRequired");
        }
        if (!at.isAfter(now)) {
            throw PortalException.invalidField("scheduledAt", "story.schedule.past");
        }
        Placement placement = placement(channelCode).orElse(null);
        if (placement == null) {
            placement = new Placement(this, channelCode, at, by);
            placements.add(placement);
            events.add(new StoryEvent(this, by, StoryAction.SCHEDULED, now, channelCode + " " + at));
        } else {
            placement.moveTo(at);
            events.add(new StoryEvent(this, by, StoryAction.MOVED, now, channelCode + " " + at));
        }
        if (status == StoryStatus.APPROVED) {
            status = StoryStatus.SCHEDULED;
        }
        updatedAt = now;
        return placement;
    }

    /** The communicator posted the story in the channel and records the link: it is published there. */
    public Placement publish(Person by, String channelCode, String link, Instant now) {
        if (status != StoryStatus.SCHEDULED && status != StoryStatus.PUBLISHED) {
            throw PortalException.conflict("story.publish.notScheduled");
        }
        if (!hasAllConsents()) {
            throw PortalException.invalid("story.schedule.consentMissing");
        }
        Placement placement = placement(channelCode)
                .orElseThrow(() -> PortalException.invalidField("channel", "story.publish.notPlanned", channelCode));
        placement.published(requireLink(link), now);
        status = StoryStatus.PUBLISHED;
        updatedAt = now;
        events.add(new StoryEvent(this, by, StoryAction.PUBLISHED, now, channelCode + " " + placement.getLink()));
        return placement;
    }

    public Optional<Placement> placement(String channelCode) {
        return placements.stream()
                .filter(p -> p.getChannelCode().equals(channelCode))
                .findFirst();
    }

    // ----- withdrawal --------------------------------------------------------------------------

    /** The author takes the story back: it leaves the public feed at once, for good. */
    public void withdraw(Person by, Instant now) {
        if (!author.equals(by)) {
            throw PortalException.forbidden("story.withdraw.notAuthor");
        }
        markWithdrawn(by, now, null);
    }

    /** A pictured colleague answers their consent request (or changes a refusal into a yes). */
    public void answerConsent(Person by, Consent consent, boolean yes, Instant now) {
        requireOwnConsent(consent);
        if (status == StoryStatus.WITHDRAWN) {
            throw PortalException.conflict("story.withdrawn");
        }
        consent.answer(by, yes, now);
        updatedAt = now;
        events.add(new StoryEvent(this, by, yes ? StoryAction.CONSENT_GIVEN : StoryAction.CONSENT_REFUSED, now, null));
    }

    /**
     * A pictured person takes back their consent. A story that was already approved or further
     * is withdrawn: it leaves the public feed, and the channels it was posted in must take it down.
     */
    public void withdrawConsent(Person by, Consent consent, Instant now) {
        requireOwnConsent(consent);
        consent.withdraw(by, now);
        updatedAt = now;
        events.add(new StoryEvent(this, by, StoryAction.CONSENT_WITHDRAWN, now, null));
        if (status == StoryStatus.APPROVED || status == StoryStatus.SCHEDULED || status == StoryStatus.PUBLISHED) {
            markWithdrawn(by, now, "consent");
        }
    }

    private void markWithdrawn(Person by, Instant now, String note) {
        if (status == StoryStatus.WITHDRAWN) {
            throw PortalException.conflict("story.withdrawn");
        }
        status = StoryStatus.WITHDRAWN;
        withdrawnAt = now;
        updatedAt = now;
        events.add(new StoryEvent(this, by, StoryAction.WITHDRAWN, now, note));
    }

    private void requireOwnConsent(Consent consent) {
        if (consent == null || !consents.contains(consent)) {
            throw PortalException.notFound("story.consent.notFound");
        }
    }

    /** The channels where the story was posted and not yet taken down: where communicators must act. */
    public List<Placement> postsToTakeDown() {
        if (status != StoryStatus.WITHDRAWN) {
            return List.of();
        }
        return placements.stream()
                .filter(p -> p.isPublished() && !p.isTakenDown())
                .toList();
    }

    public void takenDown(Person by, String channelCode, Instant now) {
        Placement placement = postsToTakeDown().stream()
                .filter(p -> p.getChannelCode().equals(channelCode))
                .findFirst()
                .orElseThrow(() -> PortalException.conflict("story.takeDown.nothing"));
        placement.takenDown(now);
        events.add(new StoryEvent(this, by, StoryAction.TAKEN_DOWN, now, channelCode));
    }

    // ----- public feed ------------------------------------------------------------------------

    /** The latest time the story was posted in any channel, if it was. */
    public Optional<Instant> lastPublishedAt() {
        return placements.stream()
                .map(Placement::getPublishedAt)
                .filter(t -> t != null)
                .max(Instant::compareTo);
    }

    /**
     * Whether a write to this story, its photos or consents can change what the public feed shows.
     * Only a published story is in the feed, and it leaves only by being withdrawn; a story before
     * approval never returns to those states, so its drafts, submissions and approvals cannot.
     */
    public boolean mayTouchPublicFeed() {
        return status == StoryStatus.PUBLISHED || status == StoryStatus.WITHDRAWN;
    }

    /**
     * Whether writing the story as it is now may change what communicators must plan or take down:
     * it is approved (just now), planned (it left the approved ones) or withdrawn (perhaps still
     * posted, perhaps just taken from the approved ones).
     */
    public boolean mayTouchCommunicatorQueues() {
        return status == StoryStatus.APPROVED || status == StoryStatus.SCHEDULED || status == StoryStatus.WITHDRAWN;
    }

    /**
     * Whether the public careers site may show it now: a published story of {@code portraitType},
     * posted somewhere since {@code since}, with every consent still given.
     */
    public boolean isPublicPortrait(String portraitType, Instant since) {
        return status == StoryStatus.PUBLISHED
                && portraitType.equals(materialType)
                && hasAllConsents()
                && placements.stream()
                        .anyMatch(p -> p.getPublishedAt() != null
                                && !p.getPublishedAt().isBefore(since));
    }

    /** Who may read the story in the portal: the author, the people pictured, the approver, and communicators once approved. */
    public boolean isVisibleTo(Person person, boolean communicator) {
        if (person != null
                && (author.equals(person)
                        || person.equals(approver)
                        || author.manager().map(person::equals).orElse(false)
                        || consents.stream().anyMatch(c -> person.equals(c.getPerson())))) {
            return true;
        }
        return communicator
                && status != StoryStatus.DRAFT
                && status != StoryStatus.SUBMITTED
                && status != StoryStatus.RETURNED;
    }

    private void requireAuthorEditing(Person by) {
        if (!author.equals(by)) {
            throw PortalException.forbidden("story.edit.notAuthor");
        }
        if (!status.isEditable()) {
            throw PortalException.conflict("story.edit.notEditable");
        }
    }

    /** The keys the lists by title sort by; for the entity's tests. */
    SortKeys sortKeys() {
        return sortKeys;
    }

    private void setTitle(String newTitle) {
        if (newTitle == null || newTitle.isBlank()) {
            throw PortalException.invalidField("title", "story.title.required");
        }
        if (newTitle.trim().length() > TITLE_MAX) {
            throw PortalException.invalidField("title", "story.title.tooLong", TITLE_MAX);
        }
        title = newTitle.trim();
        sortKeys = SortKeys.of(title);
    }

    private void setBody(String newBody) {
        if (newBody != null && newBody.length() > BODY_MAX) {
            throw PortalException.invalidField("body", "story.body.tooLong", BODY_MAX);
        }
        body = blankToNull(newBody);
    }

    private void setMaterialType(String code) {
        if (code == null || code.isBlank()) {
            throw PortalException.invalidField("materialType", "story.materialType.required");
        }
        materialType = code.trim();
    }

    static String requireLink(String link) {
        if (link == null || link.isBlank()) {
            throw PortalException.invalidField("link", "story.publish.linkRequired");
        }
        try {
            URI uri = new URI(link.trim());
            if (uri.getHost() == null
                    || !("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    || link.trim().length() > 1000) {
                throw PortalException.invalidField("link", "story.publish.linkInvalid");
            }
            return uri.toString();
        } catch (java.net.URISyntaxException e) {
            throw PortalException.invalidField("link", "story.publish.linkInvalid");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public Person getAuthor() {
        return author;
    }

    public Person getApprover() {
        return approver;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public String getMaterialType() {
        return materialType;
    }

    /** Suggested channel → why the material type fits there (only channels that were given a reason). */
    public Map<String, String> getJustifications() {
        return new LinkedHashMap<>(justifications);
    }

    public Optional<String> justification(String channel) {
        return Optional.ofNullable(justifications.get(channel));
    }

    public boolean isShowFirstName() {
        return showFirstName;
    }

    public StoryStatus getStatus() {
        return status;
    }

    public String getReturnComment() {
        return returnComment;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    /** The codes of the employer-brand plan's target groups (brandplan module). */
    public Set<String> getTargetGroups() {
        return Set.copyOf(targetGroups);
    }

    /** The codes of the employer-brand plan's brand associations (brandplan module). */
    public Set<String> getBrands() {
        return Set.copyOf(brands);
    }

    public Set<String> getSuggestedChannels() {
        return new LinkedHashSet<>(suggestedChannels);
    }

    public List<Consent> getConsents() {
        return List.copyOf(consents);
    }

    public List<StoryPhoto> getPhotos() {
        return List.copyOf(photos);
    }

    public List<Placement> getPlacements() {
        return List.copyOf(placements);
    }

    public List<StoryEvent> getEvents() {
        return List.copyOf(events);
    }
}
