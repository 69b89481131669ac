package se.ambassadorsportalen.brandplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.brandplan.api.PlanEntry;
import se.ambassadorsportalen.brandplan.api.PlanKind;
import se.ambassadorsportalen.brandplan.api.Wording;
import se.ambassadorsportalen.brandplan.boundary.BrandPlan;

class BrandPlanLabelsTest {

    private static PlanEntry association(String code, boolean active) {
        return new PlanEntry(
                1, 0, PlanKind.ASSOCIATION, code, active, null, Map.of("sv", new Wording(code, null, null)));
    }

    private final BrandPlanLabels labels = new BrandPlanLabels();

    {
        labels.plan = new BrandPlan() {
            @Override
            public List<PlanEntry> entries(PlanKind kind) {
                return List.of(association("CLOSE", true), association("OLD", false), association("OLDER", false));
            }
        };
    }

    private List<String> codes(List<PlanEntry> entries) {
        return entries.stream().map(PlanEntry::code).toList();
    }

    @Test
    void anEditorOffersTheActiveRecordsAndTheRetiredOnesItsContentAlreadyCarries() {
        assertThat(codes(labels.associationChoices(Set.of()))).containsExactly("CLOSE");
        assertThat(codes(labels.associationChoices(Set.of("OLD")))).containsExactly("CLOSE", "OLD");
        assertThat(codes(labels.associationChoice(null))).containsExactly("CLOSE");
        assertThat(codes(labels.associationChoice("OLDER"))).containsExactly("CLOSE", "OLDER");
    }
}
