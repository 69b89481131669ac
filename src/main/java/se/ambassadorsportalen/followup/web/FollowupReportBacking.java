package se.ambassadorsportalen.followup.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import se.ambassadorsportalen.followup.boundary.ChannelFollowup;
import se.ambassadorsportalen.followup.boundary.FollowupReport;
import se.ambassadorsportalen.followup.control.Cycle;

/**
 * The month's report for the whole organisation: every channel's figures against its targets,
 * posts per material type, the best posts and what we learned and change. The period comes from
 * the URL, so a report can be linked to from the editors' meeting notes.
 */
@Named("followupReport")
@RequestScoped
public class FollowupReportBacking {

    @Inject
    ChannelFollowup service;

    @Inject
    FollowupReport reports;

    private String period;
    private ChannelFollowup.Report report;
    private List<Cycle.Period> periods;
    private Map<String, String> typeNames;

    public void load() {
        LocalDate day = null;
        try {
            day = period == null || period.isBlank() ? null : LocalDate.parse(period);
        } catch (DateTimeParseException e) {
            day = null;
        }
        report = service.report(day == null ? service.lastClosed().start() : day);
        period = report.period().start().toString();
        periods = service.recentPeriods();
        typeNames = reports.materialTypeNames(
                FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public String postsByType(ChannelFollowup.ChannelRow row) {
        return FollowupReport.postsByType(row.postsByType(), typeNames);
    }

    public String typeName(String code) {
        return code == null ? "–" : typeNames.getOrDefault(code, code);
    }

    public String periodLabel(Cycle.Period p) {
        return p.start() + " – " + p.end();
    }

    public String getExcelPath() {
        return "/api/v1/followup/periods/" + report.period().start() + "/report.xlsx";
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public ChannelFollowup.Report getReport() {
        return report;
    }

    public List<Cycle.Period> getPeriods() {
        return periods;
    }
}
