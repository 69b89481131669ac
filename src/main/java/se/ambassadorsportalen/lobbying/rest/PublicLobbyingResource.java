package se.ambassadorsportalen.lobbying.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.ambassadorsportalen.lobbying.boundary.LobbyingExport;
import se.ambassadorsportalen.lobbying.boundary.LobbyingRegister;
import se.ambassadorsportalen.lobbying.entity.LobbyingMeeting;
import se.ambassadorsportalen.lobbying.rest.LobbyingViews.MeetingPage;
import se.ambassadorsportalen.lobbying.rest.LobbyingViews.MeetingView;
import se.ambassadorsportalen.lobbying.rest.LobbyingViews.MeetingWithHistory;
import se.ambassadorsportalen.platform.i18n.Languages;
import se.ambassadorsportalen.platform.persistence.Page;
import se.ambassadorsportalen.platform.persistence.PageRequest;

/**
 * The open lobbying register without login: pages of entries, one entry with its history, and the
 * export. Answers may be kept by caches for a minute; a correction shows after that at the latest.
 */
@Path("public/lobbying")
@RequestScoped
@PermitAll
public class PublicLobbyingResource {

    static final String CACHE = "public, max-age=60";

    @Inject
    LobbyingRegister register;

    @Inject
    LobbyingExport export;

    @Context
    HttpHeaders headers;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Lobbying meetings, newest first, withdrawn ones marked (no login);"
                    + " filter by issue and by organisation met (contains), paged with first and size (at most 200)")
    public Response meetings(
            @QueryParam("issue") String issue,
            @QueryParam("organisation") String organisation,
            @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("50") int size) {
        PageRequest request = new PageRequest(first, size, null, false, filters(issue, organisation));
        Page<LobbyingMeeting> page = register.meetings(request);
        MeetingPage view = new MeetingPage(
                page.items().stream().map(MeetingView::of).toList(), page.total(), request.first(), request.size());
        return Response.ok(view).header("Cache-Control", CACHE).build();
    }

    @GET
    @Path("{id: \\d+}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One lobbying meeting with every revision, newest first (no login)")
    public Response meeting(@PathParam("id") long id) {
        return Response.ok(MeetingWithHistory.of(register.meeting(id)))
                .header("Cache-Control", CACHE)
                .build();
    }

    @GET
    @Path("export")
    @Produces("text/csv")
    @Operation(
            summary = "The register as CSV (UTF-8 with a byte-order mark, semicolons, formula prefixes neutralised),"
                    + " with the same filters as the list (no login)")
    public Response csv(@QueryParam("issue") String issue, @QueryParam("organisation") String organisation) {
        Locale locale =
                headers == null ? Languages.DEFAULT : Languages.fromAcceptLanguage(headers.getAcceptableLanguages());
        Map<String, String> filters = filters(issue, organisation);
        StreamingOutput body = out -> export.csv(filters, locale, out);
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Cache-Control", CACHE)
                .header("Content-Disposition", "attachment; filename=\"lobbying-register.csv\"")
                .build();
    }

    static Map<String, String> filters(String issue, String organisation) {
        Map<String, String> filters = new HashMap<>();
        if (issue != null) {
            filters.put(LobbyingRegister.ISSUE, issue);
        }
        if (organisation != null) {
            filters.put(LobbyingRegister.ORGANISATION, organisation);
        }
        return filters;
    }
}
