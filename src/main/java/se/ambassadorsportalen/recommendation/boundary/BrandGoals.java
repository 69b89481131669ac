package se.ambassadorsportalen.recommendation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.ambassadorsportalen.brandplan.api.PlanEntry;
import se.ambassadorsportalen.brandplan.api.PlanKind;
import se.ambassadorsportalen.brandplan.boundary.BrandPlan;
import se.ambassadorsportalen.organisation.boundary.CurrentUser;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.i18n.Languages;
import se.ambassadorsportalen.platform.i18n.Messages;
import se.ambassadorsportalen.platform.imports.RowProblems;
import se.ambassadorsportalen.platform.security.Role;
import se.ambassadorsportalen.platform.time.PortalTime;
import se.ambassadorsportalen.recommendation.control.BrandMeasurementFile;
import se.ambassadorsportalen.recommendation.control.GoalPath;
import se.ambassadorsportalen.recommendation.control.GoalStanding;
import se.ambassadorsportalen.recommendation.control.Proportion;
import se.ambassadorsportalen.recommendation.entity.BrandGoal;
import se.ambassadorsportalen.recommendation.entity.BrandMeasurement;
import se.ambassadorsportalen.recommendation.entity.BrandSubject;
import se.ambassadorsportalen.recommendation.entity.KnowledgeQuestion;
import se.ambassadorsportalen.recommendation.entity.RecommendationGoal;

/**
 * The employer-brand plan's three goals side by side: goal 1 (attitude: how strongly each target
 * group links us to each brand association) and goal 2 (knowledge: per target group, the share who
 * know us, our offer, what sets us apart) from target-group surveys, and goal 3 (the share of
 * employees who would recommend us) from the employee survey. Each goal line has its straight path
 * from baseline to target, the latest measurement with its 95 % interval, and where it stands; a
 * measurement with fewer respondents than the anonymity floor is never shown on its own. HR imports
 * the surveys; HR, communicators and managers read.
 */
@Stateless
public class BrandGoals {

    /** Survey result files are a few hundred rows; anything larger is not one. */
    public static final int MAX_FILE_BYTES = 2 * 1024 * 1024;

    /** Goal 1 or 2 for one target group and subject, against its latest measurement. */
    public record GoalLine(
            BrandGoal goal,
            GoalStanding standing,
            Double share,
            Double low,
            Double high,
            Integer respondents,
            LocalDate measuredOn,
            Double expected,
            int measurements) {}

    /** Goal 3 against the employee survey's latest organisation-wide rate. */
    public record RecommendationLine(
            RecommendationGoal goal,
            GoalStanding standing,
            Double rate,
            Double low,
            Double high,
            Long answers,
            String roundName,
            LocalDate heldOn,
            Double expected) {}

    /** The whole plan: goal 3 (null without one) and the lines of goals 1 and 2. */
    public record Overview(
            RecommendationLine recommendation, List<GoalLine> attitude, List<GoalLine> knowledge, int floor) {

        /** How many of every goal line stand in each way, for the plain-language summary. */
        public Map<GoalStanding, Long> count() {
            Map<GoalStanding, Long> counts = new HashMap<>();
            attitude.forEach(line -> counts.merge(line.standing(), 1L, Long::sum));
            knowledge.forEach(line -> counts.merge(line.standing(), 1L, Long::sum));
            if (recommendation != null) {
                counts.merge(recommendation.standing(), 1L, Long::sum);
            }
            return counts;
        }
    }

    /** A new goal-1 or goal-2 line: shares in percent. */
    public record GoalDetails(
            Integer goal,
            String targetGroup,
            String subject,
            Double baselinePercent,
            LocalDate baselineDate,
            Double targetPercent,
            LocalDate deadline) {}

    /** What an import did. */
    public record ImportReport(boolean imported, int rows, RowProblems problems) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    RecommendationGoals recommendationGoals;

    @Inject
    RecommendationRates rates;

    @Inject
    CurrentUser currentUser;

    @Inject
    BrandPlan plan;

    Clock clock = Clock.system(PortalTime.zone());

    @RolesAllowed({Role.Names.HR, Role.Names.COMMUNICATOR, Role.Names.MANAGER})
    public Overview overview() {
        int floor = rates.floor();
        LocalDate today = LocalDate.now(clock);
        List<BrandGoal> goals = em.createQuery(
                        "select g from BrandGoal g order by g.about.goalNumber,"
                                + " g.about.targetGroup, g.about.subject, g.deadline desc",
                        BrandGoal.class)
                .getResultList();
        Map<BrandSubject, List<BrandMeasurement>> measured = em.createQuery(
                        "select m from BrandMeasurement m" + " order by m.measuredOn", BrandMeasurement.class)
                .getResultStream()
                .collect(Collectors.groupingBy(BrandMeasurement::getAbout));
        List<GoalLine> lines = goals.stream()
                .map(goal -> line(goal, measured.getOrDefault(goal.getAbout(), List.of()), floor, today))
                .toList();
        return new Overview(
                recommendation(floor, today),
                lines.stream()
                        .filter(l -> l.goal().getGoalNumber() == BrandGoal.ATTITUDE)
                        .toList(),
                lines.stream()
                        .filter(l -> l.goal().getGoalNumber() == BrandGoal.KNOWLEDGE)
                        .toList(),
                floor);
    }

    static GoalLine line(BrandGoal goal, List<BrandMeasurement> measurements, int floor, LocalDate today) {
        GoalPath path = goal.path();
        BrandMeasurement latest = measurements.stream()
                .filter(m -> !m.getMeasuredOn().isBefore(goal.getBaselineDate()))
                .max(Comparator.comparing(BrandMeasurement::getMeasuredOn))
                .orElse(null);
        if (latest == null) {
            return new GoalLine(goal, GoalStanding.NOT_MEASURED, null, null, null, null, null, null, 0);
        }
        GoalStanding standing =
                GoalStanding.of(path, latest.getShare(), latest.getMeasuredOn(), latest.getRespondents(), floor, today);
        if (standing == GoalStanding.TOO_FEW) {
            return new GoalLine(
                    goal,
                    standing,
                    null,
                    null,
                    null,
                    null,
                    latest.getMeasuredOn(),
                    path.expectedAt(latest.getMeasuredOn()),
                    measurements.size());
        }
        Proportion.Interval interval = latest.proportion().wilson95();
        return new GoalLine(
                goal,
                standing,
                latest.getShare(),
                interval.low(),
                interval.high(),
                latest.getRespondents(),
                latest.getMeasuredOn(),
                path.expectedAt(latest.getMeasuredOn()),
                measurements.size());
    }

    private RecommendationLine recommendation(int floor, LocalDate today) {
        Optional<RecommendationGoal> goal = recommendationGoals.goals().stream()
                .filter(g -> g.getPopulation() == null)
                .findFirst();
        if (goal.isEmpty()) {
            return null;
        }
        RecommendationRates.Trend trend = rates.trend(goal.get().getId());
        RecommendationRates.TrendPoint latest = trend.latest();
        if (latest == null) {
            return new RecommendationLine(
                    goal.get(), GoalStanding.NOT_MEASURED, null, null, null, null, null, null, null);
        }
        GoalStanding standing = GoalStanding.of(
                goal.get().path(),
                latest.figure().rate(),
                latest.heldOn(),
                latest.figure().answers(),
                floor,
                today);
        return new RecommendationLine(
                goal.get(),
                standing,
                latest.figure().rate(),
                latest.figure().low(),
                latest.figure().high(),
                latest.figure().answers(),
                latest.roundName(),
                latest.heldOn(),
                latest.expected());
    }

    @RolesAllowed(Role.Names.HR)
    public BrandGoal create(GoalDetails details) {
        if (details == null || details.goal() == null) {
            throw PortalException.invalidField("goal", "recommendation.brandGoal.number");
        }
        if (details.baselinePercent() == null) {
            throw PortalException.invalidField("baseline", "recommendation.goal.percent");
        }
        if (details.targetPercent() == null) {
            throw PortalException.invalidField("target", "recommendation.goal.percent");
        }
        String group =
                details.targetGroup() == null ? null : details.targetGroup().trim();
        if (group == null || group.isEmpty()) {
            throw PortalException.invalidField("targetGroup", "recommendation.brandGoal.targetGroup");
        }
        plan.checkChoice(PlanKind.TARGET_GROUP, Set.of(group), Set.of(), "targetGroup");
        String subject = details.subject() == null ? null : details.subject().trim();
        if (subject == null || subject.isEmpty()) {
            throw PortalException.invalidField("subject", "recommendation.brandGoal.subject");
        }
        if (details.goal() == BrandGoal.ATTITUDE) {
            plan.checkChoice(PlanKind.ASSOCIATION, Set.of(subject), Set.of(), "subject");
        } else if (java.util.Arrays.stream(KnowledgeQuestion.values())
                .noneMatch(q -> q.name().equals(subject))) {
            throw PortalException.invalidField("subject", "recommendation.brandGoal.subject");
        }
        BrandGoal goal = BrandGoal.of(
                details.goal(),
                group,
                subject,
                details.baselinePercent(),
                details.baselineDate(),
                details.targetPercent(),
                details.deadline());
        em.persist(goal);
        return goal;
    }

    /** The bundle key prefix of goal 2's knowledge questions. */
    public static final String QUESTION_LABEL = "recommendation.knowledge.";

    /** Imports a target-group survey's results: all or nothing. */
    @RolesAllowed(Role.Names.HR)
    public ImportReport importMeasurements(String fileName, byte[] bytes) {
        if (bytes != null && bytes.length > MAX_FILE_BYTES) {
            RowProblems tooLarge = new RowProblems();
            tooLarge.add(0, "platform.import.tooLarge", MAX_FILE_BYTES / 1024 / 1024);
            return new ImportReport(false, 0, tooLarge);
        }
        List<BrandGoal> goals =
                em.createQuery("select g from BrandGoal g", BrandGoal.class).getResultList();
        Map<String, PlanEntry> groupEntries = byCode(PlanKind.TARGET_GROUP);
        Map<String, PlanEntry> associationEntries = byCode(PlanKind.ASSOCIATION);
        Map<String, String> groups = new HashMap<>();
        Map<String, BrandMeasurementFile.Subject> subjects = new HashMap<>();
        for (BrandGoal goal : goals) {
            names(groupEntries.get(goal.getTargetGroup()), goal.getTargetGroup())
                    .forEach(name -> groups.put(name, goal.getTargetGroup()));
            List<String> subjectNames = goal.getGoalNumber() == BrandGoal.ATTITUDE
                    ? names(associationEntries.get(goal.getSubject()), goal.getSubject())
                    : questionNames(goal.getSubject());
            subjectNames.forEach(name ->
                    subjects.put(name, new BrandMeasurementFile.Subject(goal.getGoalNumber(), goal.getSubject())));
        }
        BrandMeasurementFile.Result result = BrandMeasurementFile.read(
                bytes,
                text -> Optional.ofNullable(groups.get(normal(text))),
                text -> Optional.ofNullable(subjects.get(normal(text))));
        if (!result.isValid()) {
            return new ImportReport(false, 0, result.problems());
        }
        String name = fileName == null || fileName.isBlank() ? "upload" : fileName.strip();
        name = name.length() > 255 ? name.substring(0, 255) : name;
        Instant now = PortalTime.moment(clock);
        for (BrandMeasurementFile.Row row : result.rows()) {
            // A newer file for the same group, subject and date replaces the older figure.
            BrandSubject about = new BrandSubject(row.goalNumber(), row.targetGroup(), row.subject());
            em.createQuery("delete from BrandMeasurement m where m.about = :about and m.measuredOn = :on")
                    .setParameter("about", about)
                    .setParameter("on", row.measuredOn())
                    .executeUpdate();
            em.persist(new BrandMeasurement(
                    about, row.measuredOn(), row.share(), row.respondents(), name, currentUser.username(), now));
        }
        return new ImportReport(true, result.rows().size(), result.problems());
    }

    private Map<String, PlanEntry> byCode(PlanKind kind) {
        Map<String, PlanEntry> entries = new HashMap<>();
        plan.entries(kind).forEach(entry -> entries.put(entry.code(), entry));
        return entries;
    }

    /**
     * The names a target group or association may be written as in a file: its code and its
     * current name in each language (a file written before a rename uses the code, or the new name).
     */
    private static List<String> names(PlanEntry entry, String code) {
        List<String> names = new ArrayList<>();
        names.add(normal(code));
        if (entry != null) {
            entry.texts().values().forEach(wording -> names.add(normal(wording.name())));
        }
        return names;
    }

    /** The names a knowledge question may be written as: its code and its label in each language. */
    private static List<String> questionNames(String code) {
        List<String> names = new ArrayList<>(List.of(normal(code)));
        Languages.SUPPORTED.forEach(locale -> names.add(normal(Messages.text(locale, QUESTION_LABEL + code))));
        return names;
    }

    private static String normal(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
