package se.ambassadorsportalen.press.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.platform.PortalException;

class OnCallShiftTest {

    static final LocalDateTime FRIDAY_EVENING = LocalDateTime.of(2026, 12, 4, 17, 0);

    static Spokesperson communicator() {
        return new Spokesperson(SpokespersonTest.employee("Petra"), SpokespersonKind.COMMUNICATIONS, "Pressansvarig");
    }

    @Test
    void shiftCoversFromItsStartUpToButNotIncludingItsEnd() {
        OnCallShift shift = new OnCallShift(communicator(), at(FRIDAY_EVENING), at(FRIDAY_EVENING.plusDays(3)));

        assertThat(shift.covers(at(FRIDAY_EVENING))).isTrue();
        assertThat(shift.covers(at(FRIDAY_EVENING.plusDays(2)))).isTrue();
        assertThat(shift.covers(at(FRIDAY_EVENING.plusDays(3)))).isFalse();
        assertThat(shift.covers(at(FRIDAY_EVENING.minusMinutes(1)))).isFalse();
    }

    @Test
    void shiftWithoutAStartIsRefusedAtTheStartAndOneThatEndsTooEarlyAtTheEnd() {
        assertThatThrownBy(() -> new OnCallShift(communicator(), null, at(FRIDAY_EVENING)))
                .isInstanceOfSatisfying(
                        PortalException.class, e -> assertThat(e.field()).isEqualTo("starts"));
        assertThatThrownBy(() -> new OnCallShift(communicator(), at(FRIDAY_EVENING), at(FRIDAY_EVENING)))
                .isInstanceOfSatisfying(
                        PortalException.class, e -> assertThat(e.field()).isEqualTo("ends"));
        assertThatThrownBy(() -> new OnCallShift(communicator(), at(FRIDAY_EVENING), null))
                .isInstanceOfSatisfying(
                        PortalException.class, e -> assertThat(e.field()).isEqualTo("ends"));
    }

    @Test
    void shiftNeedsSomeoneToHoldIt() {
        assertThatThrownBy(() -> new OnCallShift(null, at(FRIDAY_EVENING), at(FRIDAY_EVENING.plusHours(4))))
                .isInstanceOfSatisfying(
                        PortalException.class, e -> assertThat(e.field()).isEqualTo("spokesperson"));
    }

    /** A wall-clock time of these tests as the instant the entity records. */
    private static java.time.Instant at(java.time.LocalDateTime wallClock) {
        return se.ambassadorsportalen.platform.time.PortalTime.typed(wallClock);
    }
}
