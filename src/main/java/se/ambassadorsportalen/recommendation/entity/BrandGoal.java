package se.ambassadorsportalen.recommendation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.persistence.VersionedEntity;
import se.ambassadorsportalen.recommendation.control.GoalPath;

/**
 * Goal 1 or 2 of the employer-brand plan for one target group: for goal 1 (attitude) the share who
 * link us strongly to one brand association, for goal 2 (knowledge) the share who answer yes to one
 * knowledge question; with a baseline, its date, a target and a deadline, like goal 3's
 * {@link RecommendationGoal}. Target groups and associations are the stable codes of the
 * employer-brand plan's records (brandplan module: INTERNAL, MAKE_A_DIFFERENCE, ...): a rename
 * changes their names, never the goal lines or the measurements grouped by them.
 */
@Entity
@Table(name = "rec_brand_goal")
public class BrandGoal extends VersionedEntity {

    public static final int ATTITUDE = 1;
    public static final int KNOWLEDGE = 2;

    @Embedded
    private BrandSubject about;

    @Column(nullable = false)
    private double baseline;

    @Column(name = "baseline_date", nullable = false)
    private LocalDate baselineDate;

    @Column(nullable = false)
    private double target;

    @Column(nullable = false)
    private LocalDate deadline;

    protected BrandGoal() {}

    /** Shares in percent 0–100 as the plan writes them. */
    public static BrandGoal of(
            int goalNumber,
            String targetGroup,
            String subject,
            double baselinePercent,
            LocalDate baselineDate,
            double targetPercent,
            LocalDate deadline) {
        if (goalNumber != ATTITUDE && goalNumber != KNOWLEDGE) {
            throw PortalException.invalidField("goal", "recommendation.brandGoal.number");
        }
        if (targetGroup == null || targetGroup.isBlank()) {
            throw PortalException.invalidField("targetGroup", "recommendation.brandGoal.targetGroup");
        }
        if (subject == null || subject.isBlank()) {
            throw PortalException.invalidField("subject", "recommendation.brandGoal.subject");
        }
        if (baselinePercent < 0 || baselinePercent > 100 || Double.isNaN(baselinePercent)) {
            throw PortalException.invalidField("baseline", "recommendation.goal.percent");
        }
        if (targetPercent < 0 || targetPercent > 100 || Double.isNaN(targetPercent)) {
            throw PortalException.invalidField("target", "recommendation.goal.percent");
        }
        if (baselineDate == null) {
            throw PortalException.invalidField("baselineDate", "recommendation.goal.baselineDate.required");
        }
        if (deadline == null || !deadline.isAfter(baselineDate)) {
            throw PortalException.invalidField("deadline", "recommendation.goal.deadline.afterBaseline");
        }
        BrandGoal goal = new BrandGoal();
        goal.about = new BrandSubject(goalNumber, targetGroup, subject);
        goal.baseline = baselinePercent / 100;
        goal.baselineDate = baselineDate;
        goal.target = targetPercent / 100;
        goal.deadline = deadline;
        return goal;
    }

    public GoalPath path() {
        return new GoalPath(baselineDate, baseline, deadline, target);
    }

    public BrandSubject getAbout() {
        return about;
    }

    public int getGoalNumber() {
        return about.goalNumber();
    }

    public String getTargetGroup() {
        return about.targetGroup();
    }

    public String getSubject() {
        return about.subject();
    }

    public double getBaseline() {
        return baseline;
    }

    public LocalDate getBaselineDate() {
        return baselineDate;
    }

    public double getTarget() {
        return target;
    }

    public LocalDate getDeadline() {
        return deadline;
    }
}
