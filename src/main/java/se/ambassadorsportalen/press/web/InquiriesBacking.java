package se.ambassadorsportalen.press.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import se.ambassadorsportalen.platform.time.PortalTime;
import se.ambassadorsportalen.platform.web.FacesMessages;
import se.ambassadorsportalen.platform.web.LazyPage;
import se.ambassadorsportalen.platform.web.PerRequest;
import se.ambassadorsportalen.press.boundary.Inquiries;
import se.ambassadorsportalen.press.boundary.Inquiries.ExportFormat;
import se.ambassadorsportalen.press.boundary.Inquiries.ExportPeriod;
import se.ambassadorsportalen.press.boundary.Spokespeople;
import se.ambassadorsportalen.press.control.InquiryFigures;
import se.ambassadorsportalen.press.control.PressTime;
import se.ambassadorsportalen.press.entity.Inquiry;
import se.ambassadorsportalen.press.entity.InquiryStatus;
import se.ambassadorsportalen.press.entity.Spokesperson;

/**
 * The inquiry log: the board of open inquiries by deadline, the whole log paged, the 30-day
 * figures, one chosen inquiry to assign, answer, decline or close, and the export of a period.
 */
@Named
@ViewScoped
public class InquiriesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Inquiries inquiries;

    @Inject
    Spokespeople spokespeople;

    private LazyPage<Inquiry> log;
    private Long id;
    /** The chosen inquiry's version as the user saw it: a change someone made meanwhile is refused. */
    private Long selectedVersion;
    /** Read per request: an inquiry kept in the view held its unit of work in the session. */
    private final PerRequest<Inquiry> selected = PerRequest.of(
            () -> this.id == null || this.selectedVersion == null ? null : this.inquiries.inquiry(this.id));

    private Spokesperson assignee;
    private LazyPage<Inquiry> board;
    /** Read once per view: the board asks for every row. */
    private Duration warningWindow;

    private InquiryFigures figures;
    private LocalDate exportFrom = PortalTime.today().minusDays(30);
    private LocalDate exportTo = PortalTime.today();

    @PostConstruct
    void init() {
        log = LazyPage.of(request -> inquiries.page(request));
        board = LazyPage.of(request -> inquiries.open(request));
    }

    /** Selects the inquiry named in the URL (after logging one on the look-up page). */
    public void onLoad() {
        if (id != null && selectedVersion == null) {
            select(id);
        }
    }

    public void select(long inquiryId) {
        try {
            Inquiry chosen = inquiries.inquiry(inquiryId);
            id = inquiryId;
            selectedVersion = chosen.getVersion();
            selected.set(chosen);
            assignee = chosen.getAssignee() != null ? chosen.getAssignee() : chosen.getProposed();
        } catch (RuntimeException e) {
            FacesMessages.failed(e, "inquiryForm");
        }
    }

    public void assign() {
        change(
                () -> inquiries.assign(id, selectedVersion, assignee == null ? -1 : assignee.getId()),
                "press.inquiry.assigned");
    }

    public void answer() {
        change(() -> inquiries.answer(id, selectedVersion), "press.inquiry.answered");
    }

    public void decline() {
        change(() -> inquiries.decline(id, selectedVersion), "press.inquiry.declined");
    }

    public void close() {
        change(() -> inquiries.close(id, selectedVersion), "press.inquiry.closed");
    }

    private void change(java.util.function.Supplier<Inquiry> action, String doneKey) {
        try {
            if (id == null || selectedVersion == null) {
                return;
            }
            Inquiry changed = action.get();
            selected.set(changed);
            selectedVersion = changed.getVersion();
            figures = null;
            FacesMessages.info(doneKey, changed.getId());
        } catch (RuntimeException e) {
            FacesMessages.failed(e, "inquiryForm");
        }
    }

    /** Every open inquiry, paged in the database, the nearest deadline first. */
    public LazyPage<Inquiry> getBoard() {
        return board;
    }

    /** A text label for the board ("Försenad", "Nära deadline"), never colour alone; null when neither. */
    public String urgency(Inquiry inquiry) {
        java.time.Instant now = PressTime.now();
        if (inquiry.isOverdue(now)) {
            return "overdue";
        }
        if (warningWindow == null) {
            warningWindow = inquiries.warningWindow();
        }
        return inquiry.isNearDeadline(now, warningWindow) ? "near" : null;
    }

    public InquiryFigures getFigures() {
        if (figures == null) {
            figures = inquiries.figures();
        }
        return figures;
    }

    /** The median time to answer as whole hours and the minutes after them (the page words them from the bundle); null when none. */
    public Long getMedianHours() {
        Long minutes = getFigures().medianMinutes();
        return minutes == null ? null : minutes / 60;
    }

    public Long getMedianMinutesPast() {
        Long minutes = getFigures().medianMinutes();
        return minutes == null ? null : minutes % 60;
    }

    public InquiryStatus[] getStatuses() {
        return InquiryStatus.values();
    }

    public LazyPage<Inquiry> getLog() {
        return log;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Inquiry getSelected() {
        return selected.get();
    }

    public Spokesperson getAssignee() {
        return assignee;
    }

    public void setAssignee(Spokesperson assignee) {
        this.assignee = assignee;
    }

    public LocalDate getExportFrom() {
        return exportFrom;
    }

    public void setExportFrom(LocalDate exportFrom) {
        this.exportFrom = exportFrom;
    }

    public LocalDate getExportTo() {
        return exportTo;
    }

    public void setExportTo(LocalDate exportTo) {
        this.exportTo = exportTo;
    }

    /**
     * Streams the chosen period straight into the response as CSV or Excel. A missing or reversed
     * period is refused at its field before anything is written, and the page keeps the dates typed.
     */
    public void export(String format) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            ExportFormat exportFormat = ExportFormat.of(format);
            ExportPeriod period = new ExportPeriod(exportFrom, exportTo);
            ExternalContext external = faces.getExternalContext();
            external.responseReset();
            external.setResponseContentType(exportFormat.mediaType());
            external.setResponseHeader(
                    "Content-Disposition",
                    "attachment; filename=\""
                            + period.fileName(exportFormat, faces.getViewRoot().getLocale()) + "\"");
            inquiries.export(
                    period.from(),
                    period.until(),
                    exportFormat,
                    faces.getViewRoot().getLocale(),
                    external.getResponseOutputStream());
            faces.responseComplete();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            FacesMessages.failed(e, "exportForm");
        }
    }
}
