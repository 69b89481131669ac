package se.ambassadorsportalen.recommendation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.ambassadorsportalen.platform.i18n.Languages;
import se.ambassadorsportalen.platform.i18n.Messages;
import se.ambassadorsportalen.platform.security.Role;
import se.ambassadorsportalen.recommendation.boundary.SurveyRounds;
import se.ambassadorsportalen.recommendation.boundary.SurveyRounds.ImportReport;
import se.ambassadorsportalen.recommendation.control.AnswerFile;
import se.ambassadorsportalen.recommendation.control.AnswerScale;
import se.ambassadorsportalen.recommendation.entity.SurveyRound;

/** Survey rounds and the upload of their answers (CSV or .xlsx as exported by the survey tool). */
@Path("survey-rounds")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SurveyRoundsResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public record NewRound(String name, LocalDate heldOn, AnswerScale scale, Integer recommendsFrom) {}

    public record RoundJson(long id, String name, LocalDate heldOn, AnswerScale scale, int recommendsFrom) {
        static RoundJson of(SurveyRound round) {
            return new RoundJson(
                    round.getId(), round.getName(), round.getHeldOn(), round.getScale(), round.getRecommendsFrom());
        }
    }

    public record ProblemJson(long line, String reason, String key) {}

    public record ReportJson(
            String outcome,
            Long roundId,
            Long importId,
            String format,
            String encoding,
            String shape,
            long rows,
            long answers,
            long recommenders,
            long problemCount,
            List<ProblemJson> problems,
            List<ReasonJson> summary,
            List<ProblemJson> warnings) {}

    /** Bad rows that share a reason: how many, and the first and last line. */
    public record ReasonJson(String reason, String key, long rows, long firstLine, long lastLine) {}

    @Inject
    SurveyRounds surveyRounds;

    @Context
    HttpHeaders headers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.HR)
    @Operation(summary = "Creates a survey round: name, date, scale and the lowest answer that counts as recommending")
    public Response create(NewRound round) {
        if (round == null) {
            round = new NewRound(null, null, null, null);
        }
        SurveyRound created = surveyRounds.create(
                new SurveyRounds.RoundDetails(round.name(), round.heldOn(), round.scale(), round.recommendsFrom()));
        return Response.status(Response.Status.CREATED)
                .entity(RoundJson.of(created))
                .build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Role.Names.HR)
    @Operation(summary = "Deletes a survey round with every file and answer imported into it (a round made by mistake)")
    public Response delete(@PathParam("id") long roundId) {
        surveyRounds.delete(roundId);
        return Response.noContent().build();
    }

    @GET
    @RolesAllowed({Role.Names.HR, Role.Names.MANAGER})
    @Operation(summary = "Every survey round, oldest first")
    public List<RoundJson> rounds() {
        return surveyRounds.rounds().stream().map(RoundJson::of).toList();
    }

    @POST
    @Path("{id}/answers")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM, XLSX, "application/vnd.ms-excel"})
    @RolesAllowed(Role.Names.HR)
    @Operation(
            summary = "Imports a CSV or an Excel workbook (.xlsx, first sheet; the format is told by the"
                    + " content, not the content type) of answers (unit, answer[, age band, profession]) or totals"
                    + " (unit, respondents, recommenders): all or nothing. Returns the import summary (201) or the check"
                    + " report with every bad row (422), a duplicate file (409) or an unknown round (404).")
    public Response importAnswers(
            @PathParam("id") long roundId,
            @QueryParam("fileName") String fileName,
            @HeaderParam("X-File-Name") String headerName,
            java.io.InputStream upload)
            throws java.io.IOException {
        byte[] body;
        try (upload) {
            // one byte past the limit is enough for the boundary to refuse it; the rest is never read
            body = upload.readNBytes(SurveyRounds.MAX_FILE_BYTES + 1);
        }
        ImportReport report = surveyRounds.importAnswers(roundId, fileName != null ? fileName : headerName, body);
        Response.Status status = switch (report.outcome()) {
            case IMPORTED -> Response.Status.CREATED;
            case REJECTED -> null;
            case DUPLICATE -> Response.Status.CONFLICT;
            case NO_SUCH_ROUND -> Response.Status.NOT_FOUND;
        };
        return Response.status(status == null ? 422 : status.getStatusCode())
                .entity(json(report, locale()))
                .build();
    }

    static ReportJson json(ImportReport report, Locale locale) {
        return new ReportJson(
                report.outcome().name(),
                report.roundId(),
                report.importId(),
                report.format(),
                report.encoding(),
                report.shape(),
                report.rows(),
                report.answers(),
                report.recommenders(),
                report.problemCount(),
                problems(report.problems(), locale),
                report.summary().stream()
                        .map(reason -> new ReasonJson(
                                Messages.text(
                                        locale, reason.key(), reason.arguments().toArray()),
                                reason.key(),
                                reason.rows(),
                                reason.firstLine(),
                                reason.lastLine()))
                        .toList(),
                problems(report.warnings(), locale));
    }

    private static List<ProblemJson> problems(List<AnswerFile.Problem> problems, Locale locale) {
        return problems.stream()
                .map(problem -> new ProblemJson(
                        problem.line(),
                        Messages.text(locale, problem.key(), problem.arguments().toArray()),
                        problem.key()))
                .toList();
    }

    private Locale locale() {
        return headers == null ? Languages.DEFAULT : Languages.fromAcceptLanguage(headers.getAcceptableLanguages());
    }
}
