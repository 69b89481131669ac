package se.ambassadorsportalen.news.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.ambassadorsportalen.news.boundary.NewsDigests;
import se.ambassadorsportalen.news.entity.DigestFrequency;
import se.ambassadorsportalen.news.rest.NewsViews.DigestRun;
import se.ambassadorsportalen.platform.security.Role;

/** Operators send a digest round now, e.g. after the mail server was down at the scheduled time. */
@Path("admin/news")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ADMIN)
public class NewsAdminResource {

    @Inject
    NewsDigests digests;

    @POST
    @Path("digests/{frequency}")
    @Operation(summary = "Send the DAILY or WEEKLY digest now to every reader of that frequency with something new")
    public DigestRun send(@PathParam("frequency") String frequency) {
        DigestFrequency parsed = NewsResource.parse(DigestFrequency.class, frequency, "frequency");
        return new DigestRun(parsed.name(), digests.sendNow(parsed));
    }
}
