package se.ambassadorsportalen.policy.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnitCoverageTest {

    @Test
    void shareIsRoundedDownSoOnlyEveryoneMakesAHundred() {
        assertThat(new UnitCoverage(1, "A", "A", 2, 3).share()).isEqualTo(66);
        assertThat(new UnitCoverage(1, "A", "A", 47, 48).share()).isEqualTo(97);
        assertThat(new UnitCoverage(1, "A", "A", 48, 48).share()).isEqualTo(100);
    }

    @Test
    void unitWithoutStaffHasZeroShare() {
        assertThat(new UnitCoverage(1, "A", "A", 0, 0).share()).isZero();
    }

    @Test
    void totalAddsUpUnits() {
        UnitCoverage total = UnitCoverage.total(0, "", "Alla", List.of(new UnitCoverage(1, "A", "A", 1, 4),
                new UnitCoverage(2, "B", "B", 3, 4)));

        assertThat(total.acknowledged()).isEqualTo(4);
        assertThat(total.total()).isEqualTo(8);
        assertThat(total.missing()).isEqualTo(4);
        assertThat(total.share()).isEqualTo(50);
    }

    @Test
    void moreAcknowledgedThanStaffIsImpossible() {
        assertThatThrownBy(() -> new UnitCoverage(1, "A", "A", 5, 4)).isInstanceOf(IllegalArgumentException.class);
    }
}
