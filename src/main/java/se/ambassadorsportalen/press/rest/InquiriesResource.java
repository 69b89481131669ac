package se.ambassadorsportalen.press.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.i18n.Languages;
import se.ambassadorsportalen.platform.persistence.Page;
import se.ambassadorsportalen.platform.persistence.PageRequest;
import se.ambassadorsportalen.platform.security.Role;
import se.ambassadorsportalen.platform.time.PortalTime;
import se.ambassadorsportalen.press.boundary.Inquiries;
import se.ambassadorsportalen.press.boundary.Inquiries.ExportFormat;
import se.ambassadorsportalen.press.boundary.Inquiries.ExportPeriod;
import se.ambassadorsportalen.press.boundary.Inquiries.InquiryDetails;
import se.ambassadorsportalen.press.boundary.Inquiries.Logged;
import se.ambassadorsportalen.press.boundary.Spokespeople;
import se.ambassadorsportalen.press.entity.Inquiry;
import se.ambassadorsportalen.press.entity.InquiryChannel;
import se.ambassadorsportalen.press.rest.PressViews.InquiryView;
import se.ambassadorsportalen.press.rest.PressViews.LoggedView;
import se.ambassadorsportalen.press.rest.PressViews.PageView;
import se.ambassadorsportalen.press.rest.PressViews.RoutingView;

/** The media inquiry log: log (with a routing proposal), list, change state, export a period. */
@Path("press/inquiries")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.PRESS_OFFICER, Role.Names.COMMUNICATOR})
public class InquiriesResource {

    /** A new inquiry; deadline is an ISO time (local, or with an offset). */
    public record NewInquiry(
            String journalist,
            String outlet,
            String channel,
            String question,
            List<String> topics,
            boolean political,
            boolean complex,
            String deadline,
            Long assigneeId) {}

    /** A change: action is assign (with assigneeId), answer, decline or close; version is optional. */
    public record InquiryChange(String action, Long assigneeId, Long version) {}

    @Inject
    Inquiries inquiries;

    @Inject
    Spokespeople spokespeople;

    @Context
    HttpHeaders headers;

    @POST
    @Operation(summary = "Log a media inquiry received now; returns it with its routing proposal")
    public Response log(NewInquiry body) {
        if (body == null) {
            throw PortalException.invalidField("question", "press.inquiry.questionRequired");
        }
        Locale locale = locale();
        Logged logged = inquiries.log(
                new InquiryDetails(
                        body.journalist(),
                        body.outlet(),
                        channel(body.channel()),
                        body.question(),
                        body.topics(),
                        body.political(),
                        body.complex(),
                        SpokespeopleResource.time(body.deadline(), "deadline"),
                        body.assigneeId()),
                locale);
        return Response.status(Response.Status.CREATED)
                .entity(new LoggedView(
                        InquiryView.of(logged.inquiry()),
                        RoutingView.of(logged.routing(), spokespeople.snapshot(), spokespeople, locale)))
                .build();
    }

    @GET
    @Operation(summary = "The log, newest first, by status and the period received (from/to: dates, both inclusive)")
    public PageView<InquiryView> list(
            @QueryParam("status") String status,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("50") int size) {
        PageRequest request = PageRequest.of(first, size);
        LocalDate fromDate = date(from, "from");
        LocalDate toDate = date(to, "to");
        Page<Inquiry> page = inquiries.list(
                statusOf(status),
                fromDate == null ? null : PortalTime.typed(fromDate.atStartOfDay()),
                toDate == null ? null : PortalTime.typed(toDate.plusDays(1).atStartOfDay()),
                request);
        return new PageView<>(
                page.items().stream().map(InquiryView::of).toList(), page.total(), request.first(), request.size());
    }

    @GET
    @Path("{id: [0-9]+}")
    public InquiryView get(@PathParam("id") long id) {
        return InquiryView.of(inquiries.inquiry(id));
    }

    @PATCH
    @Path("{id: [0-9]+}")
    @Operation(summary = "Assign, answer, decline or close an inquiry")
    public InquiryView change(@PathParam("id") long id, InquiryChange change) {
        if (change == null || change.action() == null) {
            throw PortalException.invalidField("action", "press.inquiry.actionUnknown", "");
        }
        Inquiry changed = switch (change.action().trim().toLowerCase(Locale.ROOT)) {
            case "assign" -> {
                if (change.assigneeId() == null) {
                    throw PortalException.invalidField("assignee", "press.inquiry.assigneeRequired");
                }
                yield inquiries.assign(id, change.version(), change.assigneeId());
            }
            case "answer" -> inquiries.answer(id, change.version());
            case "decline" -> inquiries.decline(id, change.version());
            case "close" -> inquiries.close(id, change.version());
            default -> throw PortalException.invalidField("action", "press.inquiry.actionUnknown", change.action());
        };
        return InquiryView.of(changed);
    }

    @GET
    @Path("export")
    @Produces({
        "text/csv",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        MediaType.APPLICATION_JSON
    })
    @RolesAllowed(Role.Names.PRESS_OFFICER)
    @Operation(
            summary = "Export the inquiries received in a period (from/to: dates, both inclusive) as CSV or Excel"
                    + " (format=csv or xlsx)")
    public Response export(
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("format") @DefaultValue("csv") String format) {
        ExportFormat exportFormat = ExportFormat.of(format);
        LocalDate fromDate = date(from, "from");
        LocalDate toDate = date(to, "to");
        ExportPeriod period = new ExportPeriod(fromDate, toDate);
        Locale locale = locale();
        StreamingOutput body = out -> inquiries.export(period.from(), period.until(), exportFormat, locale, out);
        return Response.ok(body, exportFormat.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + period.fileName(exportFormat, locale) + "\"")
                .build();
    }

    private Locale locale() {
        return Languages.fromAcceptLanguage(headers.getAcceptableLanguages());
    }

    private static InquiryChannel channel(String text) {
        if (text == null || text.isBlank()) {
            return InquiryChannel.PHONE;
        }
        try {
            return InquiryChannel.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw PortalException.invalidField("channel", "press.inquiry.channelUnknown", text);
        }
    }

    private static se.ambassadorsportalen.press.entity.InquiryStatus statusOf(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return se.ambassadorsportalen.press.entity.InquiryStatus.valueOf(
                    text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw PortalException.invalidField("status", "press.inquiry.statusUnknown", text);
        }
    }

    private static LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return PortalTime.parseDate(text);
        } catch (DateTimeParseException e) {
            throw PortalException.invalidField(field, "press.date.format", text);
        }
    }
}
