package se.ambassadorsportalen.followup.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.ambassadorsportalen.followup.boundary.ChannelFollowup;
import se.ambassadorsportalen.followup.boundary.FollowupReport;
import se.ambassadorsportalen.followup.entity.ChannelPeriod;
import se.ambassadorsportalen.followup.entity.ChannelTarget;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.i18n.Languages;
import se.ambassadorsportalen.platform.i18n.Messages;
import se.ambassadorsportalen.platform.security.Role;
import se.ambassadorsportalen.platform.time.PortalTime;

/**
 * The channel follow-up for other systems: targets, a period's figures and note, the import of a
 * statistics export, a channel's trend and the month's report (JSON or Excel). Everyone signed in
 * reads; communicators write. Dates in paths are any day of a 28-day period.
 */
@Path("followup")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({
    Role.Names.EMPLOYEE,
    Role.Names.MANAGER,
    Role.Names.PRESS_OFFICER,
    Role.Names.HR,
    Role.Names.COMMUNICATOR,
    Role.Names.ADMIN
})
public class FollowupResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public record TargetJson(
            String channel,
            String ownerEmail,
            Integer newFollowersPerMonth,
            String rateKind,
            Double ratePercent,
            Integer postsPerWeek) {
        static TargetJson of(ChannelTarget t) {
            return new TargetJson(
                    t.getChannelCode(),
                    t.getOwnerEmail(),
                    t.getNewFollowersPerMonth(),
                    t.getRateKind().name(),
                    t.getRatePercent(),
                    t.getPostsPerWeek());
        }
    }

    public record FiguresJson(
            String channel,
            LocalDate periodStart,
            LocalDate periodEnd,
            Integer followers,
            Integer newFollowers,
            Double ratePercent,
            Integer posts,
            String learned,
            String changeNext,
            String updatedAt) {
        static FiguresJson of(ChannelPeriod p) {
            return new FiguresJson(
                    p.getChannelCode(),
                    p.getPeriodStart(),
                    p.getPeriodStart().plusDays(27),
                    p.getFollowers(),
                    p.getNewFollowers(),
                    p.getRatePercent(),
                    p.getPosts(),
                    p.getLearned(),
                    p.getChangeNext(),
                    PortalTime.iso(p.getUpdatedAt()));
        }
    }

    public record Note(String learned, String changeNext) {}

    public record ChannelJson(
            String code,
            String name,
            FiguresJson figures,
            TargetJson target,
            String newFollowersStatus,
            String rateStatus,
            Integer postsTarget,
            String postsStatus,
            Map<String, Long> calendarPostsByType,
            List<ChannelFollowup.BestPost> bestPosts) {}

    public record ReportJson(LocalDate periodStart, LocalDate periodEnd, List<ChannelJson> channels) {}

    public record TrendJson(
            LocalDate periodStart,
            LocalDate periodEnd,
            Integer followers,
            Integer newFollowers,
            Double ratePercent,
            Integer posts) {}

    public record ProblemJson(long line, String reason, String key) {}

    public record ImportJson(
            boolean imported,
            String shape,
            long rows,
            List<LocalDate> periods,
            long problemCount,
            List<ProblemJson> problems) {}

    @Inject
    ChannelFollowup followup;

    @Inject
    FollowupReport reports;

    @Context
    HttpHeaders headers;

    @GET
    @Path("periods/{day}/report")
    @Operation(
            summary =
                    "The month's report for the 28-day period holding the day: every channel's figures against"
                            + " its targets (MET, MISSED, NO_FIGURE, NO_TARGET), calendar posts per material type and the best posts")
    public ReportJson report(@PathParam("day") String day) {
        ChannelFollowup.Report report = followup.report(date(day));
        Locale locale = locale();
        return new ReportJson(
                report.period().start(),
                report.period().end(),
                report.channels().stream()
                        .map(row -> new ChannelJson(
                                row.code(),
                                row.name(locale),
                                row.figures() == null ? null : FiguresJson.of(row.figures()),
                                row.target() == null ? null : TargetJson.of(row.target()),
                                row.newFollowersStatus().name(),
                                row.rateStatus().name(),
                                row.postsTarget(),
                                row.postsStatus().name(),
                                row.postsByType(),
                                row.bestPosts()))
                        .toList());
    }

    @GET
    @Path("periods/{day}/report.xlsx")
    @Produces(XLSX)
    @Operation(summary = "The month's report as an Excel workbook, in the caller's language")
    public Response workbook(@PathParam("day") String day) {
        FollowupReport.Workbook workbook = reports.workbook(date(day), locale());
        return Response.ok(workbook.bytes(), XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + workbook.fileName() + "\"")
                .build();
    }

    @GET
    @Path("channels/{code}/trend/{day}")
    @Operation(summary = "A channel's last 13 periods up to the one holding the day, oldest first")
    public List<TrendJson> trend(@PathParam("code") String code, @PathParam("day") String day) {
        return followup.trend(code, date(day)).stream()
                .map(point -> {
                    ChannelPeriod p = point.figures();
                    return new TrendJson(
                            point.period().start(),
                            point.period().end(),
                            p == null ? null : p.getFollowers(),
                            p == null ? null : p.getNewFollowers(),
                            p == null ? null : p.getRatePercent(),
                            p == null ? null : p.getPosts());
                })
                .toList();
    }

    @PUT
    @Path("channels/{code}/target")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.COMMUNICATOR)
    @Operation(
            summary = "Sets a channel's targets: owner's e-mail, new followers a month, rate kind (ACTIVITY or"
                    + " INTERACTION) and percent, posts a week; an empty target is not followed up")
    public TargetJson target(@PathParam("code") String code, ChannelFollowup.TargetDetails details) {
        return TargetJson.of(followup.saveTarget(code, details));
    }

    @PUT
    @Path("channels/{code}/periods/{day}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.COMMUNICATOR)
    @Operation(summary = "Enters a period's figures (followers, newFollowers, ratePercent 0-100, posts)")
    public FiguresJson figures(
            @PathParam("code") String code, @PathParam("day") String day, ChannelFollowup.FigureDetails details) {
        return FiguresJson.of(followup.enter(code, date(day), details));
    }

    @PUT
    @Path("channels/{code}/periods/{day}/note")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.COMMUNICATOR)
    @Operation(summary = "Writes the period's plan-do-check-act note: what we learned, what we change")
    public FiguresJson note(@PathParam("code") String code, @PathParam("day") String day, Note note) {
        Note given = note == null ? new Note(null, null) : note;
        return FiguresJson.of(followup.note(code, date(day), given.learned(), given.changeNext()));
    }

    @POST
    @Path("channels/{code}/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM, XLSX})
    @RolesAllowed(Role.Names.COMMUNICATOR)
    @Operation(
            summary = "Imports a LinkedIn, Meta or Instagram statistics export (CSV or .xlsx, told by content),"
                    + " all or nothing: 201 with the periods written, or 422 with every bad row")
    public Response importFile(@PathParam("code") String code, byte[] body) {
        ChannelFollowup.ImportReport report = followup.importFile(code, body);
        Locale locale = locale();
        ImportJson json = new ImportJson(
                report.imported(),
                report.shape(),
                report.rows(),
                report.periods(),
                report.problems().count(),
                report.problems().listed().stream()
                        .map(p -> new ProblemJson(
                                p.line(),
                                Messages.text(locale, p.key(), p.arguments().toArray()),
                                p.key()))
                        .toList());
        return Response.status(report.imported() ? 201 : 422).entity(json).build();
    }

    public record RemindersJson(int sent) {}

    @POST
    @Path("reminders")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(
            summary = "Runs the daily reminder now: mails each channel owner whose channel has no figures for the"
                    + " period that closed last, once per channel and period; returns how many were sent")
    public RemindersJson remind() {
        return new RemindersJson(followup.remindMissing(PortalTime.today()));
    }

    private static LocalDate date(String day) {
        try {
            return Objects.requireNonNull(PortalTime.parseDate(day));
        } catch (DateTimeParseException | NullPointerException e) {
            throw PortalException.invalidField("period", "followup.period.invalid", String.valueOf(day));
        }
    }

    private Locale locale() {
        return headers == null ? Languages.DEFAULT : Languages.fromAcceptLanguage(headers.getAcceptableLanguages());
    }
}
