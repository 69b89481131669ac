package se.ambassadorsportalen.recommendation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
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
        if (group == null || !Messages.exists(TARGET_GROUP_LABEL + group)) {
            throw PortalException.invalidField("targetGroup", "recommendation.brandGoal.targetGroup");
        }
        String subject = details.subject() == null ? null : details.subject().trim();
        boolean known = details.goal() == BrandGoal.ATTITUDE
                ? Messages.exists(ASSOCIATION_LABEL + subject)
                : java.util.Arrays.stream(KnowledgeQuestion.values())
                        .anyMatch(q -> q.name().equals(subject));
        if (subject == null || !known) {
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

    /**
     * The bundle key prefixes of the employer brand's target groups and associations. They are the
     * story module's enums today; their labels are the shared vocabulary this module reads, so it
     * needs no class of the story module and keeps working when those become data.
     */
    public static final String TARGET_GROUP_LABEL = "story.target.";

    public static final String ASSOCIATION_LABEL = "story.brand.";
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
        Map<String, String> groups = new HashMap<>();
        Map<String, BrandMeasurementFile.Subject> subjects = new HashMap<>();
        for (BrandGoal goal : goals) {
            names(TARGET_GROUP_LABEL, goal.getTargetGroup()).forEach(name -> groups.put(name, goal.getTargetGroup()));
            String prefix = goal.getGoalNumber() == BrandGoal.ATTITUDE ? ASSOCIATION_LABEL : QUESTION_LABEL;
            names(prefix, goal.getSubject())
                    .forEach(name -> subjects.put(
                            name, new BrandMeasurementFile.Subject(goal.getGoalNumber(), goal.getSubject())));
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
        LocalDateTime now = PortalTime.now(clock);
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

    /** The names a code may be written as in a file: the code and its label in each language. */
    private static List<String> names(String prefix, String code) {
        return List.of(
                normal(code),
                normal(Messages.text(Languages.DEFAULT, prefix + code)),
                normal(Messages.text(Locale.ENGLISH, prefix + code)));
    }

    private static String normal(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
