package se.ambassadorsportalen.organisation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.ambassadorsportalen.organisation.boundary.CurrentUser;
import se.ambassadorsportalen.organisation.entity.Person;
import se.ambassadorsportalen.organisation.entity.UserAccount;
import se.ambassadorsportalen.platform.security.Role;

@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.EMPLOYEE, Role.Names.MANAGER, Role.Names.PRESS_OFFICER, Role.Names.HR,
        Role.Names.COMMUNICATOR, Role.Names.ADMIN})
public class MeResource {

    public record UnitRef(long id, String code, String name) {
    }

    public record Me(String username, String displayName, UnitRef unit, List<String> roles, String language) {
    }

    @Inject
    CurrentUser currentUser;

    @GET
    @Operation(summary = "The caller: username, display name, unit and roles")
    public Me me() {
        UserAccount account = currentUser.account().orElseThrow();
        Person person = account.getPerson();
        UnitRef unit = person == null || person.getUnit() == null ? null
                : new UnitRef(person.getUnit().getId(), person.getUnit().getCode(), person.getUnit().getName());
        return new Me(account.getUsername(), account.getDisplayName(), unit,
                account.getRoles().stream().map(Role::name).sorted().toList(), account.getLanguage());
    }
}
