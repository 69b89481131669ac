package se.ambassadorsportalen.story.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.security.Role;
import se.ambassadorsportalen.story.boundary.Stories;
import se.ambassadorsportalen.story.rest.StoryViews.ConsentView;

/** The caller's consent requests: answer yes or no, or withdraw a consent given earlier. */
@Path("consents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.EMPLOYEE)
public class ConsentsResource {

    /** {@code answer}: "yes", "no" or "withdraw". */
    public record Answer(String answer) {}

    @Inject
    Stories stories;

    @GET
    @Operation(summary = "The caller's consent requests and answers")
    public List<ConsentView> mine() {
        return stories.myConsents().stream().map(ConsentView::of).toList();
    }

    @POST
    @Path("{id}")
    @Operation(summary = "Answer a consent request (yes/no) or withdraw a consent (withdraw)")
    public ConsentView answer(@PathParam("id") long id, Answer answer) {
        String value = answer == null || answer.answer() == null
                ? ""
                : answer.answer().trim().toLowerCase(Locale.ROOT);
        return ConsentView.of(
                switch (value) {
                    case "yes" -> stories.answerConsent(id, true);
                    case "no" -> stories.answerConsent(id, false);
                    case "withdraw" -> stories.withdrawConsent(id);
                    default -> throw PortalException.invalidField("answer", "story.consent.answerInvalid");
                });
    }
}
