package se.ambassadorsportalen.story.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** Where a dragged calendar entry lands. */
class CalendarMoveTest {

    private static final LocalDateTime SHOWN = LocalDateTime.of(2026, 3, 10, 10, 0);

    @Test
    void entryDraggedOneDayOnAndNinetyMinutesLaterLandsThere() {
        assertThat(CalendarMove.target(SHOWN, 0, 0, 1, 90)).isEqualTo(LocalDateTime.of(2026, 3, 11, 11, 30));
    }

    @Test
    void entryDraggedBackAcrossAMonthEndLandsInThePreviousMonth() {
        assertThat(CalendarMove.target(LocalDateTime.of(2026, 3, 2, 9, 0), 0, 0, -3, -60))
                .isEqualTo(LocalDateTime.of(2026, 2, 27, 8, 0));
    }

    @Test
    void entryDraggedInTheMonthViewKeepsItsTimeOfDay() {
        assertThat(CalendarMove.target(SHOWN, 0, 1, 2, 0)).isEqualTo(LocalDateTime.of(2026, 4, 12, 10, 0));
    }

    @Test
    void entryDroppedWhereItWasIsNotAMove() {
        assertThat(CalendarMove.moves(0, 0, 0, 0)).isFalse();
        assertThat(CalendarMove.moves(0, 0, 0, 30)).isTrue();
        assertThat(CalendarMove.moves(0, 0, -1, 0)).isTrue();
    }

    @Test
    void entryWithoutAShownTimeCannotBeMoved() {
        assertThatThrownBy(() -> CalendarMove.target(null, 0, 0, 1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void entryIdCarriesThePlacementAndTheTimeTheCalendarShowed() {
        CalendarMove.Entry entry = new CalendarMove.Entry(42, SHOWN);

        assertThat(CalendarMove.Entry.of(entry.id())).contains(entry);
    }

    @Test
    void idThatNamesNoEntryIsNone() {
        assertThat(CalendarMove.Entry.of(null)).isEmpty();
        assertThat(CalendarMove.Entry.of("42")).isEmpty();
        assertThat(CalendarMove.Entry.of("@2026-03-10T10:00")).isEmpty();
        assertThat(CalendarMove.Entry.of("x@2026-03-10T10:00")).isEmpty();
        assertThat(CalendarMove.Entry.of("42@yesterday")).isEmpty();
    }
}
