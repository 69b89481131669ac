package se.ambassadorsportalen.story.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.story.control.CalendarWarnings.Slot;
import se.ambassadorsportalen.story.control.CalendarWarnings.Warning;

class CalendarWarningsTest {

    private static final LocalDateTime TUESDAY_TEN = LocalDateTime.of(2026, 3, 10, 10, 0);

    @Test
    void greenTypeWithinLimitsInOfficeHoursHasNoWarning() {
        assertThat(CalendarWarnings.check(
                        new Slot("Webb", "Skryt", false, false, null, 5, TUESDAY_TEN), OfficeHours.standard()))
                .isEmpty();
    }

    @Test
    void redMaterialTypeForTheChannelIsWarned() {
        assertThat(CalendarWarnings.check(
                        new Slot("Instagram", "Politik", true, false, 3, 0, TUESDAY_TEN), OfficeHours.standard()))
                .extracting(Warning::key)
                .containsExactly("story.calendar.warn.red");
    }

    @Test
    void fourthPostOfTheDayOnTheRelayAccountIsWarnedTheThirdIsNot() {
        assertThat(CalendarWarnings.check(
                        new Slot("Instagram", "Skryt", false, false, 3, 2, TUESDAY_TEN), OfficeHours.standard()))
                .isEmpty();
        assertThat(CalendarWarnings.check(
                        new Slot("Instagram", "Skryt", false, false, 3, 3, TUESDAY_TEN), OfficeHours.standard()))
                .extracting(Warning::key)
                .containsExactly("story.calendar.warn.frequency");
    }

    @Test
    void debateProneTypeOutsideOfficeHoursIsWarned() {
        OfficeHours hours = OfficeHours.standard();
        assertThat(CalendarWarnings.check(
                        new Slot("Facebook", "Politik", false, true, null, 0, TUESDAY_TEN.withHour(19)), hours))
                .extracting(Warning::key)
                .containsExactly("story.calendar.warn.officeHours");
        assertThat(CalendarWarnings.check(
                        new Slot("Facebook", "Politik", false, true, null, 0, LocalDateTime.of(2026, 3, 14, 10, 0)),
                        hours))
                .extracting(Warning::key)
                .containsExactly("story.calendar.warn.officeHours");
        assertThat(CalendarWarnings.check(
                        new Slot("Facebook", "Politik", false, true, null, 0, TUESDAY_TEN.withHour(8)), hours))
                .isEmpty();
        assertThat(CalendarWarnings.check(
                        new Slot("Facebook", "Skryt", false, false, null, 0, TUESDAY_TEN.withHour(22)), hours))
                .isEmpty();
    }

    @Test
    void everyBrokenRuleIsWarnedAtOnce() {
        assertThat(CalendarWarnings.check(
                        new Slot("Instagram", "Politik", true, true, 3, 3, TUESDAY_TEN.withHour(23)),
                        OfficeHours.standard()))
                .hasSize(3);
    }
}
