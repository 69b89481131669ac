package se.ambassadorsportalen.brandplan.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.brandplan.api.PlanEntry;
import se.ambassadorsportalen.brandplan.api.PlanKind;
import se.ambassadorsportalen.brandplan.api.Wording;

class BrandPlanTest {

    private static PlanEntry group(String code, String parent) {
        return new PlanEntry(
                1, 0, PlanKind.TARGET_GROUP, code, true, parent, Map.of("sv", new Wording(code, null, null)));
    }

    @Test
    void targetGroupsAreListedEachMainGroupFollowedByItsSubGroups() {
        List<PlanEntry> ordered = BrandPlan.treeOrder(List.of(
                group("INTERNAL", null),
                group("PUPILS", "STUDENTS"),
                group("STUDENTS", null),
                group("MANAGERS", "INTERNAL"),
                group("FORMER", "POTENTIAL")));
        assertThat(ordered.stream().map(PlanEntry::code))
                .containsExactly("INTERNAL", "MANAGERS", "STUDENTS", "PUPILS", "FORMER");
    }
}
