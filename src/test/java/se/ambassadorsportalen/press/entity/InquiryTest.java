package se.ambassadorsportalen.press.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.organisation.entity.Person;
import se.ambassadorsportalen.organisation.entity.Unit;
import se.ambassadorsportalen.platform.PortalException;

class InquiryTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 25, 10, 0);

    static Spokesperson spokesperson() {
        Person person =
                Person.employee("Karin", "Lund", Unit.administration("HSF", "Hälso- och sjukvård"), "Chef", "Älvstad");
        return new Spokesperson(person, SpokespersonKind.MANAGER, "Enhetschef");
    }

    static Inquiry inquiry() {
        return Inquiry.receive(
                "Lena Ahl",
                "Fjällmarks-Posten",
                InquiryChannel.PHONE,
                "Hur långa är köerna?",
                List.of("vardkoer"),
                false,
                false,
                at(NOW.plusHours(3)),
                at(NOW),
                "petra");
    }

    @Test
    void deadlineInThePastIsRefusedAtTheDeadlineField() {
        assertThatThrownBy(() -> Inquiry.receive(
                        "x",
                        "y",
                        InquiryChannel.PHONE,
                        "Fråga",
                        List.of(),
                        false,
                        false,
                        at(NOW.minusMinutes(1)),
                        at(NOW),
                        "petra"))
                .isInstanceOfSatisfying(PortalException.class, e -> {
                    assertThat(e.field()).isEqualTo("deadline");
                    assertThat(e.key()).isEqualTo("press.inquiry.deadlinePassed");
                });
    }

    @Test
    void inquiryWithoutAQuestionIsRefused() {
        assertThatThrownBy(() -> Inquiry.receive(
                        "x",
                        "y",
                        InquiryChannel.PHONE,
                        "  ",
                        List.of(),
                        false,
                        false,
                        at(NOW.plusHours(1)),
                        at(NOW),
                        "petra"))
                .isInstanceOfSatisfying(
                        PortalException.class, e -> assertThat(e.field()).isEqualTo("question"));
    }

    @Test
    void inquiryGoesFromNewToAssignedToAnsweredToClosed() {
        Inquiry inquiry = inquiry();
        assertThat(inquiry.getStatus()).isEqualTo(InquiryStatus.NEW);

        inquiry.assign(spokesperson());
        assertThat(inquiry.getStatus()).isEqualTo(InquiryStatus.ASSIGNED);
        inquiry.answer(at(NOW.plusHours(1)));
        assertThat(inquiry.getStatus()).isEqualTo(InquiryStatus.ANSWERED);
        assertThat(inquiry.getAnsweredAt()).isEqualTo(at(NOW.plusHours(1)));
        inquiry.close();

        assertThat(inquiry.getStatus()).isEqualTo(InquiryStatus.CLOSED);
    }

    @Test
    void answeredOrDeclinedInquiryCannotBeAnsweredOrAssignedAgain() {
        Inquiry inquiry = inquiry();
        inquiry.decline();

        assertThatThrownBy(() -> inquiry.answer(at(NOW.plusHours(1))))
                .isInstanceOf(PortalException.class)
                .hasMessageContaining("press.inquiry.notOpen");
        assertThatThrownBy(() -> inquiry.assign(spokesperson())).isInstanceOf(PortalException.class);
    }

    @Test
    void closedInquiryCannotBeClosedTwice() {
        Inquiry inquiry = inquiry();
        inquiry.close();

        assertThatThrownBy(inquiry::close)
                .isInstanceOfSatisfying(
                        PortalException.class, e -> assertThat(e.kind()).isEqualTo(PortalException.Kind.CONFLICT));
    }

    @Test
    void openInquiryIsNearItsDeadlineWithinTheWindowAndOverdueAfterIt() {
        Inquiry inquiry = inquiry();

        assertThat(inquiry.isNearDeadline(at(NOW), Duration.ofHours(2))).isFalse();
        assertThat(inquiry.isNearDeadline(at(NOW.plusHours(2)), Duration.ofHours(2)))
                .isTrue();
        assertThat(inquiry.isOverdue(at(NOW.plusHours(3)))).isTrue();
        inquiry.decline();
        assertThat(inquiry.isOverdue(at(NOW.plusHours(4))))
                .as("only open inquiries are overdue")
                .isFalse();
    }

    @Test
    void anonymisingErasesWhoAskedAndWhatButKeepsTheTimesForTheFigures() {
        Inquiry inquiry = inquiry();
        inquiry.assign(spokesperson());
        inquiry.answer(at(NOW.plusHours(1)));

        inquiry.anonymise(at(NOW.plusYears(3)));

        assertThat(inquiry.getJournalist()).isEqualTo(Inquiry.ERASED);
        assertThat(inquiry.getOutlet()).isEqualTo(Inquiry.ERASED);
        assertThat(inquiry.getQuestion()).isEqualTo(Inquiry.ERASED);
        assertThat(inquiry.getReceivedAt()).isEqualTo(at(NOW));
        assertThat(inquiry.getAnsweredAt()).isEqualTo(at(NOW.plusHours(1)));
        assertThat(inquiry.getAnonymisedAt()).isEqualTo(at(NOW.plusYears(3)));
    }

    /** A wall-clock time of these tests as the instant the entity records. */
    private static java.time.Instant at(java.time.LocalDateTime wallClock) {
        return se.ambassadorsportalen.platform.time.PortalTime.typed(wallClock);
    }
}
