package se.ambassadorsportalen.platform.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.ambassadorsportalen.platform.persistence.DatabaseInUse;
import se.ambassadorsportalen.platform.security.Role;

/** The database the portal is connected to and the EclipseLink platform it chose, for admins. */
@Path("admin/diagnostics/database")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ADMIN)
public class DatabaseDiagnosticsResource {

    @Inject
    DatabaseInUse database;

    @GET
    @Operation(
            summary =
                    "The database product and version, the JDBC driver, EclipseLink's platform and the schema version")
    public DatabaseInUse.Description database() {
        return database.describe();
    }
}
