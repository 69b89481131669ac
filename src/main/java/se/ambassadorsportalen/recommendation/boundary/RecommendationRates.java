package se.ambassadorsportalen.recommendation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.ambassadorsportalen.organisation.boundary.CurrentUser;
import se.ambassadorsportalen.organisation.boundary.Organisation;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.i18n.Collation;
import se.ambassadorsportalen.platform.layout.PortalSettings;
import se.ambassadorsportalen.platform.security.Role;
import se.ambassadorsportalen.platform.time.PortalTime;
import se.ambassadorsportalen.recommendation.control.AnonymityRule;
import se.ambassadorsportalen.recommendation.control.FiguresMemo;
import se.ambassadorsportalen.recommendation.control.GoalPath;
import se.ambassadorsportalen.recommendation.control.UnitFigures;
import se.ambassadorsportalen.recommendation.control.UnitFigures.Figure;
import se.ambassadorsportalen.recommendation.entity.RecommendationGoal;
import se.ambassadorsportalen.recommendation.entity.SurveyRound;

/**
 * The recommendation rate as people may see it. Every figure comes from counts the database sums
 * per unit, goes through the anonymity rule for the whole tree, and only then is cut down to what
 * the caller may see: HR everything, a manager their own units, the units under them and the
 * organisation total. Pages, exports and the API all read from here, so the rule holds in all.
 */
@Stateless
public class RecommendationRates {

    /** The portal setting for the anonymity floor (default 5, never below 3). */
    public static final String FLOOR_SETTING = "recommendation.anonymityFloor";

    /** A row of the unit table: the figure and the change in percentage points since the previous round. */
    public record Row(Figure figure, Double change) {}

    /** One round as the caller may see it. */
    public record RoundView(SurveyRound round, SurveyRound previous, int floor, boolean enps, List<Row> rows) {

        public Figure organisation() {
            return rows.stream()
                    .map(Row::figure)
                    .filter(Figure::isOrganisation)
                    .findFirst()
                    .orElseThrow();
        }
    }

    /** A round's figure for the goal's population and where the goal's path was on that date. */
    public record TrendPoint(long roundId, String roundName, LocalDate heldOn, Figure figure, double expected) {}

    /** The rounds against a goal: the latest shown rate, whether it is on track and the pace needed. */
    public record Trend(
            RecommendationGoal goal,
            String populationName,
            List<TrendPoint> points,
            TrendPoint latest,
            Boolean onTrack,
            Boolean reached,
            Double paceNeededPerYear,
            double plannedPacePerYear) {}

    /** The groupings an answer may carry. */
    public enum Grouping {
        AGE_BAND("age_band"),
        PROFESSION("profession_group");

        private final String column;

        Grouping(String column) {
            this.column = column;
        }
    }

    /** One group's figure for the whole organisation; numbers null when hidden. */
    public record GroupFigure(String group, boolean shown, Long answers, Double rate, Double low, Double high) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    Organisation organisation;

    @Inject
    CurrentUser currentUser;

    @Inject
    PortalSettings settings;

    @Inject
    FiguresMemo figuresMemo;

    @Inject
    UnitSums unitSums;

    @Inject
    SurveyRounds surveyRounds;

    @Inject
    RecommendationGoals goals;

    @RolesAllowed({Role.Names.HR, Role.Names.MANAGER, Role.Names.COMMUNICATOR})
    public int floor() {
        return floorSetting();
    }

    @RolesAllowed(Role.Names.HR)
    public void changeFloor(int floor) {
        if (floor < AnonymityRule.LOWEST_FLOOR || floor > 100) {
            throw PortalException.invalidField("floor", "recommendation.floor.range", AnonymityRule.LOWEST_FLOOR);
        }
        settings.set(FLOOR_SETTING, String.valueOf(floor));
    }

    /** The round with the change since the round before it, cut to the caller's units, in Swedish order. */
    @RolesAllowed({Role.Names.HR, Role.Names.MANAGER})
    public RoundView roundView(long roundId) {
        return roundView(roundId, null);
    }

    /**
     * The round with the change since the round before it, cut to the caller's units: each unit's
     * children in the alphabet of {@code language}.
     */
    @RolesAllowed({Role.Names.HR, Role.Names.MANAGER})
    public RoundView roundView(long roundId, Locale language) {
        SurveyRound round = surveyRounds.round(roundId);
        List<SurveyRound> all = surveyRounds.rounds();
        SurveyRound previous = null;
        for (SurveyRound candidate : all) {
            if (candidate.getId() == round.getId()) {
                break;
            }
            previous = candidate;
        }
        List<UnitFigures.Node> tree = tree();
        AnonymityRule rule = new AnonymityRule(floorSetting());
        List<Figure> figures = UnitFigures.inOrder(figures(round, tree, rule), Collation.of(language));
        Map<Long, Figure> before = new HashMap<>();
        if (previous != null) {
            figures(previous, tree, rule).forEach(figure -> before.put(figure.id(), figure));
        }
        Set<Long> visible = visibleUnits();
        List<Row> rows = new ArrayList<>();
        for (Figure figure : figures) {
            if (visible != null && !visible.contains(figure.id())) {
                continue;
            }
            Figure earlier = before.get(figure.id());
            Double change = figure.rate() != null && earlier != null && earlier.rate() != null
                    ? (figure.rate() - earlier.rate()) * 100
                    : null;
            rows.add(new Row(figure, change));
        }
        return new RoundView(round, previous, rule.floor(), round.getScale().hasEnps(), rows);
    }

    /** One unit's (or, without a unit, the organisation's) figure in a round, if the caller may see it. */
    @RolesAllowed({Role.Names.HR, Role.Names.MANAGER})
    public Figure rate(long roundId, Long unitId) {
        SurveyRound round = surveyRounds.round(roundId);
        long id = unitId == null
                ? UnitFigures.ORGANISATION
                : organisation.unit(unitId).getId();
        Set<Long> visible = visibleUnits();
        if (visible != null && !visible.contains(id)) {
            throw PortalException.forbidden("recommendation.unit.notYours");
        }
        return figures(round, tree(), new AnonymityRule(floorSetting())).stream()
                .filter(figure -> figure.id() == id)
                .findFirst()
                .orElseThrow();
    }

    /**
     * Unit id → rate (0–1) for every unit whose figure may be shown in the round, for comparing
     * units with other programmes (e.g. ambassador participation). Hidden units are absent.
     */
    @RolesAllowed(Role.Names.HR)
    public Map<Long, Double> ratesByUnit(long roundId) {
        Map<Long, Double> rates = new LinkedHashMap<>();
        for (Figure figure : figures(surveyRounds.round(roundId), tree(), new AnonymityRule(floorSetting()))) {
            if (!figure.isOrganisation() && figure.rate() != null) {
                rates.put(figure.id(), figure.rate());
            }
        }
        return rates;
    }

    /**
     * The organisation's figures split by a grouping (age band or profession group). Only the
     * organisation as a whole is split, never a unit: a split of units as well would let groups be
     * computed across the two tables. The groups form one sum (the organisation total, with answers
     * that gave no grouping as a part never shown alone), so the same anonymity rule applies.
     */
    @RolesAllowed(Role.Names.HR)
    public List<GroupFigure> groups(long roundId, Grouping by) {
        SurveyRound round = surveyRounds.round(roundId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(AnswerCountSql.sumsByGroup(by.column))
                .setParameter(1, round.getId())
                .getResultList();
        List<AnonymityRule.Cell> cells = new ArrayList<>();
        long withoutGroup = 0;
        List<Object[]> groups = new ArrayList<>();
        for (Object[] row : rows) {
            if (row[0] == null) {
                withoutGroup += ((Number) row[1]).longValue();
            } else {
                groups.add(row);
            }
        }
        groups.sort((a, b) -> String.CASE_INSENSITIVE_ORDER.compare((String) a[0], (String) b[0]));
        cells.add(new AnonymityRule.Cell(0, null, withoutGroup));
        for (int i = 0; i < groups.size(); i++) {
            cells.add(new AnonymityRule.Cell(i + 1, 0L, ((Number) groups.get(i)[1]).longValue()));
        }
        Set<Long> hidden = new AnonymityRule(floorSetting()).hidden(cells);
        List<GroupFigure> figures = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            String name = (String) groups.get(i)[0];
            if (hidden.contains((long) i + 1)) {
                figures.add(new GroupFigure(name, false, null, null, null, null));
                continue;
            }
            se.ambassadorsportalen.recommendation.control.Proportion share =
                    new se.ambassadorsportalen.recommendation.control.Proportion(
                            ((Number) groups.get(i)[1]).longValue(), ((Number) groups.get(i)[2]).longValue());
            figures.add(new GroupFigure(
                    name,
                    true,
                    share.answers(),
                    share.rate(),
                    share.wilson95().low(),
                    share.wilson95().high()));
        }
        return figures;
    }

    /**
     * Every round against a goal. Managers see goals for the organisation or for their own
     * administration; communicators, for the employer-brand goals page, the organisation's only.
     */
    @RolesAllowed({Role.Names.HR, Role.Names.MANAGER, Role.Names.COMMUNICATOR})
    public Trend trend(long goalId) {
        RecommendationGoal goal = goals.goal(goalId);
        long population = visiblePopulation(goal);
        List<UnitFigures.Node> tree = tree();
        AnonymityRule rule = new AnonymityRule(floorSetting());
        GoalPath path = goal.path();
        List<TrendPoint> points = new ArrayList<>();
        Map<Long, Map<Long, UnitFigures.Counts>> sums = unitSums.byRound();
        for (SurveyRound round : surveyRounds.rounds()) {
            Figure figure = figuresMemo
                    .figures(
                            tree,
                            sums.getOrDefault(round.getId(), Map.of()),
                            rule,
                            round.getScale().hasEnps())
                    .stream()
                    .filter(f -> f.id() == population)
                    .findFirst()
                    .orElseThrow();
            points.add(new TrendPoint(
                    round.getId(), round.getName(), round.getHeldOn(), figure, path.expectedAt(round.getHeldOn())));
        }
        TrendPoint latest = null;
        for (TrendPoint point : points) {
            if (point.figure().rate() != null) {
                latest = point;
            }
        }
        Boolean onTrack = latest == null
                ? null
                : path.onTrack(latest.heldOn(), latest.figure().rate());
        Boolean reached = latest == null ? null : path.reached(latest.figure().rate());
        Double pace = latest == null
                ? null
                : path.paceNeededPerYear(
                        PortalTime.today().isAfter(latest.heldOn()) ? PortalTime.today() : latest.heldOn(),
                        latest.figure().rate());
        String name = goal.getPopulation() == null ? null : goal.getPopulation().getName();
        return new Trend(
                goal,
                name,
                points,
                latest,
                onTrack,
                reached,
                pace == null || pace.isNaN() ? null : pace,
                path.plannedPacePerYear());
    }

    /**
     * The newest round with a figure against a goal, as the trend's latest point, for the home card:
     * it reads one round's sums (usually the newest) instead of every round's, as the trend does.
     */
    @RolesAllowed({Role.Names.HR, Role.Names.MANAGER})
    public Optional<TrendPoint> latest(long goalId) {
        RecommendationGoal goal = goals.goal(goalId);
        long population = visiblePopulation(goal);
        List<UnitFigures.Node> tree = tree();
        AnonymityRule rule = new AnonymityRule(floorSetting());
        List<SurveyRound> rounds = surveyRounds.rounds();
        for (int i = rounds.size() - 1; i >= 0; i--) {
            SurveyRound round = rounds.get(i);
            Figure figure = figures(round, tree, rule).stream()
                    .filter(f -> f.id() == population)
                    .findFirst()
                    .orElseThrow();
            if (figure.rate() != null) {
                return Optional.of(new TrendPoint(
                        round.getId(),
                        round.getName(),
                        round.getHeldOn(),
                        figure,
                        goal.path().expectedAt(round.getHeldOn())));
            }
        }
        return Optional.empty();
    }

    /** The goal's population (a unit, or the whole organisation), refused when the caller may not see it. */
    private long visiblePopulation(RecommendationGoal goal) {
        long population = goal.getPopulation() == null
                ? UnitFigures.ORGANISATION
                : goal.getPopulation().getId();
        Set<Long> visible = visibleUnits();
        if (visible != null && !visible.contains(population)) {
            throw PortalException.forbidden("recommendation.unit.notYours");
        }
        return population;
    }

    private int floorSetting() {
        try {
            int floor = Integer.parseInt(settings.value(FLOOR_SETTING, String.valueOf(AnonymityRule.DEFAULT_FLOOR))
                    .trim());
            return Math.max(AnonymityRule.LOWEST_FLOOR, floor);
        } catch (NumberFormatException e) {
            return AnonymityRule.DEFAULT_FLOOR;
        }
    }

    /** The units the caller may see, or null for all (HR). */
    private Set<Long> visibleUnits() {
        if (currentUser.holds(Role.HR)) {
            return null;
        }
        Set<Long> visible = new HashSet<>();
        visible.add(UnitFigures.ORGANISATION);
        currentUser
                .person()
                .ifPresent(person -> organisation.unitsManagedBy(person).forEach(unit -> visible.add(unit.getId())));
        return visible;
    }

    private List<UnitFigures.Node> tree() {
        List<UnitFigures.Node> nodes = new ArrayList<>();
        for (Organisation.UnitOutline unit : organisation.unitOutlines()) {
            nodes.add(new UnitFigures.Node(unit.id(), unit.parentId(), unit.code(), unit.name(), unit.headcount()));
        }
        return nodes;
    }

    private List<Figure> figures(SurveyRound round, List<UnitFigures.Node> tree, AnonymityRule rule) {
        return figuresMemo.figures(
                tree, unitSums.of(round.getId()), rule, round.getScale().hasEnps());
    }
}
