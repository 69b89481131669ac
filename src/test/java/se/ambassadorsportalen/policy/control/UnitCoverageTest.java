package se.ambassadorsportalen.policy.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnitCoverageTest {

    @Test
    void shareIsRoundedToTheNearestWholePerCent() {
        assertThat(new UnitCoverage(1, "A", "A", 1, 6).share()).isEqualTo(17);
        assertThat(new UnitCoverage(1, "A", "A", 2, 3).share()).isEqualTo(67);
        assertThat(new UnitCoverage(1, "A", "A", 1, 8).share())
                .as("12.5 rounds half up")
                .isEqualTo(13);
        assertThat(new UnitCoverage(1, "A", "A", 47, 48).share()).isEqualTo(98);
    }

    @Test
    void onlyEveryoneMakesAHundredAndOnlyNobodyMakesZero() {
        assertThat(new UnitCoverage(1, "A", "A", 199, 200).share()).isEqualTo(99);
        assertThat(new UnitCoverage(1, "A", "A", 200, 200).share()).isEqualTo(100);
        assertThat(new UnitCoverage(1, "A", "A", 1, 300).share()).isEqualTo(1);
        assertThat(new UnitCoverage(1, "A", "A", 0, 300).share()).isZero();
    }

    @Test
    void unitWithoutStaffHasZeroShare() {
        assertThat(new UnitCoverage(1, "A", "A", 0, 0).share()).isZero();
    }

    @Test
    void totalAddsUpUnits() {
        UnitCoverage total = UnitCoverage.total(
                0, "", "Alla", List.of(new UnitCoverage(1, "A", "A", 1, 4), new UnitCoverage(2, "B", "B", 3, 4)));

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
