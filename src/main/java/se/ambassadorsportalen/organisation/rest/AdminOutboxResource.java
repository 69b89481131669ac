package se.ambassadorsportalen.organisation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.mail.Mailer;
import se.ambassadorsportalen.platform.mail.OutgoingMail;
import se.ambassadorsportalen.platform.persistence.Page;
import se.ambassadorsportalen.platform.persistence.PageRequest;
import se.ambassadorsportalen.platform.security.Role;
import se.ambassadorsportalen.platform.time.PortalTime;

/** The outbox for admins: what the portal mailed, what waits, what failed, and a retry of a failed mail. */
@Path("admin/outbox")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ADMIN)
public class AdminOutboxResource {

    /** A mail as admins read it; its times as ISO-8601 with the offset the portal's zone had then. */
    public record MailView(
            long id,
            String recipient,
            String subject,
            String body,
            String createdAt,
            String status,
            int attempts,
            String nextAttemptAt,
            String sentAt,
            String error,
            long version) {

        static MailView of(OutgoingMail m) {
            return new MailView(
                    m.getId(),
                    m.getRecipient(),
                    m.getSubject(),
                    m.getBody(),
                    PortalTime.iso(m.getCreatedAt()),
                    m.getStatus().name(),
                    m.getAttempts(),
                    PortalTime.iso(m.getNextAttemptAt()),
                    PortalTime.iso(m.getSentAt()),
                    m.getError(),
                    m.getVersion());
        }
    }

    public record MailPage(List<MailView> items, long total, int first, int size) {}

    @Inject
    Mailer mailer;

    @GET
    @Operation(summary = "The newest mails to one address")
    public List<MailView> latest(@QueryParam("to") String to) {
        if (to == null || to.isBlank()) {
            throw PortalException.invalidField("to", "platform.error.badRequest");
        }
        return mailer.latestTo(to.trim(), 50).stream().map(MailView::of).toList();
    }

    @GET
    @Path("mail")
    @Operation(
            summary =
                    "One page of the outbox, newest first, optionally of one status (PENDING, SENDING, SENT, LOGGED, FAILED)")
    public MailPage page(
            @QueryParam("status") String status,
            @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("50") int size) {
        PageRequest request = PageRequest.of(first, size);
        Page<OutgoingMail> page = mailer.page(status(status), request);
        return new MailPage(
                page.items().stream().map(MailView::of).toList(), page.total(), request.first(), request.size());
    }

    @POST
    @Path("{id}/retry")
    @Operation(summary = "Sends a failed mail again (409 when it is not failed)")
    public MailView retry(@PathParam("id") long id) {
        return MailView.of(mailer.retry(id));
    }

    private static OutgoingMail.Status status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return OutgoingMail.Status.valueOf(status.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw PortalException.invalidField("status", "platform.outbox.badStatus", status);
        }
    }
}
