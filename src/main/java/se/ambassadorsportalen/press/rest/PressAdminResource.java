package se.ambassadorsportalen.press.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.ambassadorsportalen.platform.security.Role;
import se.ambassadorsportalen.press.boundary.InquiryHousekeeping;

/**
 * IT's handles on the log's scheduled jobs: read and set the retention period, run the
 * anonymisation now, and send the deadline reminders now.
 */
@Path("admin/press")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ADMIN)
public class PressAdminResource {

    public record Retention(int days) {}

    public record RunResult(int anonymised) {}

    @Inject
    InquiryHousekeeping housekeeping;

    @GET
    @Path("retention")
    @Operation(summary = "The retention period of the media inquiry log, in days")
    public Retention retention() {
        return new Retention(housekeeping.retentionDays());
    }

    @PUT
    @Path("retention")
    @Operation(summary = "Set the retention period of the media inquiry log, in days")
    public Retention setRetention(Retention retention) {
        housekeeping.setRetentionDays(retention == null ? -1 : retention.days());
        return new Retention(housekeeping.retentionDays());
    }

    @POST
    @Path("retention/run")
    @Operation(
            summary = "Anonymise now the inquiries older than the retention period "
                    + "(or received before olderThan, an ISO time)")
    public RunResult run(@QueryParam("olderThan") String olderThan) {
        return new RunResult(housekeeping.anonymiseExpired(SpokespeopleResource.time(olderThan, "olderThan")));
    }

    public record Reminded(int reminded) {}

    @POST
    @Path("reminders/run")
    @Operation(summary = "Remind now the assignees of open inquiries near their deadline")
    public Reminded remind() {
        return new Reminded(housekeeping.remindNearDeadline());
    }
}
