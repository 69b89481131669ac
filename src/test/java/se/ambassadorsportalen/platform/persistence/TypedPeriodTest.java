package se.ambassadorsportalen.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.platform.PortalException;

class TypedPeriodTest {

    @Test
    void aMonthIsEveryDayOfThatMonth() {
        assertThat(TypedPeriod.of("received", "2026-11"))
                .isEqualTo(new TypedPeriod(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1)));
        assertThat(TypedPeriod.of("received", "2026-2"))
                .isEqualTo(new TypedPeriod(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1)));
    }

    @Test
    void aDayIsThatDayAndAYearThatYear() {
        assertThat(TypedPeriod.of("received", " 2026-11-05 "))
                .isEqualTo(new TypedPeriod(LocalDate.of(2026, 11, 5), LocalDate.of(2026, 11, 6)));
        assertThat(TypedPeriod.of("received", "2025"))
                .isEqualTo(new TypedPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1)));
    }

    @Test
    void theDanishPagesOrderOfDayMonthYearIsUnderstood() {
        assertThat(TypedPeriod.of("received", "05.11.2026"))
                .isEqualTo(new TypedPeriod(LocalDate.of(2026, 11, 5), LocalDate.of(2026, 11, 6)));
        assertThat(TypedPeriod.of("received", "11.2026"))
                .isEqualTo(new TypedPeriod(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1)));
    }

    @Test
    void thePeriodRunsFromMidnightToMidnightInThePortalsZone() {
        TypedPeriod november = TypedPeriod.of("received", "2026-11");
        assertThat(november.from()).isEqualTo(Instant.parse("2026-10-31T23:00:00Z"));
        assertThat(november.until()).isEqualTo(Instant.parse("2026-11-30T23:00:00Z"));
    }

    @Test
    void noTextIsNoFilter() {
        assertThat(TypedPeriod.of("received", "  ")).isNull();
        assertThat(TypedPeriod.of("received", null)).isNull();
    }

    @Test
    void textThatIsNoDateIsRefusedAtItsFieldWithTheTextInTheMessage() {
        for (String typed : new String[] {"nästa vecka", "2026-13", "2026-11-31", "11/2026", "0001-01"}) {
            assertThatThrownBy(() -> TypedPeriod.of("deadline", typed))
                    .as(typed)
                    .isInstanceOfSatisfying(PortalException.class, refusal -> {
                        assertThat(refusal.field()).isEqualTo("deadline");
                        assertThat(refusal.key()).isEqualTo("platform.filter.noDate");
                        assertThat(refusal.arguments()).containsExactly(typed);
                    });
        }
    }
}
