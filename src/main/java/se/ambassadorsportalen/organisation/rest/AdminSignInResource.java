package se.ambassadorsportalen.organisation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.ambassadorsportalen.organisation.boundary.SignInSettings;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.security.PortalAuthenticationMechanism;
import se.ambassadorsportalen.platform.security.Role;

/** How people sign in: single sign-on's state and the switch for local passwords. */
@Path("admin/sign-in")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ADMIN)
public class AdminSignInResource {

    public record LocalPasswordsChange(Boolean localPasswords) {}

    @Inject
    SignInSettings settings;

    @Context
    HttpServletRequest request;

    @GET
    @Operation(summary = "Whether single sign-on is configured and local passwords count")
    public SignInSettings.Status status() {
        return settings.status();
    }

    @PUT
    @Operation(
            summary =
                    "Switches local passwords on or off; off only with single sign-on, by an admin signed in through it")
    public SignInSettings.Status change(LocalPasswordsChange change) {
        if (change == null || change.localPasswords() == null) {
            throw PortalException.invalidField("localPasswords", "organisation.signIn.localPasswordsRequired");
        }
        return settings.setLocalPasswords(
                change.localPasswords(), PortalAuthenticationMechanism.isViaProvider(request));
    }
}
