package se.ambassadorsportalen.organisation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.ambassadorsportalen.organisation.boundary.ApiTokens;
import se.ambassadorsportalen.organisation.boundary.CurrentUser;
import se.ambassadorsportalen.organisation.boundary.UserAccounts;
import se.ambassadorsportalen.organisation.entity.ApiToken;
import se.ambassadorsportalen.organisation.entity.Person;
import se.ambassadorsportalen.organisation.entity.UserAccount;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.security.Role;
import se.ambassadorsportalen.platform.time.PortalTime;

@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({
    Role.Names.EMPLOYEE,
    Role.Names.MANAGER,
    Role.Names.PRESS_OFFICER,
    Role.Names.HR,
    Role.Names.COMMUNICATOR,
    Role.Names.ADMIN,
    Role.Names.HR_IMPORT
})
public class MeResource {

    public record UnitRef(long id, String code, String name) {}

    public record Me(String username, String displayName, UnitRef unit, List<String> roles, String language) {}

    /** A token without its secret; its times as ISO-8601 with the offset the portal's zone had then. */
    public record TokenView(
            long id,
            String name,
            String hint,
            OffsetDateTime createdAt,
            OffsetDateTime expiresAt,
            OffsetDateTime lastUsedAt,
            OffsetDateTime revokedAt) {
        static TokenView of(ApiToken token) {
            return new TokenView(
                    token.getId(),
                    token.getName(),
                    token.getTokenHint(),
                    PortalTime.withOffset(token.getCreatedAt()),
                    PortalTime.withOffset(token.getExpiresAt()),
                    PortalTime.withOffset(token.getLastUsedAt()),
                    PortalTime.withOffset(token.getRevokedAt()));
        }
    }

    public record NewToken(String name, Integer days) {}

    /** The answer to issuing a token: the only time the token itself is shown. */
    public record IssuedToken(TokenView token, String secret) {}

    public record PasswordChange(String currentPassword, String newPassword) {}

    @Inject
    CurrentUser currentUser;

    @Inject
    ApiTokens tokens;

    @Inject
    UserAccounts accounts;

    @Inject
    se.ambassadorsportalen.organisation.boundary.OrganisationProfiles profiles;

    @GET
    @Operation(summary = "The caller: username, display name, unit and roles")
    public Me me() {
        UserAccount account = currentUser.account().orElseThrow();
        Person person = account.getPerson();
        UnitRef unit = person == null || person.getUnit() == null
                ? null
                : new UnitRef(
                        person.getUnit().getId(),
                        person.getUnit().getCode(),
                        person.getUnit().getName());
        return new Me(
                account.getUsername(),
                account.getDisplayName(),
                unit,
                account.getRoles().stream().map(Role::name).sorted().toList(),
                account.languageOr(profiles.current().defaultLanguage()));
    }

    @GET
    @Path("tokens")
    @Operation(summary = "The caller's personal API tokens (never the tokens themselves)")
    public List<TokenView> myTokens() {
        return tokens.mine().stream().map(TokenView::of).toList();
    }

    @POST
    @Path("tokens")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue a personal API token; the answer is the only time the token is shown")
    public Response issueToken(NewToken request) {
        if (request == null) {
            throw PortalException.invalid("platform.error.badRequest");
        }
        ApiTokens.Issued issued = tokens.issue(request.name(), request.days());
        return Response.status(Response.Status.CREATED)
                .entity(new IssuedToken(TokenView.of(issued.token()), issued.secret()))
                .build();
    }

    @DELETE
    @Path("tokens/{id}")
    @Operation(summary = "Revoke one of the caller's tokens; it stops working at once")
    public TokenView revokeToken(@PathParam("id") long id) {
        return TokenView.of(tokens.revokeMine(id));
    }

    @PUT
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the caller's own password; the current one is required, other sessions end")
    public Response changePassword(PasswordChange change) {
        if (change == null) {
            throw PortalException.invalid("platform.error.badRequest");
        }
        accounts.changeOwnPassword(change.currentPassword(), change.newPassword());
        return Response.noContent().build();
    }
}
