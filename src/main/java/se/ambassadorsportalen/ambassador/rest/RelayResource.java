package se.ambassadorsportalen.ambassador.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.ambassadorsportalen.ambassador.boundary.RelayRota;
import se.ambassadorsportalen.ambassador.entity.RelayRequest;
import se.ambassadorsportalen.ambassador.entity.RelayWeek;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.security.Role;
import se.ambassadorsportalen.platform.time.PortalTime;

/** The Instagram relay rota over REST. Reading is open to every signed-in user. */
@Path("relay")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RelayResource {

    public record WeekView(
            long id,
            String isoWeek,
            LocalDate startsOn,
            String state,
            String instagrammer,
            long openRequests,
            boolean guidelineConfirmed,
            boolean handedOver) {}

    public record RequestView(
            long id, String isoWeek, String status, long ambassadorId, String ambassador, String reason) {
        static RequestView of(RelayRequest r) {
            return new RequestView(
                    r.getId(),
                    r.getWeek().getIsoWeek(),
                    r.getStatus().name(),
                    r.getAmbassador().getId(),
                    RelayRota.nameOf(r.getAmbassador()),
                    r.getReason());
        }
    }

    public record Move(String isoWeek) {}

    public record Reason(String reason) {}

    public record Handover(String gift) {}

    @Inject
    RelayRota rota;

    @GET
    @Path("weeks")
    @RolesAllowed({
        Role.Names.EMPLOYEE,
        Role.Names.MANAGER,
        Role.Names.PRESS_OFFICER,
        Role.Names.HR,
        Role.Names.COMMUNICATOR,
        Role.Names.ADMIN
    })
    @Operation(
            summary = "Relay weeks that are requested or confirmed between two dates (default: the coming eight weeks)")
    public List<WeekView> weeks(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate start = date(from, PortalTime.today(), "from");
        LocalDate end = date(to, start.plusWeeks(8), "to");
        List<RelayWeek> weeks = rota.weeks(start, end);
        Map<Long, Long> open = rota.openRequestCounts(weeks);
        return weeks.stream()
                .map(w -> new WeekView(
                        w.getId(),
                        w.getIsoWeek(),
                        w.getStartsOn(),
                        w.isConfirmed() ? "CONFIRMED" : open.getOrDefault(w.getId(), 0L) > 0 ? "REQUESTED" : "GAP",
                        w.isConfirmed() ? RelayRota.nameOf(w.getConfirmed()) : null,
                        open.getOrDefault(w.getId(), 0L),
                        w.getGuidelineConfirmedAt() != null,
                        w.getHandedOverAt() != null))
                .toList();
    }

    @POST
    @Path("weeks/{isoWeek}/requests")
    @RolesAllowed(Role.Names.EMPLOYEE)
    @Operation(summary = "A trained ambassador asks for a week")
    public Response request(@PathParam("isoWeek") String isoWeek) {
        return Response.status(Response.Status.CREATED)
                .entity(RequestView.of(rota.request(isoWeek)))
                .build();
    }

    @GET
    @Path("requests")
    @RolesAllowed(Role.Names.COMMUNICATOR)
    @Operation(summary = "Requests waiting for a communicator")
    public List<RequestView> openRequests() {
        return rota.openRequests().stream().map(RequestView::of).toList();
    }

    @POST
    @Path("requests/{id}/confirmation")
    @RolesAllowed(Role.Names.COMMUNICATOR)
    @Operation(summary = "Confirm a request; at most one person per week")
    public Response confirm(@PathParam("id") long id) {
        RelayWeek week = rota.confirm(id);
        return Response.ok(Map.of("isoWeek", week.getIsoWeek(), "instagrammer", RelayRota.nameOf(week.getConfirmed())))
                .build();
    }

    @POST
    @Path("requests/{id}/move")
    @RolesAllowed(Role.Names.COMMUNICATOR)
    @Operation(summary = "Move a request to another free week")
    public RequestView move(@PathParam("id") long id, Move move) {
        return RequestView.of(rota.move(id, move == null ? null : move.isoWeek()));
    }

    @POST
    @Path("requests/{id}/declination")
    @RolesAllowed(Role.Names.COMMUNICATOR)
    @Operation(summary = "Decline a request, with a reason")
    public RequestView decline(@PathParam("id") long id, Reason reason) {
        return RequestView.of(rota.decline(id, reason == null ? null : reason.reason()));
    }

    @POST
    @Path("weeks/{isoWeek}/guideline")
    @RolesAllowed(Role.Names.EMPLOYEE)
    @Operation(summary = "The week's instagrammer confirms the guideline and checklist")
    public Response acknowledge(@PathParam("isoWeek") String isoWeek) {
        rota.acknowledgeGuideline(isoWeek);
        return Response.noContent().build();
    }

    @POST
    @Path("weeks/{isoWeek}/handover")
    @RolesAllowed(Role.Names.COMMUNICATOR)
    @Operation(summary = "Record the hand-over and the thank-you gift")
    public Response handover(@PathParam("isoWeek") String isoWeek, Handover handover) {
        rota.recordHandover(isoWeek, handover == null ? null : handover.gift());
        return Response.noContent().build();
    }

    private static LocalDate date(String text, LocalDate fallback, String field) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            // the portal's years only: a rota has no weeks near the ends of the calendar, and a week added there
            // overflows
            return PortalTime.parseDate(text);
        } catch (DateTimeParseException e) {
            throw PortalException.invalidField(field, "ambassador.relay.date.invalid", text);
        }
    }
}
