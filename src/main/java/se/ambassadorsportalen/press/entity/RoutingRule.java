package se.ambassadorsportalen.press.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.persistence.VersionedEntity;

/**
 * One of the organisation's routing rules: "when the condition holds, ask these kinds of
 * spokespeople, in this order". The rules and their order are data communicators change.
 */
@Entity
@Table(name = "press_routing_rule")
public class RoutingRule extends VersionedEntity {

    @Column(name = "rule_position", nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "rule_condition", nullable = false, length = 30)
    private RuleCondition condition;

    @Column(nullable = false, length = 200)
    private String targets;

    @Column(nullable = false)
    private boolean active = true;

    protected RoutingRule() {}

    public RoutingRule(int position, RuleCondition condition, List<RuleTarget> targets) {
        this.position = position;
        change(condition, targets, true);
    }

    public void change(RuleCondition newCondition, List<RuleTarget> newTargets, boolean isActive) {
        if (newCondition == null) {
            throw PortalException.invalidField("condition", "press.rule.conditionRequired");
        }
        if (newTargets == null || newTargets.isEmpty()) {
            throw PortalException.invalidField("targets", "press.rule.targetsRequired");
        }
        this.condition = newCondition;
        this.targets = newTargets.stream().distinct().map(Enum::name).collect(Collectors.joining(","));
        this.active = isActive;
    }

    public void moveTo(int newPosition) {
        this.position = newPosition;
    }

    public List<RuleTarget> targetList() {
        return Arrays.stream(targets.split(","))
                .map(String::trim)
                .map(RuleTarget::valueOf)
                .toList();
    }

    public int getPosition() {
        return position;
    }

    public RuleCondition getCondition() {
        return condition;
    }

    public String getTargets() {
        return targets;
    }

    public boolean isActive() {
        return active;
    }
}
