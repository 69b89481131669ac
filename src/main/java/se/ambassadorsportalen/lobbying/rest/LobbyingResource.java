package se.ambassadorsportalen.lobbying.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.ambassadorsportalen.lobbying.boundary.LobbyingRegister;
import se.ambassadorsportalen.lobbying.entity.LobbyingMeeting;
import se.ambassadorsportalen.lobbying.entity.MeetingDetails;
import se.ambassadorsportalen.lobbying.rest.LobbyingViews.Correction;
import se.ambassadorsportalen.lobbying.rest.LobbyingViews.MeetingInput;
import se.ambassadorsportalen.lobbying.rest.LobbyingViews.MeetingWithHistory;
import se.ambassadorsportalen.lobbying.rest.LobbyingViews.Withdrawal;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.security.Role;
import se.ambassadorsportalen.platform.time.PortalTime;

/**
 * Recording the register: managers and communicators record, correct (with a note) and withdraw
 * (with a reason) entries. Reading is under {@code /public/lobbying}. There is no DELETE.
 */
@Path("lobbying")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.MANAGER, Role.Names.COMMUNICATOR})
public class LobbyingResource {

    @Inject
    LobbyingRegister register;

    @POST
    @Operation(summary = "Record a lobbying meeting; it is public at once. Links must be http or https")
    public Response record(MeetingInput input) {
        LobbyingMeeting meeting = register.record(details(input));
        return Response.created(URI.create("public/lobbying/" + meeting.getId()))
                .entity(MeetingWithHistory.of(meeting))
                .build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Correct an entry; the note says what changed, and the earlier wording stays in its history")
    public MeetingWithHistory correct(@PathParam("id") long id, Correction correction) {
        if (correction == null) {
            throw PortalException.invalid("lobbying.body.required");
        }
        return MeetingWithHistory.of(
                register.correct(id, correction.version(), details(correction.meeting()), correction.note()));
    }

    @POST
    @Path("{id}/withdrawal")
    @Operation(summary = "Withdraw an entry with a reason; it stays in the register, marked withdrawn")
    public MeetingWithHistory withdraw(@PathParam("id") long id, Withdrawal withdrawal) {
        if (withdrawal == null) {
            throw PortalException.invalid("lobbying.body.required");
        }
        return MeetingWithHistory.of(register.withdraw(id, withdrawal.version(), withdrawal.reason()));
    }

    static MeetingDetails details(MeetingInput input) {
        if (input == null) {
            throw PortalException.invalid("lobbying.body.required");
        }
        LocalDate date;
        try {
            date = PortalTime.parseDate(input.date());
        } catch (DateTimeParseException e) {
            throw PortalException.invalidField("date", "lobbying.date.format", input.date());
        }
        return new MeetingDetails(
                date,
                input.ourPeople(),
                input.organisations(),
                input.issue(),
                input.position(),
                input.links() == null ? null : String.join("\n", input.links()));
    }
}
