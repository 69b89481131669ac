package se.ambassadorsportalen.ambassador.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.organisation.entity.Person;
import se.ambassadorsportalen.organisation.entity.Unit;
import se.ambassadorsportalen.platform.PortalException;

class RelayWeekTest {

    static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z"); // 10:00 on a Monday in Stockholm, week 48
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    final Unit unit = Unit.administration("HSF", "HSF");
    final Person klara = Person.employee("Klara", "N", unit, "Kommunikatör", "Älvstad");

    Ambassador active(String name) {
        Ambassador ambassador = Ambassador.apply(
                Person.employee(name, "X", unit, "Sjuksköterska", "Sjövik"), AmbassadorTest.profile(), NOW);
        ambassador.accept(klara, null, NOW);
        return ambassador;
    }

    @Test
    void aTrainedActiveAmbassadorMayAskForAComingWeek() {
        RelayWeek week = new RelayWeek(IsoWeek.parse("2026-W50"));
        RelayRequest request = week.request(active("Eva"), true, NOW);
        assertThat(request.getStatus()).isEqualTo(RelayRequestStatus.REQUESTED);
    }

    @Test
    void anUntrainedAmbassadorIsRefused() {
        RelayWeek week = new RelayWeek(IsoWeek.parse("2026-W50"));
        assertThatThrownBy(() -> week.request(active("Eva"), false, NOW))
                .isInstanceOfSatisfying(
                        PortalException.class, e -> assertThat(e.key()).isEqualTo("ambassador.relay.notTrained"));
    }

    @Test
    void aPausedAmbassadorIsRefused() {
        Ambassador paused = active("Eva");
        paused.pause();
        assertThatThrownBy(() -> new RelayWeek(IsoWeek.parse("2026-W50")).request(paused, true, NOW))
                .isInstanceOf(PortalException.class);
    }

    @Test
    void theCurrentAndPastWeeksCannotBeAskedFor() {
        assertThatThrownBy(() -> new RelayWeek(IsoWeek.parse("2026-W48")).request(active("Eva"), true, NOW))
                .isInstanceOfSatisfying(
                        PortalException.class, e -> assertThat(e.key()).isEqualTo("ambassador.relay.week.past"));
        assertThatThrownBy(() -> new RelayWeek(IsoWeek.parse("2026-W40")).request(active("Eva"), true, NOW))
                .isInstanceOf(PortalException.class);
    }

    @Test
    void aWeekHasBegunAtMidnightInStockholmInSummerTimeNotAtMidnightUtc() {
        RelayWeek week = new RelayWeek(IsoWeek.parse("2026-W27")); // Monday 2026-06-29
        // Sunday 23:30 in Stockholm (+02:00): the week is still to come
        assertThat(week.request(active("Eva"), true, Instant.parse("2026-06-28T21:30:00Z"))
                        .getStatus())
                .isEqualTo(RelayRequestStatus.REQUESTED);
        // Monday 00:30 in Stockholm, still Sunday in UTC: it has begun
        assertThatThrownBy(() -> week.request(active("Aisha"), true, Instant.parse("2026-06-28T22:30:00Z")))
                .isInstanceOfSatisfying(
                        PortalException.class, e -> assertThat(e.key()).isEqualTo("ambassador.relay.week.past"));
    }

    @Test
    void aWeekHasBegunAtMidnightInStockholmInWinterTimeNotAtMidnightUtc() {
        RelayWeek week = new RelayWeek(IsoWeek.parse("2026-W50")); // Monday 2026-12-07
        // Sunday 23:30 in Stockholm (+01:00)
        assertThat(week.request(active("Eva"), true, Instant.parse("2026-12-06T22:30:00Z"))
                        .getStatus())
                .isEqualTo(RelayRequestStatus.REQUESTED);
        // Monday 00:30 in Stockholm, 23:30 on Sunday in UTC
        assertThatThrownBy(() -> week.request(active("Aisha"), true, Instant.parse("2026-12-06T23:30:00Z")))
                .isInstanceOf(PortalException.class);
    }

    @Test
    void theHandoverMayBeRecordedFromTheFirstMinuteOfTheWeekInStockholm() {
        RelayWeek week = new RelayWeek(IsoWeek.parse("2026-W27")); // Monday 2026-06-29
        Instant june = Instant.parse("2026-06-01T08:00:00Z");
        week.confirm(week.request(active("Eva"), true, june), june);
        // Sunday 23:59 in Stockholm is too early, Monday 00:01 (Sunday 22:01 UTC) is not
        assertThatThrownBy(() -> week.recordHandover("Mugg", Instant.parse("2026-06-28T21:59:00Z")))
                .isInstanceOf(PortalException.class);
        week.recordHandover("Mugg", Instant.parse("2026-06-28T22:01:00Z"));
        assertThat(week.getHandedOverAt()).isEqualTo(Instant.parse("2026-06-28T22:01:00Z"));
    }

    @Test
    void onlyOnePersonIsConfirmedPerWeek() {
        RelayWeek week = new RelayWeek(IsoWeek.parse("2026-W50"));
        RelayRequest eva = week.request(active("Eva"), true, NOW);
        RelayRequest aisha = week.request(active("Aisha"), true, NOW);

        week.confirm(eva, NOW);

        assertThat(week.getConfirmed()).isSameAs(eva.getAmbassador());
        assertThatThrownBy(() -> week.confirm(aisha, NOW))
                .isInstanceOfSatisfying(
                        PortalException.class, e -> assertThat(e.key()).isEqualTo("ambassador.relay.week.taken"));
        assertThat(aisha.getStatus()).isEqualTo(RelayRequestStatus.REQUESTED);
    }

    @Test
    void aConfirmedWeekTakesNoNewRequests() {
        RelayWeek week = new RelayWeek(IsoWeek.parse("2026-W50"));
        week.confirm(week.request(active("Eva"), true, NOW), NOW);
        assertThatThrownBy(() -> week.request(active("Aisha"), true, NOW))
                .isInstanceOfSatisfying(
                        PortalException.class, e -> assertThat(e.kind()).isEqualTo(PortalException.Kind.CONFLICT));
    }

    @Test
    void aRequestMovesOnlyToAFreeComingWeek() {
        RelayWeek asked = new RelayWeek(IsoWeek.parse("2026-W50"));
        RelayRequest request = asked.request(active("Eva"), true, NOW);
        RelayWeek taken = new RelayWeek(IsoWeek.parse("2026-W51"));
        taken.confirm(taken.request(active("Aisha"), true, NOW), NOW);
        RelayWeek free = new RelayWeek(IsoWeek.parse("2026-W52"));

        assertThatThrownBy(() -> taken.takeOver(request, TODAY)).isInstanceOf(PortalException.class);
        free.takeOver(request, TODAY);
        assertThat(request.getWeek()).isSameAs(free);
    }

    @Test
    void declineNeedsAReasonAndClosesTheRequest() {
        RelayRequest request = new RelayWeek(IsoWeek.parse("2026-W50")).request(active("Eva"), true, NOW);
        assertThatThrownBy(() -> request.decline(" ")).isInstanceOf(PortalException.class);
        request.decline("Veckan är vikt för en kampanj");
        assertThat(request.getStatus()).isEqualTo(RelayRequestStatus.DECLINED);
        assertThatThrownBy(() -> request.decline("igen")).isInstanceOf(PortalException.class);
    }

    @Test
    void onlyTheWeeksInstagrammerConfirmsTheGuideline() {
        RelayWeek week = new RelayWeek(IsoWeek.parse("2026-W50"));
        Ambassador eva = active("Eva");
        week.confirm(week.request(eva, true, NOW), NOW);
        assertThatThrownBy(() -> week.acknowledgeGuideline(active("Aisha"), NOW))
                .isInstanceOf(PortalException.class);
        week.acknowledgeGuideline(eva, NOW);
        assertThat(week.getGuidelineConfirmedAt()).isEqualTo(NOW);
    }

    @Test
    void remindersAreDueAWeekBeforeAndOnTheLastDayOnce() {
        RelayWeek week = new RelayWeek(IsoWeek.parse("2026-W50")); // Monday 2026-12-07
        week.confirm(week.request(active("Eva"), true, NOW), NOW);

        assertThat(week.reminderBeforeDue(LocalDate.of(2026, 11, 29))).isFalse();
        assertThat(week.reminderBeforeDue(LocalDate.of(2026, 11, 30))).isTrue();
        week.remindedBefore();
        assertThat(week.reminderBeforeDue(LocalDate.of(2026, 12, 1))).isFalse();
        assertThat(week.reminderLastDayDue(LocalDate.of(2026, 12, 12))).isFalse();
        assertThat(week.reminderLastDayDue(LocalDate.of(2026, 12, 13))).isTrue();
    }

    @Test
    void handoverIsRecordedOnlyForAConfirmedWeekThatHasBegun() {
        RelayWeek week = new RelayWeek(IsoWeek.parse("2026-W50"));
        assertThatThrownBy(() -> week.recordHandover("Mugg", NOW)).isInstanceOf(PortalException.class);
        week.confirm(week.request(active("Eva"), true, NOW), NOW);
        assertThatThrownBy(() -> week.recordHandover("Mugg", NOW)).isInstanceOf(PortalException.class);
        week.recordHandover("Mugg och tygkasse", Instant.parse("2026-12-13T15:00:00Z"));
        assertThat(week.getGift()).isEqualTo("Mugg och tygkasse");
    }

    @Test
    void releasingFreesOnlyAWeekThatHasNotBegun() {
        RelayWeek week = new RelayWeek(IsoWeek.parse("2026-W50"));
        week.confirm(week.request(active("Eva"), true, NOW), NOW);
        week.release(LocalDate.of(2026, 12, 8));
        assertThat(week.isConfirmed()).isTrue();
        week.release(LocalDate.of(2026, 12, 1));
        assertThat(week.isConfirmed()).isFalse();
    }
}
