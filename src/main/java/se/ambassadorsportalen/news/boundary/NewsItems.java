package se.ambassadorsportalen.news.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import se.ambassadorsportalen.brandplan.api.PlanKind;
import se.ambassadorsportalen.brandplan.boundary.BrandPlan;
import se.ambassadorsportalen.news.control.Audience;
import se.ambassadorsportalen.news.entity.NewsDraft;
import se.ambassadorsportalen.news.entity.NewsItem;
import se.ambassadorsportalen.news.entity.NewsStatus;
import se.ambassadorsportalen.organisation.boundary.CurrentUser;
import se.ambassadorsportalen.organisation.boundary.Organisation;
import se.ambassadorsportalen.organisation.entity.Person;
import se.ambassadorsportalen.organisation.entity.Unit;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.i18n.Messages;
import se.ambassadorsportalen.platform.image.PhotoSanitizer;
import se.ambassadorsportalen.platform.persistence.InLists;
import se.ambassadorsportalen.platform.persistence.Page;
import se.ambassadorsportalen.platform.persistence.PageRequest;
import se.ambassadorsportalen.platform.search.SearchChanged;
import se.ambassadorsportalen.platform.search.SearchDocument;
import se.ambassadorsportalen.platform.search.SearchReaders;
import se.ambassadorsportalen.platform.security.OpenOnPurpose;
import se.ambassadorsportalen.platform.security.Role;
import se.ambassadorsportalen.platform.time.PortalTime;

/**
 * Internal news items: communicators write and publish them; every member of staff reads the
 * published items whose audience includes them, newest first, a page at a time in the database.
 * A draft, or an item for other units, is "not found" to a reader: not even its existence shows.
 */
@Stateless
@RolesAllowed({
    Role.Names.EMPLOYEE,
    Role.Names.MANAGER,
    Role.Names.PRESS_OFFICER,
    Role.Names.HR,
    Role.Names.COMMUNICATOR,
    Role.Names.ADMIN
})
public class NewsItems {

    /**
     * Published, and for the whole organisation (no audience units) or for one of the reader's units.
     * Written without the audience_all column: EclipseLink's H2 platform writes a boolean as 1, which
     * H2 2 refuses to compare with a BOOLEAN column.
     */
    static final String VISIBLE = " where i.status = :published and (not exists (select e.id from NewsItem e"
            + " join e.audienceUnitIds a where e.id = i.id) or exists"
            + " (select j.id from NewsItem j join j.audienceUnitIds u where j.id = i.id and u in :units))";

    private final PhotoSanitizer sanitizer = new PhotoSanitizer(PhotoSanitizer.Limits.standard());

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Event<SearchChanged> searchChanged;

    @Inject
    Organisation organisation;

    @Inject
    BrandPlan plan;

    /** Whether raw HTML had to be cut out of what was written, so the form can say so. */
    public record Saved(NewsItem item, boolean htmlRemoved) {}

    @RolesAllowed(Role.Names.COMMUNICATOR)
    public Saved create(NewsDraft draft) {
        checkUnits(draft);
        checkBrand(draft, null);
        NewsItem item = NewsItem.draft(draft, currentUser.username(), now());
        em.persist(item);
        return new Saved(
                item,
                !item.getBody()
                        .equals(draft.body() == null ? null : draft.body().strip()));
    }

    @RolesAllowed(Role.Names.COMMUNICATOR)
    public Saved update(long id, long version, NewsDraft draft) {
        searchChanged.fire(SearchChanged.of(SEARCH_KIND));
        checkUnits(draft);
        NewsItem item = current(id, version);
        checkBrand(draft, item.getBrand());
        boolean removed = item.write(draft, now());
        em.flush();
        return new Saved(item, removed);
    }

    @RolesAllowed(Role.Names.COMMUNICATOR)
    public NewsItem publish(long id, long version) {
        searchChanged.fire(SearchChanged.of(SEARCH_KIND));
        NewsItem item = current(id, version);
        item.publish(now());
        em.flush();
        return item;
    }

    /** Attaches a photo, checked by its bytes and capped like story photos, re-encoded without metadata. */
    @RolesAllowed(Role.Names.COMMUNICATOR)
    public NewsItem attachImage(long id, byte[] bytes, String alt) {
        NewsItem item = find(id);
        PhotoSanitizer.CleanPhoto photo = sanitizer.clean(bytes);
        item.attachImage(photo.contentType(), photo.width(), photo.height(), photo.large(), alt);
        em.flush();
        return item;
    }

    @RolesAllowed(Role.Names.COMMUNICATOR)
    public NewsItem removeImage(long id) {
        NewsItem item = find(id);
        item.removeImage();
        return item;
    }

    /** Every item, drafts first and then the newest, for the communicators' list. */
    @RolesAllowed(Role.Names.COMMUNICATOR)
    public Page<NewsItem> all(PageRequest request) {
        long total =
                em.createQuery("select count(i) from NewsItem i", Long.class).getSingleResult();
        List<NewsItem> items = em.createQuery(
                        "select i from NewsItem i order by i.status, i.updatedAt desc, i.id desc", NewsItem.class)
                .setFirstResult(request.first())
                .setMaxResults(request.size())
                .getResultList();
        return new Page<>(items, total);
    }

    /** An item for editing, draft or not. */
    @RolesAllowed(Role.Names.COMMUNICATOR)
    public NewsItem forEditing(long id) {
        NewsItem item = find(id);
        item.getAudienceUnitIds();
        return item;
    }

    /** The published items for the caller, newest first. */
    public Page<NewsItem> forMe(PageRequest request) {
        Set<Long> units = myUnits();
        long total = visible(em.createQuery("select count(i) from NewsItem i" + VISIBLE, Long.class), units)
                .getSingleResult();
        if (total == 0) {
            return Page.empty();
        }
        List<NewsItem> items = visible(
                        em.createQuery(
                                "select i from NewsItem i" + VISIBLE + " order by i.publishedAt desc, i.id desc",
                                NewsItem.class),
                        units)
                .setFirstResult(request.first())
                .setMaxResults(request.size())
                .getResultList();
        return new Page<>(items, total);
    }

    /** The kind of the portal's search that news items are (see {@code NewsSearch}). */
    public static final String SEARCH_KIND = "news";

    /**
     * Published items for the portal's search index, by title and text, under the audience rule of
     * {@link #forMe}: an item for the whole organisation is readable by every role that reads news,
     * one for units by the members of those units and the units below them (a reader holds the keys
     * of their unit and every unit above it, {@link #myAudienceKeys}).
     */
    @PermitAll
    @OpenOnPurpose("the search index reads the published items from its timer, without a caller; each hit is"
            + " shown only to its audience")
    public List<SearchDocument> searchDocuments() {
        Set<String> everyone = SearchReaders.roles(
                EnumSet.of(Role.EMPLOYEE, Role.MANAGER, Role.PRESS_OFFICER, Role.HR, Role.COMMUNICATOR, Role.ADMIN));
        return em
                .createQuery("select i from NewsItem i where i.status = :published", NewsItem.class)
                .setParameter("published", NewsStatus.PUBLISHED)
                .getResultList()
                .stream()
                .map(item -> new SearchDocument(
                        String.valueOf(item.getId()),
                        SearchDocument.Text.same(item.getTitle()),
                        SearchDocument.Text.swedish(item.getBody()),
                        SearchDocument.Text.worded(
                                language -> Messages.text(language, "news.search.published", published(item))),
                        "/news/item.xhtml?id=" + item.getId(),
                        item.getAudienceUnitIds().isEmpty()
                                ? everyone
                                : item.getAudienceUnitIds().stream()
                                        .map(SearchReaders::unit)
                                        .collect(Collectors.toSet())))
                .toList();
    }

    private static LocalDate published(NewsItem item) {
        return item.getPublishedAt() == null
                ? null
                : PortalTime.local(item.getPublishedAt()).toLocalDate();
    }

    /** The caller's keys for the news in the portal's search: their unit and every unit above it. */
    public Set<String> myAudienceKeys() {
        return myUnits().stream().map(SearchReaders::unit).collect(Collectors.toSet());
    }

    /** A published item the caller is in the audience of (communicators also see drafts and every audience). */
    public NewsItem item(long id) {
        NewsItem item = em.find(NewsItem.class, id);
        boolean communicator = currentUser.holds(Role.COMMUNICATOR);
        if (item == null || !communicator && (!item.isPublished() || !item.isFor(myUnits()))) {
            throw PortalException.notFound("news.notFound");
        }
        return item;
    }

    /** Names of the audience units, for showing whom an item is for. */
    public List<String> unitNames(Set<Long> unitIds) {
        return unitIds.stream()
                .map(organisation::unit)
                .map(Unit::getName)
                .sorted()
                .toList();
    }

    static <T> TypedQuery<T> visible(TypedQuery<T> query, Set<Long> units) {
        return query.setParameter("published", NewsStatus.PUBLISHED).setParameter("units", InLists.padded(units));
    }

    private Set<Long> myUnits() {
        Person person = currentUser.person().orElse(null);
        return audienceOf(person);
    }

    static Set<Long> audienceOf(Person person) {
        return Audience.unitAndAncestors(person == null ? null : person.getUnit(), Unit::getId, Unit::getParent);
    }

    private void checkUnits(NewsDraft draft) {
        for (Long unitId : draft.audienceUnitIds()) {
            try {
                organisation.unit(unitId);
            } catch (RuntimeException e) {
                throw PortalException.invalidField("audience", "news.audience.unknownUnit", unitId);
            }
        }
    }

    private NewsItem find(long id) {
        NewsItem item = em.find(NewsItem.class, id);
        if (item == null) {
            throw PortalException.notFound("news.notFound");
        }
        return item;
    }

    /** An active brand association, or the one the item already carries (it may have been retired since). */
    private void checkBrand(NewsDraft draft, String kept) {
        if (draft != null && draft.brand() != null && !draft.brand().isBlank()) {
            plan.checkChoice(
                    PlanKind.ASSOCIATION,
                    Set.of(draft.brand().strip()),
                    kept == null ? Set.of() : Set.of(kept),
                    "brand");
        }
    }

    private NewsItem current(long id, long version) {
        NewsItem item = find(id);
        if (item.getVersion() != version) {
            throw PortalException.conflict("news.changedMeanwhile");
        }
        return item;
    }

    /**
     * Full precision, not whole seconds: a reader who subscribes and an item published within the
     * same second must still compare as "published after subscribing" for the digest.
     */
    static Instant now() {
        return PortalTime.moment();
    }
}
