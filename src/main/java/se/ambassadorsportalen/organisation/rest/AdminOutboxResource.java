package se.ambassadorsportalen.organisation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.mail.Mailer;
import se.ambassadorsportalen.platform.security.Role;

/** What the portal mailed to an address: lets admins answer "did the reminder go out?". */
@Path("admin/outbox")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ADMIN)
public class AdminOutboxResource {

    public record MailView(String recipient, String subject, String body, String createdAt, String status) {
    }

    @Inject
    Mailer mailer;

    @GET
    @Operation(summary = "The newest mails to one address")
    public List<MailView> latest(@QueryParam("to") String to) {
        if (to == null || to.isBlank()) {
            throw PortalException.invalidField("to", "platform.error.badRequest");
        }
        return mailer.latestTo(to.trim(), 50).stream().map(m -> new MailView(m.getRecipient(), m.getSubject(),
                m.getBody(), m.getCreatedAt().toString(), m.getStatus().name())).toList();
    }
}
