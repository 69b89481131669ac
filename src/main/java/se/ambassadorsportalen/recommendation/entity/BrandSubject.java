package se.ambassadorsportalen.recommendation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * What a goal-1 or goal-2 line and its measurements are about: the goal (1 attitude, 2 knowledge),
 * the target group and the brand association or knowledge question. A measurement belongs to the
 * goal lines with the same subject.
 */
@Embeddable
public class BrandSubject {

    @Column(name = "goal_number", nullable = false)
    private int goalNumber;

    @Column(name = "target_group", nullable = false, length = 40)
    private String targetGroup;

    @Column(nullable = false, length = 40)
    private String subject;

    protected BrandSubject() {}

    public BrandSubject(int goalNumber, String targetGroup, String subject) {
        this.goalNumber = goalNumber;
        this.targetGroup = targetGroup;
        this.subject = subject;
    }

    public int goalNumber() {
        return goalNumber;
    }

    public String targetGroup() {
        return targetGroup;
    }

    public String subject() {
        return subject;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BrandSubject that
                && goalNumber == that.goalNumber
                && Objects.equals(targetGroup, that.targetGroup)
                && Objects.equals(subject, that.subject);
    }

    @Override
    public int hashCode() {
        return Objects.hash(goalNumber, targetGroup, subject);
    }
}
