package se.ambassadorsportalen.recommendation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import se.ambassadorsportalen.organisation.entity.Unit;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.persistence.VersionedEntity;
import se.ambassadorsportalen.recommendation.control.GoalPath;

/**
 * A goal for the share who would recommend us: baseline, target and deadline for the whole
 * organisation (no unit) or one administration. Goals are rows, so the next plan's goal is a
 * new row rather than a code change.
 */
@Entity
@Table(name = "rec_goal")
public class RecommendationGoal extends VersionedEntity {

    @NotBlank(message = "{recommendation.goal.name.required}")
    @Size(max = 200)
    @Column(nullable = false, length = 200)
    private String name;

    /** Shares 0–1. */
    @Column(nullable = false)
    private double baseline;

    @Column(nullable = false)
    private double target;

    @Column(name = "baseline_date", nullable = false)
    private LocalDate baselineDate;

    @Column(nullable = false)
    private LocalDate deadline;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    private Unit population;

    protected RecommendationGoal() {}

    /** Shares as percentages 0–100, as HR writes them. */
    public static RecommendationGoal of(
            String name,
            double baselinePercent,
            double targetPercent,
            LocalDate baselineDate,
            LocalDate deadline,
            Unit population) {
        if (name == null || name.isBlank()) {
            throw PortalException.invalidField("name", "recommendation.goal.name.required");
        }
        if (baselinePercent < 0 || baselinePercent > 100) {
            throw PortalException.invalidField("baseline", "recommendation.goal.percent");
        }
        if (targetPercent < 0 || targetPercent > 100) {
            throw PortalException.invalidField("target", "recommendation.goal.percent");
        }
        if (baselineDate == null) {
            throw PortalException.invalidField("baselineDate", "recommendation.goal.baselineDate.required");
        }
        if (deadline == null || !deadline.isAfter(baselineDate)) {
            throw PortalException.invalidField("deadline", "recommendation.goal.deadline.afterBaseline");
        }
        RecommendationGoal goal = new RecommendationGoal();
        goal.name = name.trim();
        goal.baseline = baselinePercent / 100;
        goal.target = targetPercent / 100;
        goal.baselineDate = baselineDate;
        goal.deadline = deadline;
        goal.population = population;
        return goal;
    }

    public GoalPath path() {
        return new GoalPath(baselineDate, baseline, deadline, target);
    }

    public String getName() {
        return name;
    }

    public double getBaseline() {
        return baseline;
    }

    public double getTarget() {
        return target;
    }

    public LocalDate getBaselineDate() {
        return baselineDate;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    /** The administration the goal is for, or null for the whole organisation. */
    public Unit getPopulation() {
        return population;
    }
}
