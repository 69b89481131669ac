package se.ambassadorsportalen.organisation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.ambassadorsportalen.organisation.boundary.ApiTokens;
import se.ambassadorsportalen.organisation.boundary.UserAccounts;
import se.ambassadorsportalen.organisation.entity.UserAccount;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.persistence.Page;
import se.ambassadorsportalen.platform.persistence.PageRequest;
import se.ambassadorsportalen.platform.security.Role;

/** Accounts and roles, for admins and for an HR system that keeps the organisation in sync. */
@Path("admin/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ADMIN)
public class AdminUsersResource {

    public record UserView(
            long id,
            long version,
            String username,
            String displayName,
            Long personId,
            List<String> roles,
            boolean active) {
        static UserView of(UserAccount account) {
            return new UserView(
                    account.getId(),
                    account.getVersion(),
                    account.getUsername(),
                    account.getDisplayName(),
                    account.getPerson() == null ? null : account.getPerson().getId(),
                    account.getRoles().stream().map(Role::name).sorted().toList(),
                    account.isActive());
        }
    }

    public record NewUser(String username, String password, Long personId, List<String> roles) {}

    public record RoleChange(long version, List<String> roles, Boolean active) {}

    public record PageView<T>(List<T> items, long total, int first, int size) {}

    @Inject
    UserAccounts accounts;

    @Inject
    ApiTokens tokens;

    @GET
    @Operation(summary = "Accounts with their roles, paged")
    public PageView<UserView> list(
            @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("50") int size,
            @QueryParam("username") String username) {
        PageRequest request = new PageRequest(
                first, size, "username", true, username == null ? Map.of() : Map.of("username", username));
        Page<UserAccount> page = accounts.accounts(request);
        return new PageView<>(
                page.items().stream().map(UserView::of).toList(), page.total(), request.first(), request.size());
    }

    @GET
    @Path("{id}")
    public UserView get(@PathParam("id") long id) {
        return UserView.of(accounts.account(id));
    }

    @POST
    @Operation(summary = "Create an account")
    public Response create(NewUser user) {
        if (user == null) {
            throw PortalException.invalid("platform.error.badRequest");
        }
        UserAccount created = accounts.create(user.username(), user.password(), user.personId(), roles(user.roles()));
        return Response.status(Response.Status.CREATED)
                .entity(UserView.of(created))
                .build();
    }

    @PUT
    @Path("{id}/roles")
    @Operation(summary = "Replace an account's roles and active flag; the last admin cannot be removed")
    public UserView changeRoles(@PathParam("id") long id, RoleChange change) {
        if (change == null) {
            throw PortalException.invalid("platform.error.badRequest");
        }
        return UserView.of(accounts.changeRoles(
                id, change.version(), roles(change.roles()), change.active() == null || change.active()));
    }

    @GET
    @Path("{id}/tokens")
    @Operation(summary = "An account's personal API tokens (never the tokens themselves)")
    public List<MeResource.TokenView> tokens(@PathParam("id") long id) {
        return tokens.of(id).stream().map(MeResource.TokenView::of).toList();
    }

    @DELETE
    @Path("tokens/{tokenId}")
    @Operation(summary = "Revoke any account's token; it stops working at once")
    public MeResource.TokenView revokeToken(@PathParam("tokenId") long tokenId) {
        return MeResource.TokenView.of(tokens.revoke(tokenId));
    }

    @POST
    @Path("{id}/sessions/end")
    @Operation(summary = "End every session of an account and every remembered password check, at their next request")
    public UserView endSessions(@PathParam("id") long id) {
        return UserView.of(accounts.endSessions(id));
    }

    static Set<Role> roles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names != null) {
            for (String name : names) {
                try {
                    roles.add(Role.valueOf(name));
                } catch (IllegalArgumentException | NullPointerException unknown) {
                    throw PortalException.invalidField("roles", "organisation.user.role.unknown", String.valueOf(name));
                }
            }
        }
        return roles;
    }
}
