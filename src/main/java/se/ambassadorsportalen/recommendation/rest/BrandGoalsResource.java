package se.ambassadorsportalen.recommendation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.ambassadorsportalen.brandplan.api.PlanKind;
import se.ambassadorsportalen.brandplan.boundary.BrandPlan;
import se.ambassadorsportalen.platform.i18n.Languages;
import se.ambassadorsportalen.platform.i18n.Messages;
import se.ambassadorsportalen.platform.security.Role;
import se.ambassadorsportalen.recommendation.boundary.BrandGoals;
import se.ambassadorsportalen.recommendation.entity.BrandGoal;

/**
 * The employer-brand plan's goals 1-3 side by side (shares 0-1; a line under the anonymity floor
 * has no share), goal-1 and goal-2 lines created by HR, and the import of target-group surveys.
 */
@Path("brand-goals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BrandGoalsResource {

    public record LineJson(
            int goal,
            String targetGroup,
            String subject,
            double baseline,
            LocalDate baselineDate,
            double target,
            LocalDate deadline,
            String standing,
            Double share,
            Double low,
            Double high,
            Integer respondents,
            LocalDate measuredOn,
            Double expected,
            String targetGroupName,
            String subjectName) {
        /** The names are today's, in the caller's language: a renamed group's old lines show its new name. */
        static LineJson of(BrandGoals.GoalLine line, String targetGroupName, String subjectName) {
            BrandGoal g = line.goal();
            return new LineJson(
                    g.getGoalNumber(),
                    g.getTargetGroup(),
                    g.getSubject(),
                    g.getBaseline(),
                    g.getBaselineDate(),
                    g.getTarget(),
                    g.getDeadline(),
                    line.standing().name(),
                    line.share(),
                    line.low(),
                    line.high(),
                    line.respondents(),
                    line.measuredOn(),
                    line.expected(),
                    targetGroupName,
                    subjectName);
        }
    }

    public record RecommendationJson(
            long goalId,
            String name,
            double baseline,
            LocalDate baselineDate,
            double target,
            LocalDate deadline,
            String standing,
            Double rate,
            Double low,
            Double high,
            String round,
            LocalDate heldOn,
            Double expected) {}

    public record OverviewJson(
            RecommendationJson goal3, List<LineJson> goal1, List<LineJson> goal2, int anonymityFloor) {}

    public record ProblemJson(long line, String reason, String key) {}

    public record ImportJson(boolean imported, int rows, long problemCount, List<ProblemJson> problems) {}

    @Inject
    BrandGoals goals;

    @Inject
    BrandPlan plan;

    @Context
    HttpHeaders headers;

    @GET
    @RolesAllowed({Role.Names.HR, Role.Names.COMMUNICATOR, Role.Names.MANAGER})
    @Operation(
            summary = "Goals 1-3 with their latest measurement, 95 % interval and standing (REACHED, ON_TRACK,"
                    + " OFF_TRACK, MISSED, TOO_FEW, NOT_MEASURED)")
    public OverviewJson overview() {
        BrandGoals.Overview overview = goals.overview();
        BrandGoals.RecommendationLine r = overview.recommendation();
        RecommendationJson goal3 = r == null
                ? null
                : new RecommendationJson(
                        r.goal().getId(),
                        r.goal().getName(),
                        r.goal().getBaseline(),
                        r.goal().getBaselineDate(),
                        r.goal().getTarget(),
                        r.goal().getDeadline(),
                        r.standing().name(),
                        r.rate(),
                        r.low(),
                        r.high(),
                        r.roundName(),
                        r.heldOn(),
                        r.expected());
        return new OverviewJson(
                goal3,
                overview.attitude().stream().map(lines()).toList(),
                overview.knowledge().stream().map(lines()).toList(),
                overview.floor());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.HR)
    @Operation(
            summary = "Creates a goal-1 line (subject: a brand association code) or goal-2 line (subject:"
                    + " KNOW_US, KNOW_OFFER or KNOW_DIFFERENCE) for a target group: baseline and target in percent")
    public Response create(BrandGoals.GoalDetails details) {
        BrandGoal created = goals.create(details);
        return Response.status(Response.Status.CREATED)
                .entity(lines().apply(new BrandGoals.GoalLine(
                        created,
                        se.ambassadorsportalen.recommendation.control.GoalStanding.NOT_MEASURED,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        0)))
                .build();
    }

    /** A goal line with the current names of its target group and subject, read once per request. */
    private Function<BrandGoals.GoalLine, LineJson> lines() {
        Locale locale = locale();
        Map<String, String> groups = names(PlanKind.TARGET_GROUP, locale);
        Map<String, String> associations = names(PlanKind.ASSOCIATION, locale);
        return line -> {
            BrandGoal g = line.goal();
            String subject = g.getGoalNumber() == BrandGoal.ATTITUDE
                    ? associations.getOrDefault(g.getSubject(), g.getSubject())
                    : Messages.text(locale, BrandGoals.QUESTION_LABEL + g.getSubject());
            return LineJson.of(line, groups.getOrDefault(g.getTargetGroup(), g.getTargetGroup()), subject);
        };
    }

    private Map<String, String> names(PlanKind kind, Locale locale) {
        Map<String, String> names = new HashMap<>();
        plan.entries(kind).forEach(entry -> names.put(entry.code(), entry.name(locale)));
        return names;
    }

    private Locale locale() {
        return headers == null ? Languages.DEFAULT : Languages.fromAcceptLanguage(headers.getAcceptableLanguages());
    }

    @POST
    @Path("measurements")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM, SurveyRoundsResource.XLSX})
    @RolesAllowed(Role.Names.HR)
    @Operation(
            summary = "Imports a target-group survey (CSV or .xlsx: target group, question or association, share,"
                    + " respondents, date), all or nothing: 201, or 422 with every bad row")
    public Response importMeasurements(@HeaderParam("X-File-Name") String fileName, byte[] body) {
        BrandGoals.ImportReport report = goals.importMeasurements(fileName, body);
        Locale locale =
                headers == null ? Languages.DEFAULT : Languages.fromAcceptLanguage(headers.getAcceptableLanguages());
        return Response.status(report.imported() ? 201 : 422)
                .entity(new ImportJson(
                        report.imported(),
                        report.rows(),
                        report.problems().count(),
                        report.problems().listed().stream()
                                .map(p -> new ProblemJson(
                                        p.line(),
                                        Messages.text(
                                                locale, p.key(), p.arguments().toArray()),
                                        p.key()))
                                .toList()))
                .build();
    }
}
