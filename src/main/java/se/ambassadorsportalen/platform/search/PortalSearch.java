package se.ambassadorsportalen.platform.search;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.ambassadorsportalen.platform.i18n.OrganisationLanguage;
import se.ambassadorsportalen.platform.security.Role;
import se.ambassadorsportalen.platform.time.PortalTime;

/**
 * The portal's search: one in-memory {@link SearchIndex} per node, filled from every module's
 * {@link SearchSource} and kept fresh three ways.
 *
 * <ul>
 *   <li>At start the whole index is built from every source ({@link #rebuild}), after the database is
 *       migrated and the demo loaded, in the background: the server is ready before it, and a search
 *       in the first seconds waits for it (at most {@value #WAIT_FOR_BUILD_SECONDS} s).
 *   <li>Every {@link SearchRefresh#EVERY_SECONDS} seconds each node asks every source for what changed
 *       since its last look ({@link #refresh}), with {@link #OVERLAP} of margin for transactions that
 *       committed late and for clocks of nodes that differ: so a change made on another node is found
 *       here within that interval plus the time of one refresh. A source whose rows carry no change
 *       time answers with all its rows; the index writes only those that differ.
 *   <li>A change on this node ({@link SearchChanged}) refreshes its kinds as soon as its transaction
 *       has committed, so the person who changed something finds it at once.
 * </ul>
 *
 * Rows deleted outright cannot be seen in a "changed since" answer: every {@link SearchRefresh#RECONCILE_MINUTES}
 * minutes every source gives all its documents and the index drops what is gone.
 *
 * <p>Texts in the organisation's own language are stemmed as that language (Swedish, or Danish for a
 * Danish organisation), English texts as English, and a search looks in the languages the
 * organisation offers ({@link OrganisationLanguage}); when the profile's language changes, the next
 * refresh reads every document again and stems it as the new language.
 */
@ApplicationScoped
public class PortalSearch {

    /** Hits per kind on the overview of a search (every kind at once). */
    public static final int OVERVIEW_SIZE = 5;
    /** Hits per page when one kind's hits are listed. */
    public static final int PAGE_SIZE = 20;

    static final Duration OVERLAP = Duration.ofMinutes(2);
    static final int WAIT_FOR_BUILD_SECONDS = 20;
    private static final Logger LOG = Logger.getLogger(PortalSearch.class.getName());

    @Inject
    @Any
    Instance<SearchSource> sources;

    @Inject
    OrganisationLanguage language;

    private final SearchIndex index = new SearchIndex();
    private final CountDownLatch built = new CountDownLatch(1);
    /** The organisation's language at the last complete read: a refresh that finds another reads everything. */
    private volatile Locale indexedIn;
    /** Per kind, when its last refresh started to read: the next one asks for changes since then, less the overlap. */
    private final Map<String, LocalDateTime> lastRead = new ConcurrentHashMap<>();

    /** Reads every document of every source. Returns how many documents the index holds. */
    public int rebuild() {
        long start = System.nanoTime();
        indexedIn = language.locale();
        int documents = 0;
        for (SearchSource source : sources) {
            documents += read(source, true);
        }
        boolean first = !isBuilt();
        built.countDown();
        long took = (System.nanoTime() - start) / 1_000_000;
        int all = documents;
        // the first build says how long the node's search was not ready; the reconciliations only when asked
        LOG.log(
                first ? Level.INFO : Level.FINE,
                () -> String.format(
                        "Search index %s: %d documents in %d ms, %d MB",
                        first ? "built" : "reconciled", all, took, index.sizeInBytes() / 1_000_000));
        return documents;
    }

    /** Reads what changed in every source since the last look. */
    public void refresh() {
        if (!isBuilt()) {
            return;
        }
        if (!language.locale().equals(indexedIn)) {
            rebuild(); // the profile's language changed: every text is stemmed anew, not only the changed ones
            return;
        }
        for (SearchSource source : sources) {
            read(source, false);
        }
    }

    /** A change on this node: read its kinds again once it is committed (a failed transaction changed nothing). */
    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) SearchChanged change) {
        if (!isBuilt()) {
            return; // the build under way reads it
        }
        for (SearchSource source : sources) {
            if (change.kinds().contains(source.kind().name())) {
                read(source, false);
            }
        }
    }

    private int read(SearchSource source, boolean everything) {
        String kind = source.kind().name();
        // the real wall clock, never after the moment (in October's repeated hour the storage rule's
        // "now" is up to an hour later): asking from it can only read a change twice, never miss one
        LocalDateTime started = PortalTime.local(PortalTime.moment());
        LocalDateTime previous = lastRead.get(kind);
        try {
            SearchFeed feed = source.documents(everything || previous == null ? null : previous.minus(OVERLAP));
            index.apply(kind, feed, language.locale());
            lastRead.put(kind, started);
        } catch (RuntimeException e) {
            // the next refresh asks again from the same time: nothing is lost, the hits are only older meanwhile
            LOG.log(Level.WARNING, "The search index could not read " + kind + "; the next refresh tries again", e);
        }
        return index.size(kind);
    }

    public boolean isBuilt() {
        return built.getCount() == 0;
    }

    /** Waits for the first build (at start), at most a few seconds; false if it is not done by then. */
    public boolean awaitBuilt() {
        try {
            return built.await(WAIT_FOR_BUILD_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** One kind of thing found for a caller: what it is, and a page of its hits with their total. */
    public record Found(SearchSource.Kind kind, SearchResults results) {}

    /**
     * What a caller holding {@code roles} finds: every kind offered to one of their roles (or only the
     * kind named {@code in}), in the kinds' order, each with its hits from {@code first} on, best first,
     * that the caller may open (their roles' reader keys and what the kind's module adds: themselves,
     * their units). The words are looked for in every language the organisation offers, the hits
     * shown in the reader's {@code locale}.
     */
    public List<Found> find(SearchQuery query, String in, Set<Role> roles, Locale locale, int first, int size) {
        Set<String> roleKeys = SearchReaders.roles(roles);
        List<SearchSource> offered = sources.stream()
                .filter(source -> in == null || source.kind().name().equals(in))
                .filter(source -> source.kind().roles().stream().anyMatch(roles::contains))
                .sorted(Comparator.comparingInt(source -> source.kind().order()))
                .toList();
        List<SearchIndex.Asked> asked = new ArrayList<>(offered.size());
        for (SearchSource source : offered) {
            Set<String> keys = new HashSet<>(roleKeys);
            keys.addAll(source.readerKeys());
            asked.add(new SearchIndex.Asked(source.kind().name(), keys));
        }
        List<SearchResults> results = index.search(asked, query, language.offered(), locale, first, size);
        List<Found> found = new ArrayList<>(offered.size());
        for (int i = 0; i < offered.size(); i++) {
            found.add(new Found(offered.get(i).kind(), results.get(i)));
        }
        return found;
    }

    @PreDestroy
    void close() {
        index.close();
    }
}
