package se.ambassadorsportalen.platform.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.ambassadorsportalen.platform.i18n.Languages;
import se.ambassadorsportalen.platform.i18n.Messages;
import se.ambassadorsportalen.platform.search.PortalSearch;
import se.ambassadorsportalen.platform.search.SearchHit;
import se.ambassadorsportalen.platform.search.SearchIndex;
import se.ambassadorsportalen.platform.search.SearchQuery;
import se.ambassadorsportalen.platform.security.CallerRoles;
import se.ambassadorsportalen.platform.security.Role;

/**
 * The header search as JSON, for clients and for measuring the search apart from the page that
 * shows it: the same kinds, hits and reader filtering as {@code search.xhtml} ({@link PortalSearch#find}),
 * five hits per kind, or one kind twenty at a time ({@code ?in=story&page=1}). Words too short are a
 * 400 at the field {@code q}; an index still being built at start is a 503 after a short wait.
 */
@Path("search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({
    Role.Names.EMPLOYEE,
    Role.Names.MANAGER,
    Role.Names.PRESS_OFFICER,
    Role.Names.HR,
    Role.Names.COMMUNICATOR,
    Role.Names.ADMIN
})
public class SearchResource {

    /** One kind's hits: {@code label} is its heading in the caller's language, {@code total} all it has. */
    public record Group(String kind, String label, long total, List<SearchHit> hits) {}

    /** {@code total}: the hits of every kind together. */
    public record Answer(String query, long total, List<Group> groups) {}

    @Inject
    PortalSearch search;

    @Inject
    CallerRoles callerRoles;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(
            summary = "Finds policies, pages, stories, consents, news, ambassadors, spokespeople and topics the caller"
                    + " may open (400 at q for words too short, 503 while the index is built at start)")
    public Response find(@QueryParam("q") String q, @QueryParam("in") String in, @QueryParam("page") int page) {
        Locale locale =
                headers == null ? Languages.DEFAULT : Languages.fromAcceptLanguage(headers.getAcceptableLanguages());
        SearchQuery query = SearchQuery.of(q);
        if (!search.isBuilt() && !search.awaitBuilt()) {
            Response.Status unavailable = Response.Status.SERVICE_UNAVAILABLE;
            return Response.fromResponse(Problem.response(
                            unavailable,
                            unavailable.getReasonPhrase(),
                            Messages.text(locale, "platform.search.notReady"),
                            null))
                    .header("Retry-After", "5")
                    .build();
        }
        Set<Role> roles = callerRoles.all();
        String kind = in == null || in.isBlank() ? null : in;
        int size = kind == null ? PortalSearch.OVERVIEW_SIZE : PortalSearch.PAGE_SIZE;
        int first = kind == null
                ? 0
                : Math.max(0, Math.min(page, SearchIndex.MAX_WINDOW / PortalSearch.PAGE_SIZE)) * PortalSearch.PAGE_SIZE;
        List<Group> groups = search.find(query, kind, roles, locale, first, size).stream()
                .map(found -> new Group(
                        found.kind().name(),
                        Messages.text(locale, found.kind().labelKey()),
                        found.results().total(),
                        found.results().hits()))
                .toList();
        long total = groups.stream().mapToLong(Group::total).sum();
        return Response.ok(new Answer(query.text(), total, groups)).build();
    }
}
