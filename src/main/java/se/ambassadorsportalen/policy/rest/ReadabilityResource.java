package se.ambassadorsportalen.policy.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.security.Role;
import se.ambassadorsportalen.policy.api.LixScore;
import se.ambassadorsportalen.policy.boundary.Readability;

/** The plain-language score (LIX) of a Swedish text, for any system where people write. */
@Path("readability")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({
    Role.Names.EMPLOYEE,
    Role.Names.MANAGER,
    Role.Names.PRESS_OFFICER,
    Role.Names.HR,
    Role.Names.COMMUNICATOR,
    Role.Names.ADMIN
})
public class ReadabilityResource {

    /** The longest text scored in one call: about a hundred pages. */
    static final int MAX_LENGTH = 200_000;

    public record TextInput(String text) {}

    public record Score(double lix, String band, int sentences, int words, int longWords) {}

    @Inject
    Readability readability;

    @POST
    @Operation(
            summary = "LIX of a text: words per sentence + 100 × share of words longer than six letters, with its band")
    public Score score(TextInput input) {
        if (input == null || input.text() == null) {
            throw PortalException.invalidField("text", "policy.readability.textRequired");
        }
        if (input.text().length() > MAX_LENGTH) {
            throw PortalException.invalidField("text", "policy.text.tooLong", MAX_LENGTH);
        }
        LixScore score = readability.score(input.text());
        return new Score(
                score.lix(),
                score.band() == null ? null : score.band().name(),
                score.sentences(),
                score.words(),
                score.longWords());
    }
}
