package se.ambassadorsportalen.press.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.platform.PortalException;

class RoutingRuleTest {

    @Test
    void ruleKeepsItsTargetsInTheOrderGivenAndEachOnce() {
        RoutingRule rule = new RoutingRule(4, RuleCondition.ONE_AREA, List.of(RuleTarget.MANAGER));

        rule.change(RuleCondition.ONE_AREA, List.of(RuleTarget.EXPERT, RuleTarget.MANAGER, RuleTarget.EXPERT), false);

        assertThat(rule.targetList()).containsExactly(RuleTarget.EXPERT, RuleTarget.MANAGER);
        assertThat(rule.isActive()).isFalse();
    }

    @Test
    void ruleWithoutAConditionOrTargetsIsRefusedAtThatFieldAndLeftAsItWas() {
        RoutingRule rule = new RoutingRule(1, RuleCondition.POLITICAL, List.of(RuleTarget.ELECTED_OFFICIAL));

        assertThatThrownBy(() -> rule.change(null, List.of(RuleTarget.COORDINATOR), true))
                .isInstanceOfSatisfying(
                        PortalException.class, e -> assertThat(e.field()).isEqualTo("condition"));
        assertThatThrownBy(() -> rule.change(RuleCondition.ANY, List.of(), true))
                .isInstanceOfSatisfying(
                        PortalException.class, e -> assertThat(e.field()).isEqualTo("targets"));
        assertThat(rule.getCondition()).isEqualTo(RuleCondition.POLITICAL);
        assertThat(rule.targetList()).containsExactly(RuleTarget.ELECTED_OFFICIAL);
    }
}
