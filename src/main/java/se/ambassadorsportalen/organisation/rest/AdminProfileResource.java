package se.ambassadorsportalen.organisation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.ambassadorsportalen.organisation.boundary.OrganisationProfiles;
import se.ambassadorsportalen.organisation.boundary.OrganisationProfiles.Profile;
import se.ambassadorsportalen.organisation.control.LogoFile;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.security.Role;

/**
 * The organisation's profile for admins: read, change (with the profile's rules), and its logo.
 * Reads and changes are the boundary's {@link Profile} itself, without the logo's bytes; a change
 * is the profile as read with new values, and only its version and details are taken from it.
 */
@Path("admin/organisation/profile")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ADMIN)
public class AdminProfileResource {

    @Inject
    OrganisationProfiles profiles;

    @GET
    @Operation(summary = "The organisation's profile (without the logo's bytes: those are at /public/brand/logo)")
    public Profile profile() {
        return profiles.current();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Changes the profile (400 at the field for a bad colour, too little contrast, a bad address; 409 for a stale version)")
    public Profile change(Profile change) {
        if (change == null) {
            throw PortalException.invalid("platform.error.badRequest");
        }
        // the profile as read, changed: its logo type (and any logo) is the logo calls' to change
        return profiles.update(change.version(), change.details());
    }

    @PUT
    @Path("logo")
    @Consumes({"image/png", "image/svg+xml", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(
            summary = "Replaces the logo: PNG or SVG, 256 kB at most, recognised by its content; an SVG is sanitised")
    public Profile logo(InputStream body) throws IOException {
        // Reads one byte past the cap, never the whole body: LogoFile refuses what is longer.
        byte[] bytes = body == null ? new byte[0] : body.readNBytes(LogoFile.MAX_BYTES + 1);
        return profiles.changeLogo(bytes);
    }

    @DELETE
    @Path("logo")
    @Operation(summary = "Removes the logo")
    public Profile removeLogo() {
        return profiles.removeLogo();
    }
}
