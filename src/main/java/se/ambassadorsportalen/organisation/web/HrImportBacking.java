package se.ambassadorsportalen.organisation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import se.ambassadorsportalen.organisation.boundary.HrImports;
import se.ambassadorsportalen.organisation.control.HrExport;
import se.ambassadorsportalen.organisation.control.HrPlan;
import se.ambassadorsportalen.platform.tabular.ImportProgress;
import se.ambassadorsportalen.platform.web.BackgroundImport;
import se.ambassadorsportalen.platform.web.FacesMessages;

/**
 * The admin's HR import: upload the export, read the preview of what it changes, then import the
 * same file. Both steps run in the background ({@link HrImports#runInBackground}) so the page can
 * show how far the reading has come. The file's bytes stay in the view between the two steps, so
 * what is imported is exactly what was previewed (the boundary checks it again against the
 * organisation as it is then).
 */
@Named("hrImport")
@ViewScoped
public class HrImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    HrImports imports;

    private transient Part file;
    private byte[] previewed;
    private String fileName;
    private HrImports.Report report;
    private transient BackgroundImport<HrImports.Report> background = new BackgroundImport<>();

    public void preview() {
        report = null;
        previewed = null;
        byte[] bytes = BackgroundImport.bytesOf(file, HrImports.MAX_FILE_BYTES);
        if (bytes.length == 0) {
            FacesMessages.error("uploadForm:file", "organisation.hr.file.required");
            return;
        }
        fileName = file.getSubmittedFileName();
        start(false, bytes);
    }

    /** Imports the file just previewed. */
    public void importChanges() {
        if (report == null || report.outcome() != HrImports.Outcome.PREVIEW || previewed == null) {
            return;
        }
        start(true, previewed);
    }

    private void start(boolean write, byte[] bytes) {
        if (background().isRunning()) {
            FacesMessages.error("uploadForm:file", "organisation.hr.progress.running");
            return;
        }
        ImportProgress progress = new ImportProgress();
        previewed = bytes;
        report = null;
        background().started(imports.runInBackground(write, fileName, bytes, progress), progress);
    }

    public void follow() {
        background().follow("uploadForm").ifPresent(done -> report = done);
    }

    private BackgroundImport<HrImports.Report> background() {
        if (background == null) {
            background = new BackgroundImport<>();
        }
        return background;
    }

    public boolean isRunning() {
        return background().isRunning();
    }

    public ImportProgress getProgress() {
        return background().progress();
    }

    public String getProgressText() {
        return background().progressText("organisation.hr.progress.");
    }

    /** The kinds of change with how many of each, in the order of the preview's table. */
    public List<HrPlan.ChangeKind> getKinds() {
        return Arrays.stream(HrPlan.ChangeKind.values())
                .filter(kind -> report != null && report.count(kind) > 0)
                .toList();
    }

    public boolean isImportable() {
        return report != null
                && report.outcome() == HrImports.Outcome.PREVIEW
                && !getKinds().isEmpty();
    }

    public String problemText(HrExport.Problem problem) {
        return FacesMessages.text(problem.key(), problem.arguments().toArray());
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public HrImports.Report getReport() {
        return report;
    }
}
