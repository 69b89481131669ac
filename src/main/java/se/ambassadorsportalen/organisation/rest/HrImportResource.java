package se.ambassadorsportalen.organisation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.ambassadorsportalen.organisation.boundary.HrImports;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.i18n.Languages;
import se.ambassadorsportalen.platform.i18n.Messages;
import se.ambassadorsportalen.platform.security.Role;

/**
 * The HR system's export, for a nightly job: preview what it would change, or import it. Outside
 * {@code /api/v1/admin} so that an integration account holding only {@link Role#HR_IMPORT} (and a
 * personal token) can run it without being an admin.
 */
@Path("hr-import")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes({
    "text/csv",
    MediaType.TEXT_PLAIN,
    MediaType.APPLICATION_OCTET_STREAM,
    HrImportResource.XLSX,
    "application/vnd.ms-excel"
})
@RolesAllowed({Role.Names.ADMIN, Role.Names.HR_IMPORT})
public class HrImportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public record ChangeJson(String kind, String key, String name, String from, String to) {}

    public record ProblemJson(long line, String reason, String key) {}

    public record ReportJson(
            String outcome,
            Long importId,
            String format,
            String encoding,
            long rows,
            Map<String, Long> counts,
            List<ChangeJson> changes,
            long problemCount,
            List<ProblemJson> problems,
            int approvalsHandedOver,
            List<String> approvalsFlagged) {}

    @Inject
    HrImports imports;

    @Context
    HttpHeaders headers;

    @POST
    @Path("preview")
    @Operation(
            summary = "What the HR export (CSV or .xlsx, told by its content) would change: new, changed, moved and"
                    + " leaving people, new, renamed, moved and merged units, managers. Writes nothing. 200 with the changes"
                    + " (outcome PREVIEW, or UNCHANGED when there are none), 422 with every bad row.")
    public Response preview(
            @QueryParam("fileName") String fileName, @HeaderParam("X-File-Name") String headerName, byte[] body) {
        return answer(imports.preview(fileName != null ? fileName : headerName, body));
    }

    @POST
    @Operation(
            summary = "Imports the HR export, all or nothing: 201 with what changed, 200 when the file changes"
                    + " nothing (the same file twice), 422 with every bad row and nothing written.")
    public Response importFile(
            @QueryParam("fileName") String fileName, @HeaderParam("X-File-Name") String headerName, byte[] body) {
        return answer(imports.importFile(fileName != null ? fileName : headerName, body));
    }

    @GET
    @Path("people/{employeeNumber}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "The person with this employee number as the portal holds them (unit, end date, since when"
                    + " they have left) and their account's state, for a job that checks what an import did")
    public HrImports.PersonState person(@PathParam("employeeNumber") String employeeNumber) {
        return imports.person(employeeNumber)
                .orElseThrow(() -> PortalException.notFound("organisation.person.notFound", employeeNumber));
    }

    private Response answer(HrImports.Report report) {
        int status = switch (report.outcome()) {
            case IMPORTED -> 201;
            case PREVIEW, UNCHANGED -> 200;
            case REJECTED -> 422;
        };
        Locale locale =
                headers == null ? Languages.DEFAULT : Languages.fromAcceptLanguage(headers.getAcceptableLanguages());
        Map<String, Long> counts = new TreeMap<>();
        report.counts().forEach((kind, count) -> counts.put(kind.name(), count));
        return Response.status(status)
                .entity(new ReportJson(
                        report.outcome().name(),
                        report.importId(),
                        report.format(),
                        report.encoding(),
                        report.rows(),
                        counts,
                        report.changes().stream()
                                .map(change -> new ChangeJson(
                                        change.kind().name(), change.key(), change.name(), change.from(), change.to()))
                                .toList(),
                        report.problemCount(),
                        report.problems().stream()
                                .map(problem -> new ProblemJson(
                                        problem.line(),
                                        Messages.text(
                                                locale,
                                                problem.key(),
                                                problem.arguments().toArray()),
                                        problem.key()))
                                .toList(),
                        report.approvalsHandedOver(),
                        report.approvalsFlagged()))
                .build();
    }
}
