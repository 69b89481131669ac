package se.ambassadorsportalen.recommendation.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import se.ambassadorsportalen.organisation.boundary.Organisation;
import se.ambassadorsportalen.organisation.entity.Unit;
import se.ambassadorsportalen.platform.tabular.ImportProgress;
import se.ambassadorsportalen.platform.web.FacesMessages;
import se.ambassadorsportalen.recommendation.boundary.RecommendationGoals;
import se.ambassadorsportalen.recommendation.boundary.RecommendationRates;
import se.ambassadorsportalen.recommendation.boundary.SurveyRounds;
import se.ambassadorsportalen.recommendation.control.AnswerFile;
import se.ambassadorsportalen.recommendation.control.AnswerScale;
import se.ambassadorsportalen.recommendation.entity.RecommendationGoal;
import se.ambassadorsportalen.recommendation.entity.SurveyRound;

/**
 * HR's page for survey rounds, answer files, goals and the anonymity floor. Each form hands its
 * fields to one boundary call; the import report is shown as the boundary returns it. An import
 * runs in the background ({@link SurveyRounds#importAnswersInBackground}) so that the page can
 * show how far it has come: the share of the file read and the rows checked, as the reader
 * reports them, then the report.
 */
@Named("recImport")
@ViewScoped
public class RecommendationImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SurveyRounds surveyRounds;

    @Inject
    RecommendationGoals goals;

    @Inject
    RecommendationRates rates;

    @Inject
    Organisation organisation;

    private String roundName;
    private LocalDate heldOn;
    private AnswerScale scale = AnswerScale.ONE_TO_FIVE;
    private Integer recommendsFrom;

    private Long uploadRoundId;
    private transient Part file;
    private SurveyRounds.ImportReport report;
    private transient Future<SurveyRounds.ImportReport> running;
    private transient ImportProgress progress;

    private String goalName;
    private Double baseline;
    private Double target;
    private LocalDate baselineDate;
    private LocalDate deadline;
    private Long populationId;

    private Integer floor;

    /**
     * A round as the page lists it. The view keeps these and {@link Goal}s, not the entities: an
     * entity would keep the persistence context that read it alive with the view.
     */
    public record Round(long id, String name, LocalDate heldOn, AnswerScale scale, int recommendsFrom)
            implements Serializable {

        static Round of(SurveyRound round) {
            return new Round(
                    round.getId(), round.getName(), round.getHeldOn(), round.getScale(), round.getRecommendsFrom());
        }
    }

    /** A goal as the page lists it; the population by name (the whole organisation when null). */
    public record Goal(
            String name,
            double baseline,
            double target,
            LocalDate baselineDate,
            LocalDate deadline,
            String populationName)
            implements Serializable {

        static Goal of(RecommendationGoal goal) {
            return new Goal(
                    goal.getName(),
                    goal.getBaseline(),
                    goal.getTarget(),
                    goal.getBaselineDate(),
                    goal.getDeadline(),
                    goal.getPopulation() == null ? null : goal.getPopulation().getName());
        }
    }

    private List<Round> rounds;
    private Map<Long, Long> importedAnswers;
    private List<Goal> goalList;

    public void load() {
        rounds = surveyRounds.rounds().stream().map(Round::of).toList();
        importedAnswers = surveyRounds.importedAnswers();
        goalList = goals.goals().stream().map(Goal::of).toList();
        if (floor == null) {
            floor = rates.floor();
        }
        if (uploadRoundId == null && !rounds.isEmpty()) {
            uploadRoundId = rounds.get(rounds.size() - 1).id();
        }
    }

    /** Deletes a round imported by mistake, after the page's confirmation dialog. */
    public void deleteRound(Round round) {
        try {
            surveyRounds.delete(round.id());
            FacesMessages.info("recommendation.round.deleted", round.name());
            if (Long.valueOf(round.id()).equals(uploadRoundId)) {
                uploadRoundId = null;
            }
            load();
        } catch (RuntimeException e) {
            FacesMessages.failed(e, "roundTableForm");
        }
    }

    public void createRound() {
        try {
            SurveyRound round =
                    surveyRounds.create(new SurveyRounds.RoundDetails(roundName, heldOn, scale, recommendsFrom));
            FacesMessages.info("recommendation.round.created", round.getName());
            uploadRoundId = round.getId();
            roundName = null;
            heldOn = null;
            recommendsFrom = null;
            load();
        } catch (RuntimeException e) {
            FacesMessages.failed(e, "roundForm");
        }
    }

    /**
     * Takes the file and starts its import on a container thread; the page then polls
     * {@link #followImport()} and shows the progress until the report is there.
     */
    public void upload() {
        report = null;
        if (isImporting()) {
            FacesMessages.error("uploadForm:file", "recommendation.import.progress.running");
            return;
        }
        if (uploadRoundId == null) {
            FacesMessages.error("uploadForm:round", "recommendation.import.round.required");
            return;
        }
        byte[] bytes;
        String name;
        if (file == null || file.getSize() == 0) {
            bytes = new byte[0];
            name = null;
        } else {
            try (InputStream in = file.getInputStream()) {
                bytes = in.readNBytes(SurveyRounds.MAX_FILE_BYTES + 1);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            name = file.getSubmittedFileName();
        }
        try {
            ImportProgress started = new ImportProgress();
            running = surveyRounds.importAnswersInBackground(uploadRoundId, name, bytes, started);
            progress = started;
        } catch (RuntimeException e) {
            FacesMessages.failed(e, "uploadForm");
        }
    }

    /** The poll's step: once the import is done, its report (the report panel says what happened). */
    public void followImport() {
        if (running == null || !running.isDone()) {
            return;
        }
        try {
            report = running.get();
            load();
        } catch (ExecutionException e) {
            FacesMessages.failed(
                    e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause()),
                    "uploadForm");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            progress.finished();
            running = null;
        }
    }

    public boolean isImporting() {
        return running != null;
    }

    public ImportProgress getProgress() {
        return progress;
    }

    /** "Reading and checking the file: 12 000 rows so far." and the like, for the bar's caption. */
    public String getProgressText() {
        if (progress == null) {
            return "";
        }
        String rows = NumberFormat.getIntegerInstance(
                        FacesContext.getCurrentInstance().getViewRoot().getLocale())
                .format(progress.rows());
        String key = switch (progress.phase()) {
            case WAITING -> "recommendation.import.progress.WAITING";
            case READING -> "recommendation.import.progress.READING";
            case STORING -> "recommendation.import.progress.STORING";
            case FINISHED -> "recommendation.import.progress.FINISHED";
        };
        return FacesMessages.text(key, rows);
    }

    /** "1 234 answers from 1 240 rows imported." or "Nothing was imported: 3 problems." */
    public String getReportSummary() {
        if (report == null) {
            return "";
        }
        return report.imported()
                ? FacesMessages.text("recommendation.import.done", report.answers(), report.rows())
                : FacesMessages.text("recommendation.import.rejected", report.problemCount());
    }

    public String problemText(AnswerFile.Problem problem) {
        return FacesMessages.text(problem.key(), problem.arguments().toArray());
    }

    public String reasonText(AnswerFile.RepeatedProblem reason) {
        return FacesMessages.text(reason.key(), reason.arguments().toArray());
    }

    /** The line of a reason met once, or the first and last line of one met on several rows. */
    public String linesText(AnswerFile.RepeatedProblem reason) {
        return reason.firstLine() == reason.lastLine()
                ? String.valueOf(reason.firstLine())
                : FacesMessages.text("recommendation.import.lines", reason.firstLine(), reason.lastLine());
    }

    /** "The first 500 of 2,000 rows with problems are listed...", or all of them when they fit. */
    public String getListedText() {
        if (report == null || report.problems().isEmpty()) {
            return "";
        }
        return report.problemCount() > report.problems().size()
                ? FacesMessages.text(
                        "recommendation.import.listed", report.problems().size(), report.problemCount())
                : FacesMessages.text("recommendation.import.listedAll", report.problemCount());
    }

    /** The organisation's units in a CSV to start a survey file from. */
    public StreamedContent getTemplate() {
        byte[] bytes = surveyRounds.answerTemplate();
        return DefaultStreamedContent.builder()
                .name(FacesMessages.text("recommendation.import.templateFile"))
                .contentType("text/csv; charset=UTF-8")
                .contentLength((long) bytes.length)
                .stream(() -> new java.io.ByteArrayInputStream(bytes))
                .build();
    }

    public void createGoal() {
        try {
            RecommendationGoal goal = goals.create(new RecommendationGoals.GoalDetails(
                    goalName, baseline, target, baselineDate, deadline, populationId));
            FacesMessages.info("recommendation.goal.created", goal.getName());
            goalName = null;
            load();
        } catch (RuntimeException e) {
            FacesMessages.failed(e, "goalForm");
        }
    }

    public void saveFloor() {
        try {
            rates.changeFloor(floor == null ? 0 : floor);
            FacesMessages.info("recommendation.floor.saved", floor);
        } catch (RuntimeException e) {
            FacesMessages.failed(e, "floorForm");
        }
    }

    public AnswerScale[] getScales() {
        return AnswerScale.values();
    }

    public List<Unit> getAdministrations() {
        return organisation.administrations();
    }

    public String deleteQuestion(Round round) {
        return FacesMessages.text("recommendation.round.delete.question", round.name(), answersIn(round));
    }

    public long answersIn(Round round) {
        return importedAnswers == null ? 0 : importedAnswers.getOrDefault(round.id(), 0L);
    }

    public String getRoundName() {
        return roundName;
    }

    public void setRoundName(String roundName) {
        this.roundName = roundName;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public AnswerScale getScale() {
        return scale;
    }

    public void setScale(AnswerScale scale) {
        this.scale = scale;
    }

    public Integer getRecommendsFrom() {
        return recommendsFrom;
    }

    public void setRecommendsFrom(Integer recommendsFrom) {
        this.recommendsFrom = recommendsFrom;
    }

    public Long getUploadRoundId() {
        return uploadRoundId;
    }

    public void setUploadRoundId(Long uploadRoundId) {
        this.uploadRoundId = uploadRoundId;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public SurveyRounds.ImportReport getReport() {
        return report;
    }

    public String getGoalName() {
        return goalName;
    }

    public void setGoalName(String goalName) {
        this.goalName = goalName;
    }

    public Double getBaseline() {
        return baseline;
    }

    public void setBaseline(Double baseline) {
        this.baseline = baseline;
    }

    public Double getTarget() {
        return target;
    }

    public void setTarget(Double target) {
        this.target = target;
    }

    public LocalDate getBaselineDate() {
        return baselineDate;
    }

    public void setBaselineDate(LocalDate baselineDate) {
        this.baselineDate = baselineDate;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public Long getPopulationId() {
        return populationId;
    }

    public void setPopulationId(Long populationId) {
        this.populationId = populationId;
    }

    public Integer getFloor() {
        return floor;
    }

    public void setFloor(Integer floor) {
        this.floor = floor;
    }

    public List<Round> getRounds() {
        return rounds;
    }

    public List<Goal> getGoals() {
        return goalList;
    }
}
