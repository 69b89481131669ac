package se.ambassadorsportalen.recommendation.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.component.export.CSVOptions;
import se.ambassadorsportalen.organisation.boundary.CurrentUser;
import se.ambassadorsportalen.platform.security.Role;
import se.ambassadorsportalen.platform.web.FacesMessages;
import se.ambassadorsportalen.platform.web.ScriptSafeJson;
import se.ambassadorsportalen.recommendation.boundary.ProgrammeEffect;
import se.ambassadorsportalen.recommendation.boundary.RecommendationRates;
import se.ambassadorsportalen.recommendation.control.TimeAxis;
import se.ambassadorsportalen.recommendation.entity.RecommendationGoal;
import se.ambassadorsportalen.recommendation.entity.SurveyRound;

/**
 * The recommendation dashboard: a goal's trend (chart and the same figures as a table) and the
 * chosen round's unit table. Everything shown comes from {@link RecommendationRates}, already
 * suppressed and cut to the caller's units; the bean only picks the round and goal.
 */
@Named("recDashboard")
@ViewScoped
public class RecommendationDashboardBacking implements Serializable {

    /** One factory for every chart: {@code Json.createObjectBuilder()} looks the JSON-P provider up on each call. */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private static final long serialVersionUID = 1L;

    @Inject
    DashboardFigures figures;

    @Inject
    CurrentUser currentUser;

    private Long roundId;
    private Long goalId;
    private RecommendationRates.Grouping grouping = RecommendationRates.Grouping.AGE_BAND;

    public void load() {
        List<SurveyRound> rounds = getRounds();
        List<RecommendationGoal> goalList = getGoals();
        if (roundId == null && !rounds.isEmpty()) {
            roundId = rounds.get(rounds.size() - 1).getId();
        }
        if (goalId == null && !goalList.isEmpty()) {
            goalId = goalList.get(0).getId();
        }
        refresh();
    }

    /** Computes what the page shows now, so that a round or goal that is gone is a message, not an error page. */
    public void refresh() {
        try {
            getView();
            getTrend();
            getGroups();
            getEffect();
        } catch (RuntimeException e) {
            roundId = null;
            goalId = null;
            FacesMessages.failed(e, null);
        }
    }

    public ProgrammeEffect.Effect getEffect() {
        return roundId != null && isHr() ? figures.effect(roundId).orElse(null) : null;
    }

    /** The correlation as text, or null when there are too few units to say anything. */
    public String getCorrelation() {
        ProgrammeEffect.Effect effect = getEffect();
        return effect == null || effect.correlation().isEmpty()
                ? null
                : String.format(
                        FacesContext.getCurrentInstance().getViewRoot().getLocale(),
                        "%.2f",
                        effect.correlation().getAsDouble());
    }

    /** Units as points: participation (x, per cent) against the shown rate (y, per cent). */
    public String getEffectChartJson() {
        ProgrammeEffect.Effect effect = getEffect();
        return effect == null ? "{}" : effectChart(effect);
    }

    private String effectChart(ProgrammeEffect.Effect effect) {
        JsonArrayBuilder points = JSON.createArrayBuilder();
        for (ProgrammeEffect.UnitEffect unit : effect.units()) {
            if (unit.participation() != null) {
                points.add(JSON.createObjectBuilder()
                        .add("x", round(unit.participation() * 100))
                        .add("y", round(unit.rate() * 100))
                        .add("label", unit.unitName()));
            }
        }
        JsonObjectBuilder axisX = JSON.createObjectBuilder()
                .add(
                        "title",
                        JSON.createObjectBuilder()
                                .add("display", true)
                                .add("text", FacesMessages.text("recommendation.effect.participation")));
        JsonObjectBuilder axisY = JSON.createObjectBuilder()
                .add(
                        "title",
                        JSON.createObjectBuilder()
                                .add("display", true)
                                .add("text", FacesMessages.text("recommendation.column.rate")));
        return ScriptSafeJson.of(JSON.createObjectBuilder()
                .add("type", "scatter")
                .add(
                        "data",
                        JSON.createObjectBuilder()
                                .add(
                                        "datasets",
                                        JSON.createArrayBuilder()
                                                .add(JSON.createObjectBuilder()
                                                        .add("label", FacesMessages.text("recommendation.effect.units"))
                                                        .add("data", points)
                                                        .add("backgroundColor", "#1b4f72")
                                                        .add("pointRadius", 6)
                                                        .add("pointStyle", "rectRot"))))
                .add(
                        "options",
                        JSON.createObjectBuilder()
                                .add("animation", false)
                                .add(
                                        "scales",
                                        JSON.createObjectBuilder()
                                                .add("x", axisX)
                                                .add("y", axisY)))
                .build());
    }

    /**
     * The trend as a Chart.js line chart on a time axis ({@link TimeAxis}): the rate at each round's
     * date, the goal's straight path from the baseline to the deadline and the target, every point
     * where it falls in time, so a deadline earlier than the last round is drawn before it.
     */
    public String getChartJson() {
        RecommendationRates.Trend trend = getTrend();
        if (trend == null) {
            return "{}";
        }
        LocalDate baselineDate = trend.goal().getBaselineDate();
        LocalDate deadline = trend.goal().getDeadline();
        double targetPercent = trend.goal().getTarget() * 100;
        java.util.TreeMap<Double, Double> rate = new java.util.TreeMap<>();
        java.util.TreeMap<Double, Double> path = new java.util.TreeMap<>();
        path.put(TimeAxis.position(baselineDate), round(trend.goal().getBaseline() * 100));
        path.put(TimeAxis.position(deadline), round(targetPercent));
        LocalDate first = baselineDate.isBefore(deadline) ? baselineDate : deadline;
        LocalDate last = baselineDate.isBefore(deadline) ? deadline : baselineDate;
        for (RecommendationRates.TrendPoint point : trend.points()) {
            double x = TimeAxis.position(point.heldOn());
            if (point.figure().rate() != null) {
                rate.put(x, round(point.figure().rate() * 100));
            }
            path.put(x, round(point.expected() * 100));
            first = point.heldOn().isBefore(first) ? point.heldOn() : first;
            last = point.heldOn().isAfter(last) ? point.heldOn() : last;
        }
        int firstYear = TimeAxis.firstYear(first);
        int lastYear = TimeAxis.lastYear(last);
        java.util.TreeMap<Double, Double> target = new java.util.TreeMap<>(
                java.util.Map.of((double) firstYear, targetPercent, (double) lastYear, targetPercent));
        JsonObjectBuilder data = JSON.createObjectBuilder()
                .add(
                        "datasets",
                        JSON.createArrayBuilder()
                                .add(dataset(
                                        FacesMessages.text("recommendation.chart.rate"),
                                        points(rate),
                                        "#1b4f72",
                                        null,
                                        4))
                                .add(dataset(
                                        FacesMessages.text("recommendation.chart.path"),
                                        points(path),
                                        "#6e2c00",
                                        JSON.createArrayBuilder().add(8).add(4),
                                        2))
                                .add(dataset(
                                        FacesMessages.text("recommendation.chart.target"),
                                        points(target),
                                        "#196f3d",
                                        JSON.createArrayBuilder().add(2).add(3),
                                        0)));
        JsonObjectBuilder options = JSON.createObjectBuilder()
                .add("animation", false)
                .add("spanGaps", true)
                .add(
                        "scales",
                        JSON.createObjectBuilder()
                                .add(
                                        "x",
                                        JSON.createObjectBuilder()
                                                .add("type", "linear")
                                                .add("min", firstYear)
                                                .add("max", lastYear)
                                                .add(
                                                        "ticks",
                                                        JSON.createObjectBuilder()
                                                                .add("stepSize", 1)
                                                                .add(
                                                                        "format",
                                                                        JSON.createObjectBuilder()
                                                                                .add("useGrouping", false)
                                                                                .add("maximumFractionDigits", 0)))
                                                .add(
                                                        "title",
                                                        JSON.createObjectBuilder()
                                                                .add("display", true)
                                                                .add(
                                                                        "text",
                                                                        FacesMessages.text(
                                                                                "recommendation.chart.year"))))
                                .add(
                                        "y",
                                        JSON.createObjectBuilder()
                                                .add("suggestedMin", 50)
                                                .add("suggestedMax", 100)
                                                .add(
                                                        "title",
                                                        JSON.createObjectBuilder()
                                                                .add("display", true)
                                                                .add("text", "%"))))
                .add(
                        "plugins",
                        JSON.createObjectBuilder()
                                .add("legend", JSON.createObjectBuilder().add("display", true)));
        return ScriptSafeJson.of(JSON.createObjectBuilder()
                .add("type", "line")
                .add("data", data)
                .add("options", options)
                .build());
    }

    private static JsonArrayBuilder points(java.util.SortedMap<Double, Double> byPosition) {
        JsonArrayBuilder points = JSON.createArrayBuilder();
        byPosition.forEach((x, y) -> points.add(JSON.createObjectBuilder()
                .add("x", Math.round(x * 1000) / 1000.0)
                .add("y", y)));
        return points;
    }

    private static JsonObjectBuilder dataset(
            String label, JsonArrayBuilder values, String colour, JsonArrayBuilder dash, int pointRadius) {
        JsonObjectBuilder dataset = JSON.createObjectBuilder()
                .add("label", label)
                .add("data", values)
                .add("borderColor", colour)
                .add("backgroundColor", colour)
                .add("fill", false)
                .add("pointRadius", pointRadius)
                .add("pointStyle", pointRadius > 0 ? "rectRot" : "circle");
        if (dash != null) {
            dataset.add("borderDash", dash);
        }
        return dataset;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /** Indentation of a unit's name by its depth in the tree. */
    public String indent(int depth) {
        return "padding-left:" + (depth * 1.5) + "em";
    }

    /**
     * The tables' CSV as the portal's other CSV exports write it (ExcelCsv): semicolons, which a
     * Swedish Excel splits on, where PrimeFaces' default commas put each row in one column.
     */
    public CSVOptions getCsvOptions() {
        return CSVOptions.EXCEL_NORTHERN_EUROPE;
    }

    public String getExportFileName() {
        RecommendationRates.RoundView view = getView();
        return view == null
                ? "rekommendation"
                : "rekommendation-" + view.round().getHeldOn();
    }

    public boolean isHr() {
        return currentUser.holds(Role.HR);
    }

    public RecommendationRates.Grouping[] getGroupings() {
        return RecommendationRates.Grouping.values();
    }

    public RecommendationRates.Grouping getGrouping() {
        return grouping;
    }

    public void setGrouping(RecommendationRates.Grouping grouping) {
        this.grouping = grouping;
    }

    public List<RecommendationRates.GroupFigure> getGroups() {
        return roundId != null && isHr() ? figures.groups(roundId, grouping) : null;
    }

    public Long getRoundId() {
        return roundId;
    }

    public void setRoundId(Long roundId) {
        this.roundId = roundId;
    }

    public Long getGoalId() {
        return goalId;
    }

    public void setGoalId(Long goalId) {
        this.goalId = goalId;
    }

    public List<SurveyRound> getRounds() {
        return figures.rounds();
    }

    public List<RecommendationGoal> getGoals() {
        return figures.goals();
    }

    public RecommendationRates.RoundView getView() {
        return roundId == null ? null : figures.roundView(roundId);
    }

    public RecommendationRates.Trend getTrend() {
        return goalId == null ? null : figures.trend(goalId);
    }
}
