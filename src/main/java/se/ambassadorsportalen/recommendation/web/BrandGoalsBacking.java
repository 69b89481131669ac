package se.ambassadorsportalen.recommendation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Map;
import se.ambassadorsportalen.organisation.boundary.CurrentUser;
import se.ambassadorsportalen.platform.imports.RowProblems;
import se.ambassadorsportalen.platform.security.Role;
import se.ambassadorsportalen.platform.web.FacesMessages;
import se.ambassadorsportalen.platform.web.PerRequest;
import se.ambassadorsportalen.recommendation.boundary.BrandGoals;
import se.ambassadorsportalen.recommendation.control.GoalStanding;
import se.ambassadorsportalen.recommendation.entity.BrandGoal;

/**
 * The "Employer brand goals" page: goals 1-3 side by side for HR, communicators and managers, and
 * the import of a target-group survey for HR. State only; the figures come from {@link BrandGoals}.
 */
@Named("brandGoals")
@ViewScoped
public class BrandGoalsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BrandGoals service;

    @Inject
    CurrentUser currentUser;

    /**
     * The goals and how they stand, read at most once per request: the lines carry the goals as
     * entities, which kept in the view would keep the persistence context that read them alive.
     */
    private final PerRequest<BrandGoals.Overview> overview = PerRequest.of(() -> this.service.overview());

    private transient Part file;
    private transient BrandGoals.ImportReport report;

    public void load() {
        overview.forget();
    }

    public void upload() {
        report = null;
        byte[] bytes = new byte[0];
        String name = null;
        if (file != null && file.getSize() > 0) {
            try (InputStream in = file.getInputStream()) {
                bytes = in.readNBytes(BrandGoals.MAX_FILE_BYTES + 1);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            name = file.getSubmittedFileName();
        }
        try {
            report = service.importMeasurements(name, bytes);
            if (report.imported()) {
                FacesMessages.info("recommendation.brandImport.done", report.rows());
            } else {
                FacesMessages.error(
                        "brandImportForm:file",
                        "recommendation.brandImport.refused",
                        report.problems().count());
            }
            overview.forget();
        } catch (RuntimeException e) {
            FacesMessages.failed(e, "brandImportForm");
        }
    }

    /** The plain-language sentence for a standing: "on track", "missed" ... */
    public String standing(GoalStanding standing) {
        return FacesMessages.text(standingKey(standing));
    }

    static String standingKey(GoalStanding standing) {
        return "recommendation.standing." + standing.name();
    }

    /** Goal 2's knowledge questions are the portal's own; target groups and associations are data ({@code brandPlan}). */
    public String questionLabelKey(BrandGoal goal) {
        return BrandGoals.QUESTION_LABEL + goal.getSubject();
    }

    /** A label from the bundle by key. */
    public String label(String key) {
        return FacesMessages.text(key);
    }

    public long count(GoalStanding standing) {
        Map<GoalStanding, Long> counts = overview.get().count();
        return counts.getOrDefault(standing, 0L);
    }

    public long getTotal() {
        return overview.get().count().values().stream()
                .mapToLong(Long::longValue)
                .sum();
    }

    public String problemText(RowProblems.Problem problem) {
        String reason = FacesMessages.text(problem.key(), problem.arguments().toArray());
        return problem.line() == 0 ? reason : FacesMessages.text("platform.import.line", problem.line(), reason);
    }

    public GoalStanding[] getStandings() {
        return GoalStanding.values();
    }

    public boolean isHr() {
        return currentUser.holds(Role.HR);
    }

    public BrandGoals.Overview getOverview() {
        return overview.get();
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public BrandGoals.ImportReport getReport() {
        return report;
    }
}
