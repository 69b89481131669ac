package se.ambassadorsportalen.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.i18n.Messages;
import se.ambassadorsportalen.platform.search.PortalSearch;
import se.ambassadorsportalen.platform.search.SearchIndex;
import se.ambassadorsportalen.platform.search.SearchQuery;
import se.ambassadorsportalen.platform.search.SearchResults;
import se.ambassadorsportalen.platform.security.CallerRoles;
import se.ambassadorsportalen.platform.security.Role;

/**
 * The header's search: every kind the caller may search, from the portal's index ({@link PortalSearch}),
 * ranked, each hit filtered by the caller's reader keys (their roles, and what the kind's module adds:
 * themselves, their units); a few hits per kind on the first page ({@code search.xhtml?q=}) and all of
 * one kind's hits a page at a time ({@code &in=story&page=2}), at most {@link SearchIndex#MAX_WINDOW}
 * deep. A plain GET page, so a result can be bookmarked and the back button works.
 */
@Named
@RequestScoped
public class SearchBacking {

    /** One module's hits, with the addresses of the links around them. */
    public record Group(
            String kind, String labelKey, SearchResults results, String allUrl, String previousUrl, String nextUrl) {}

    @Inject
    CallerRoles callerRoles;

    @Inject
    PortalSearch search;

    private String q;
    private String in;
    private int page;
    private String problem;
    private List<Group> groups = List.of();

    /** Runs the search once per request (the page's view action). */
    public void run() {
        if (q == null || q.isBlank()) {
            return;
        }
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        SearchQuery query;
        try {
            query = SearchQuery.of(q);
        } catch (PortalException e) {
            problem = Messages.text(locale, e.key(), e.arguments());
            return;
        }
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        if (!search.isBuilt() && !search.awaitBuilt()) {
            problem = Messages.text(locale, "platform.search.notReady");
            return;
        }
        Set<Role> roles = callerRoles.all();
        int size = in == null ? PortalSearch.OVERVIEW_SIZE : PortalSearch.PAGE_SIZE;
        int first = in == null ? 0 : Math.max(0, page) * PortalSearch.PAGE_SIZE;
        String root = context.getRequestContextPath();
        groups = search.find(query, in, roles, locale, first, size).stream()
                .map(found -> group(found, query, first, root))
                .toList();
    }

    private Group group(PortalSearch.Found found, SearchQuery query, int first, String root) {
        SearchResults results = found.results();
        String kind = found.kind().name();
        String base =
                root + "/search.xhtml?q=" + URLEncoder.encode(query.text(), StandardCharsets.UTF_8) + "&in=" + kind;
        boolean one = in != null;
        String all = !one && results.total() > results.hits().size() ? base : null;
        String previous = one && page > 0 ? base + "&page=" + (page - 1) : null;
        long reachable = Math.min(results.total(), SearchIndex.MAX_WINDOW);
        String next = one && first + results.hits().size() < reachable ? base + "&page=" + (page + 1) : null;
        return new Group(kind, found.kind().labelKey(), results, all, previous, next);
    }

    public long getTotal() {
        return groups.stream().mapToLong(group -> group.results().total()).sum();
    }

    public boolean isSearched() {
        return q != null && !q.isBlank() && problem == null;
    }

    /** The address of the overview for the same words (from one module's list back to all). */
    public String getOverviewUrl() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/search.xhtml?q="
                + URLEncoder.encode(q == null ? "" : q.strip(), StandardCharsets.UTF_8);
    }

    public List<Group> getGroups() {
        return groups;
    }

    public String getProblem() {
        return problem;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getIn() {
        return in;
    }

    public void setIn(String in) {
        this.in = in == null || in.isBlank() ? null : in;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(
                0, Math.min(page, SearchIndex.MAX_WINDOW / PortalSearch.PAGE_SIZE)); // the index ranks no deeper
    }
}
