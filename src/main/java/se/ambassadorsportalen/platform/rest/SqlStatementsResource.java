package se.ambassadorsportalen.platform.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.persistence.SqlStatements;
import se.ambassadorsportalen.platform.security.Role;

/**
 * How many SQL statements a request sent, for the tests that keep pages' queries bounded. Answers
 * only on a server started with {@code portal.diagnostics.sql=true}; elsewhere it is "not found".
 */
@Path("admin/diagnostics/sql")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ADMIN)
public class SqlStatementsResource {

    /** {@code sql}: the first statements' SQL, to find the query that repeats. */
    public record Count(String requestId, int statements, List<String> sql) {}

    @Inject
    SqlStatements statements;

    @GET
    @Path("{requestId}")
    @Operation(summary = "The SQL statements of one request (test servers only)")
    public Count of(@PathParam("requestId") String requestId) {
        if (!statements.enabled()) {
            throw PortalException.notFound("platform.error.notFound");
        }
        return statements
                .of(requestId)
                .map(count -> new Count(requestId, count.total(), List.copyOf(count.sql())))
                .orElseThrow(() -> PortalException.notFound("platform.error.notFound"));
    }
}
