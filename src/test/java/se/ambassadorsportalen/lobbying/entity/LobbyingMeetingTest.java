package se.ambassadorsportalen.lobbying.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.platform.PortalException;

class LobbyingMeetingTest {

    private static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");

    private static MeetingDetails details(String issue) {
        return new MeetingDetails(
                LocalDate.of(2026, 11, 20),
                " Anna Berg ",
                "Vårdförbundet",
                issue,
                "Vi vill ha en egen bemanningspool.",
                "https://example.org/protokoll.pdf");
    }

    @Test
    void aRecordedMeetingIsPublishedWithItsFirstRevision() {
        LobbyingMeeting meeting = LobbyingMeeting.record(details("Bemanning"), "klara", NOW);

        assertThat(meeting.getStatus()).isEqualTo(MeetingStatus.PUBLISHED);
        assertThat(meeting.getDetails().ourPeople()).isEqualTo("Anna Berg");
        assertThat(meeting.getRevisions()).singleElement().satisfies(r -> {
            assertThat(r.getNumber()).isEqualTo(1);
            assertThat(r.getDetails().issue()).isEqualTo("Bemanning");
        });
    }

    @Test
    void aCorrectionKeepsTheEarlierWordingInTheHistoryWithItsNote() {
        LobbyingMeeting meeting = LobbyingMeeting.record(details("Bemaning"), "klara", NOW);

        meeting.correct(details("Bemanning"), "Stavfel i frågan", "klara", NOW.plus(Duration.ofHours(1)));

        assertThat(meeting.getDetails().issue()).isEqualTo("Bemanning");
        assertThat(meeting.getRevisionCount()).isEqualTo(2);
        assertThat(meeting.getRevisions())
                .extracting(LobbyingRevision::getNumber, r -> r.getDetails().issue(), LobbyingRevision::getNote)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "Bemanning", "Stavfel i frågan"),
                        org.assertj.core.groups.Tuple.tuple(1, "Bemaning", null));
    }

    @Test
    void aCorrectionWithoutANoteIsRefusedAtTheNoteField() {
        LobbyingMeeting meeting = LobbyingMeeting.record(details("Bemaning"), "klara", NOW);

        assertThatThrownBy(() -> meeting.correct(details("Bemanning"), " ", "klara", NOW))
                .isInstanceOfSatisfying(
                        PortalException.class, e -> assertThat(e.field()).isEqualTo("note"));
        assertThat(meeting.getRevisionCount()).isEqualTo(1);
    }

    @Test
    void aCorrectionThatChangesNothingIsRefused() {
        LobbyingMeeting meeting = LobbyingMeeting.record(details("Bemanning"), "klara", NOW);

        assertThatThrownBy(() -> meeting.correct(details("Bemanning"), "Ingen ändring", "klara", NOW))
                .isInstanceOfSatisfying(
                        PortalException.class, e -> assertThat(e.key()).isEqualTo("lobbying.correction.unchanged"));
    }

    @Test
    void aWithdrawnMeetingStaysWithItsReasonAndCannotBeCorrectedOrWithdrawnAgain() {
        LobbyingMeeting meeting = LobbyingMeeting.record(details("Bemanning"), "klara", NOW);

        meeting.withdraw("Mötet blev aldrig av", "klara", NOW.plus(Duration.ofDays(1)));

        assertThat(meeting.isWithdrawn()).isTrue();
        assertThat(meeting.getWithdrawnReason()).isEqualTo("Mötet blev aldrig av");
        assertThat(meeting.getRevisions().get(0).getStatus()).isEqualTo(MeetingStatus.WITHDRAWN);
        assertThat(meeting.getRevisions().get(0).getDetails().issue()).isEqualTo("Bemanning");
        assertThatThrownBy(() -> meeting.correct(details("Annat"), "Rättelse", "klara", NOW))
                .isInstanceOfSatisfying(
                        PortalException.class, e -> assertThat(e.kind()).isEqualTo(PortalException.Kind.CONFLICT));
        assertThatThrownBy(() -> meeting.withdraw("Igen", "klara", NOW)).isInstanceOf(PortalException.class);
    }

    @Test
    void aWithdrawalWithoutAReasonIsRefusedAtTheReasonField() {
        LobbyingMeeting meeting = LobbyingMeeting.record(details("Bemanning"), "klara", NOW);

        assertThatThrownBy(() -> meeting.withdraw(null, "klara", NOW))
                .isInstanceOfSatisfying(
                        PortalException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        assertThat(meeting.isWithdrawn()).isFalse();
    }

    @Test
    void missingFieldsAndAFarFutureDateAreRefusedByTheirNames() {
        assertThatThrownBy(() -> LobbyingMeeting.record(
                        new MeetingDetails(LocalDate.of(2026, 11, 20), "Anna", " ", "Fråga", "Hållning", null),
                        "klara",
                        NOW))
                .isInstanceOfSatisfying(
                        PortalException.class, e -> assertThat(e.field()).isEqualTo("counterparts"));
        assertThatThrownBy(() -> LobbyingMeeting.record(
                        new MeetingDetails(LocalDate.now().plusMonths(1), "Anna", "Org", "Fråga", "Hållning", null),
                        "klara",
                        NOW))
                .isInstanceOfSatisfying(
                        PortalException.class, e -> assertThat(e.field()).isEqualTo("date"));
    }
}
