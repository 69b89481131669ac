package se.ambassadorsportalen.ambassador.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.ambassador.entity.IsoWeek;

class RotaPlanTest {

    @Test
    void theComingEightWeeksShowConfirmedRequestedAndGaps() {
        LocalDate today = LocalDate.of(2026, 11, 25); // week 48
        Map<IsoWeek, RotaPlan.Known> known = Map.of(
                IsoWeek.parse("2026-W49"), new RotaPlan.Known("Linnea Strand", 0),
                IsoWeek.parse("2026-W50"), new RotaPlan.Known(null, 2),
                IsoWeek.parse("2026-W51"), new RotaPlan.Known(null, 0));

        List<RotaPlan.Slot> slots = RotaPlan.ahead(today, RotaPlan.HORIZON_WEEKS, known);

        assertThat(slots).hasSize(8);
        assertThat(slots.get(0).week()).hasToString("2026-W49");
        assertThat(slots.get(7).week()).hasToString("2027-W03");
        assertThat(slots)
                .extracting(RotaPlan.Slot::state)
                .startsWith(RotaPlan.State.CONFIRMED, RotaPlan.State.REQUESTED, RotaPlan.State.GAP, RotaPlan.State.GAP);
        assertThat(RotaPlan.gaps(slots)).hasSize(7);
        assertThat(slots.get(0).confirmedName()).isEqualTo("Linnea Strand");
    }
}
