package se.ambassadorsportalen.policy.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.ambassadorsportalen.organisation.boundary.CurrentUser;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.i18n.Messages;
import se.ambassadorsportalen.platform.persistence.Page;
import se.ambassadorsportalen.platform.persistence.PageRequest;
import se.ambassadorsportalen.platform.persistence.Queries;
import se.ambassadorsportalen.platform.search.SearchChanged;
import se.ambassadorsportalen.platform.search.SearchDocument;
import se.ambassadorsportalen.platform.search.SearchReaders;
import se.ambassadorsportalen.platform.security.OpenOnPurpose;
import se.ambassadorsportalen.platform.security.Role;
import se.ambassadorsportalen.platform.text.MarkdownText;
import se.ambassadorsportalen.platform.time.PortalTime;
import se.ambassadorsportalen.policy.control.SearchWords;
import se.ambassadorsportalen.policy.control.VersionDiff;
import se.ambassadorsportalen.policy.entity.DocumentSettings;
import se.ambassadorsportalen.policy.entity.PolicyContent;
import se.ambassadorsportalen.policy.entity.PolicyDocument;
import se.ambassadorsportalen.policy.entity.PolicyVersion;
import se.ambassadorsportalen.policy.entity.VersionNumber;

/**
 * The policy documents: every signed-in user reads and searches them, communicators write them.
 * Writing always publishes a new version (the earlier ones stay readable), and the bodies are
 * cleaned of raw HTML before they are stored, so what is stored is what everyone is shown.
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
public class Policies {

    /** What publishing gave: the document, its new version, and whether HTML had to be removed from the text. */
    public record Published(PolicyDocument document, PolicyVersion version, boolean htmlRemoved) {}

    private static final Map<String, String> SORTABLE = Map.of(
            "title", "sortKeys", "type", "document.type", "validFrom", "validFrom", "publishedAt", "publishedAt");
    private static final Map<String, String> FILTERS = Map.of("title", "titleSv");

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Event<SearchChanged> searchChanged;

    /** The kind of the portal's search that policies are (see {@code PolicySearch}). */
    public static final String SEARCH_KIND = "policy";

    /** Every reader of the policies: the roles this boundary lets read them. */
    private static final Set<String> READERS = SearchReaders.roles(
            EnumSet.of(Role.EMPLOYEE, Role.MANAGER, Role.PRESS_OFFICER, Role.HR, Role.COMMUNICATOR, Role.ADMIN));

    /**
     * The current version of every document for the portal's search index, by its title and text in
     * both languages, readable by every role that reads policies.
     */
    @PermitAll
    @OpenOnPurpose("the search index reads every current version from its timer, without a caller; each hit"
            + " is shown only to the roles that read policies")
    public List<SearchDocument> searchDocuments() {
        return em
                .createQuery(
                        "select v from PolicyVersion v join fetch v.document where v.current = :current",
                        PolicyVersion.class)
                .setParameter("current", true)
                .getResultList()
                .stream()
                .map(version -> new SearchDocument(
                        String.valueOf(version.getDocument().getId()),
                        new SearchDocument.Text(version.getTitleSv(), version.getTitleEn()),
                        new SearchDocument.Text(version.getBodySv(), version.getBodyEn()),
                        SearchDocument.Text.worded(language -> detail(version, language)),
                        "/policy/document.xhtml?id=" + version.getDocument().getId(),
                        READERS))
                .toList();
    }

    private static String detail(PolicyVersion version, Locale locale) {
        String typeKey = "policy.type." + version.getDocument().getType();
        return Messages.text(locale, typeKey) + ", " + Messages.text(locale, "policy.version.short") + " "
                + version.getNumber();
    }

    /** The current version of each document, paged. */
    public Page<PolicyVersion> current(PageRequest request) {
        return Queries.page(
                em,
                PolicyVersion.class,
                request,
                SORTABLE,
                FILTERS,
                (cb, root) -> cb.isTrue(root.get("current")),
                "sortKeys",
                "document");
    }

    /**
     * Current versions whose title or text (Swedish or English) contains every word of the query,
     * narrowed by the table's title filter as the whole list is.
     */
    public Page<PolicyVersion> search(String query, PageRequest request) {
        List<String> words = SearchWords.of(query);
        return Queries.page(
                em,
                PolicyVersion.class,
                request,
                SORTABLE,
                FILTERS,
                (cb, root) -> matchesAll(cb, root, words),
                "sortKeys",
                "document");
    }

    private static Predicate matchesAll(CriteriaBuilder cb, Root<PolicyVersion> root, List<String> words) {
        List<Predicate> all = new ArrayList<>();
        all.add(cb.isTrue(root.get("current")));
        for (String word : words) {
            String like = "%" + word + "%"; // only letters and digits (SearchWords): nothing to escape
            List<Predicate> any = new ArrayList<>();
            for (String field : List.of("titleSv", "titleEn", "bodySv", "bodyEn")) {
                Expression<String> text = root.get(field);
                any.add(cb.like(cb.lower(text), like));
            }
            all.add(cb.or(any.toArray(Predicate[]::new)));
        }
        return cb.and(all.toArray(Predicate[]::new));
    }

    /** A document with its versions loaded, so views and REST can walk its history after the transaction. */
    public PolicyDocument document(long id) {
        PolicyDocument document = Optional.ofNullable(em.find(PolicyDocument.class, id))
                .orElseThrow(() -> PortalException.notFound("policy.document.notFound", id));
        document.getVersions().size();
        return document;
    }

    public PolicyVersion version(long id, VersionNumber number) {
        return document(id)
                .version(number)
                .orElseThrow(() -> PortalException.notFound("policy.version.notFound", number.toString()));
    }

    /** Line-by-line changes between two versions of a document, in the given language's text. */
    public List<VersionDiff.Line> compare(long id, VersionNumber from, VersionNumber to, java.util.Locale locale) {
        PolicyVersion before = version(id, from);
        PolicyVersion after = version(id, to);
        return VersionDiff.between(before.body(locale), after.body(locale));
    }

    @RolesAllowed(Role.Names.COMMUNICATOR)
    public Published create(DocumentSettings settings, String versionNumber, PolicyContent content) {
        MarkdownText.Cleaned sv = MarkdownText.clean(content == null ? null : content.bodySv());
        MarkdownText.Cleaned en = MarkdownText.clean(content == null ? null : content.bodyEn());
        VersionNumber number = versionNumber == null || versionNumber.isBlank()
                ? VersionNumber.FIRST
                : VersionNumber.parse(versionNumber);
        PolicyDocument document = PolicyDocument.create(settings, number, cleaned(content, sv, en), publisher(), now());
        em.persist(document);
        searchChanged.fire(SearchChanged.of(SEARCH_KIND));
        return new Published(document, document.current(), sv.htmlRemoved() || en.htmlRemoved());
    }

    /**
     * Publishes a new version of a document and updates its settings. {@code expectedVersion} is
     * the document's lock version the writer started from: if someone published in between, the
     * writer is told instead of overwriting.
     */
    @RolesAllowed(Role.Names.COMMUNICATOR)
    public Published publish(
            long id, long expectedVersion, DocumentSettings settings, String versionNumber, PolicyContent content) {
        PolicyDocument document = document(id);
        if (document.getVersion() != expectedVersion) {
            throw PortalException.conflict("platform.error.conflict");
        }
        MarkdownText.Cleaned sv = MarkdownText.clean(content == null ? null : content.bodySv());
        MarkdownText.Cleaned en = MarkdownText.clean(content == null ? null : content.bodyEn());
        em.lock(document, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        document.changeSettings(settings);
        PolicyVersion version =
                document.publish(VersionNumber.parse(versionNumber), cleaned(content, sv, en), publisher(), now());
        em.persist(version);
        em.flush();
        searchChanged.fire(SearchChanged.of(SEARCH_KIND));
        return new Published(document, version, sv.htmlRemoved() || en.htmlRemoved());
    }

    /**
     * Changes a document's settings and its current version's last valid day without publishing a
     * new version (see {@link PolicyDocument#adjust}). {@code expectedVersion} as for {@link #publish}.
     */
    @RolesAllowed(Role.Names.COMMUNICATOR)
    public PolicyDocument adjust(long id, long expectedVersion, DocumentSettings settings, LocalDate validUntil) {
        PolicyDocument document = document(id);
        if (document.getVersion() != expectedVersion) {
            throw PortalException.conflict("platform.error.conflict");
        }
        em.lock(document, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        document.adjust(settings, validUntil);
        em.flush();
        return document;
    }

    private static PolicyContent cleaned(PolicyContent content, MarkdownText.Cleaned sv, MarkdownText.Cleaned en) {
        if (content == null) {
            return null;
        }
        return new PolicyContent(
                content.titleSv(),
                content.titleEn(),
                sv.text(),
                en.text(),
                content.validFrom(),
                content.validUntil(),
                content.changeNote());
    }

    /** To the second: what is stored is exactly what was returned. */
    static Instant now() {
        return PortalTime.moment().truncatedTo(ChronoUnit.SECONDS);
    }

    private String publisher() {
        return currentUser.displayName();
    }
}
