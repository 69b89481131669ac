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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.ambassadorsportalen.organisation.boundary.OrganisationProfiles;
import se.ambassadorsportalen.organisation.control.LogoFile;
import se.ambassadorsportalen.organisation.entity.OrganisationProfile;
import se.ambassadorsportalen.platform.security.Role;

/** The organisation's profile for admins: read, change (with the profile's rules), and its logo. */
@Path("admin/organisation/profile")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ADMIN)
public class AdminProfileResource {

    /** The profile without the logo's bytes (those are at /public/brand/logo). */
    public record ProfileView(
            long version,
            String name,
            String headerColour,
            String headerTextColour,
            String accentColour,
            String contactEmail,
            String pressEmail,
            String phone,
            String careersUrl,
            List<String> languages,
            String defaultLanguage,
            String logoType) {

        static ProfileView of(OrganisationProfiles.Profile p) {
            return new ProfileView(
                    p.version(),
                    p.name(),
                    p.headerColour(),
                    p.headerTextColour(),
                    p.accentColour(),
                    p.contactEmail(),
                    p.pressEmail(),
                    p.phone(),
                    p.careersUrl(),
                    p.languages(),
                    p.defaultLanguage(),
                    p.logoType());
        }
    }

    /** A change: every field, with the version read. */
    public record ProfileChange(
            long version,
            String name,
            String headerColour,
            String headerTextColour,
            String accentColour,
            String contactEmail,
            String pressEmail,
            String phone,
            String careersUrl,
            List<String> languages,
            String defaultLanguage) {}

    @Inject
    OrganisationProfiles profiles;

    @GET
    @Operation(summary = "The organisation's profile")
    public ProfileView profile() {
        return ProfileView.of(profiles.current());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Changes the profile (400 at the field for a bad colour, too little contrast, a bad address; 409 for a stale version)")
    public ProfileView change(ProfileChange change) {
        if (change == null) {
            throw se.ambassadorsportalen.platform.PortalException.invalid("platform.error.badRequest");
        }
        return ProfileView.of(profiles.update(
                change.version(),
                new OrganisationProfile.Details(
                        change.name(),
                        change.headerColour(),
                        change.headerTextColour(),
                        change.accentColour(),
                        change.contactEmail(),
                        change.pressEmail(),
                        change.phone(),
                        change.careersUrl(),
                        change.languages(),
                        change.defaultLanguage())));
    }

    @PUT
    @Path("logo")
    @Consumes({"image/png", "image/svg+xml", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(
            summary = "Replaces the logo: PNG or SVG, 256 kB at most, recognised by its content; an SVG is sanitised")
    public ProfileView logo(java.io.InputStream body) throws java.io.IOException {
        // Reads one byte past the cap, never the whole body: LogoFile refuses what is longer.
        byte[] bytes = body == null ? new byte[0] : body.readNBytes(LogoFile.MAX_BYTES + 1);
        return ProfileView.of(profiles.changeLogo(bytes));
    }

    @DELETE
    @Path("logo")
    @Operation(summary = "Removes the logo")
    public ProfileView removeLogo() {
        return ProfileView.of(profiles.removeLogo());
    }
}
