package se.ambassadorsportalen.ambassador.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.organisation.entity.Person;
import se.ambassadorsportalen.organisation.entity.Unit;
import se.ambassadorsportalen.platform.PortalException;

class AmbassadorTest {

    static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    final Unit administration = Unit.administration("HSF", "Hälso- och sjukvården");
    final Unit ward = Unit.unit("MED3", "Medicin 3", administration);
    final Person manager = Person.employee("Magnus", "Berg", ward, "Enhetschef", "Älvstad");
    final Person nurse = Person.employee("Eva", "Lindqvist", ward, "Sjuksköterska", "Älvstad");
    final Person communicator = Person.employee("Klara", "Nyström", administration, "Kommunikatör", "Älvstad");

    {
        ward.setManager(manager);
    }

    static Ambassador.Profile profile() {
        return new Ambassador.Profile(
                "Jag vill visa mitt jobb",
                "Akutsjukvård",
                "svenska",
                true,
                List.of(new ChannelPresence(Channel.INSTAGRAM, "@eva.akuten")));
    }

    @Test
    void applicationStartsAsAppliedWithTheHandleStoredWithoutTheAt() {
        Ambassador ambassador = Ambassador.apply(nurse, profile(), NOW);

        assertThat(ambassador.getStatus()).isEqualTo(AmbassadorStatus.APPLIED);
        assertThat(ambassador.getChannels())
                .singleElement()
                .extracting(ChannelPresence::getHandle)
                .isEqualTo("eva.akuten");
    }

    @Test
    void applicationWithoutMotivationIsRefusedAtThatField() {
        assertThatThrownBy(
                        () -> Ambassador.apply(nurse, new Ambassador.Profile(" ", null, null, false, List.of()), NOW))
                .isInstanceOfSatisfying(
                        PortalException.class, e -> assertThat(e.field()).isEqualTo("motivation"));
    }

    @Test
    void electedOfficialsCannotApply() {
        Person politician = Person.electedOfficial("Gunnar", "Wallin", "Ordförande");
        assertThatThrownBy(() -> Ambassador.apply(politician, profile(), NOW))
                .isInstanceOfSatisfying(
                        PortalException.class, e -> assertThat(e.kind()).isEqualTo(PortalException.Kind.FORBIDDEN));
    }

    @Test
    void appliedBecomesActiveThenPausedThenActiveAgain() {
        Ambassador ambassador = Ambassador.apply(nurse, profile(), NOW);
        ambassador.accept(communicator, null, NOW);
        assertThat(ambassador.getStatus()).isEqualTo(AmbassadorStatus.ACTIVE);
        ambassador.pause();
        assertThat(ambassador.getStatus()).isEqualTo(AmbassadorStatus.PAUSED);
        ambassador.resume();
        assertThat(ambassador.isActive()).isTrue();
    }

    @Test
    void anApplicationCannotBeAcceptedTwice() {
        Ambassador ambassador = Ambassador.apply(nurse, profile(), NOW);
        ambassador.accept(communicator, null, NOW);
        assertThatThrownBy(() -> ambassador.accept(communicator, null, NOW))
                .isInstanceOfSatisfying(
                        PortalException.class, e -> assertThat(e.kind()).isEqualTo(PortalException.Kind.CONFLICT));
    }

    @Test
    void anAppliedAmbassadorCannotPause() {
        Ambassador ambassador = Ambassador.apply(nurse, profile(), NOW);
        assertThatThrownBy(ambassador::pause).isInstanceOf(PortalException.class);
    }

    @Test
    void decliningNeedsAReasonAndAllowsApplyingAgain() {
        Ambassador ambassador = Ambassador.apply(nurse, profile(), NOW);
        assertThatThrownBy(() -> ambassador.decline(communicator, "", NOW)).isInstanceOf(PortalException.class);

        ambassador.decline(communicator, "Vi har många från din enhet just nu", NOW);
        assertThat(ambassador.getStatus()).isEqualTo(AmbassadorStatus.DECLINED);

        ambassador.reapply(profile(), NOW.plus(30, ChronoUnit.DAYS));
        assertThat(ambassador.getStatus()).isEqualTo(AmbassadorStatus.APPLIED);
        assertThat(ambassador.getDecisionReason()).isNull();
    }

    @Test
    void nobodyDecidesTheirOwnApplication() {
        Ambassador ambassador = Ambassador.apply(communicator, profile(), NOW);
        assertThatThrownBy(() -> ambassador.accept(communicator, null, NOW)).isInstanceOf(PortalException.class);
    }

    @Test
    void onlyTheApplicantsManagerMayEndorse() {
        Ambassador ambassador = Ambassador.apply(nurse, profile(), NOW);
        assertThatThrownBy(() -> ambassador.endorse(communicator, "Bra!", NOW))
                .isInstanceOfSatisfying(
                        PortalException.class, e -> assertThat(e.kind()).isEqualTo(PortalException.Kind.FORBIDDEN));

        ambassador.endorse(manager, "Eva är en förebild på avdelningen.", NOW);
        assertThat(ambassador.getEndorsement()).startsWith("Eva");
        assertThat(ambassador.getEndorsedBy()).isSameAs(manager);
    }

    @Test
    void leavingErasesTheProfileAndTheLinkToThePerson() {
        Ambassador ambassador = Ambassador.apply(nurse, profile(), NOW);
        ambassador.accept(communicator, "Välkommen", NOW);
        ambassador.changePhoto(new byte[] {1, 2, 3}, "image/jpeg");

        ambassador.leave(NOW.plus(3, ChronoUnit.DAYS));

        assertThat(ambassador.getStatus()).isEqualTo(AmbassadorStatus.LEFT);
        assertThat(ambassador.person()).isEmpty();
        assertThat(ambassador.getMotivation()).isNull();
        assertThat(ambassador.getTopics()).isNull();
        assertThat(ambassador.getLanguages()).isNull();
        assertThat(ambassador.getChannels()).isEmpty();
        assertThat(ambassador.hasPhoto()).isFalse();
        assertThat(ambassador.getPhoto()).isNull();
        assertThat(ambassador.getLeftAt()).isEqualTo(NOW.plus(3, ChronoUnit.DAYS));
    }

    @Test
    void aFormerAmbassadorCannotLeaveAgainOrChangeTheProfile() {
        Ambassador ambassador = Ambassador.apply(nurse, profile(), NOW);
        ambassador.leave(NOW);
        assertThatThrownBy(() -> ambassador.leave(NOW)).isInstanceOf(PortalException.class);
        assertThatThrownBy(() -> ambassador.update(profile())).isInstanceOf(PortalException.class);
    }

    @Test
    void theSameChannelTwiceIsRefused() {
        Ambassador.Profile twice = new Ambassador.Profile(
                "Varför",
                null,
                null,
                false,
                List.of(new ChannelPresence(Channel.X, "eva"), new ChannelPresence(Channel.X, "eva2")));
        assertThatThrownBy(() -> Ambassador.apply(nurse, twice, NOW)).isInstanceOf(PortalException.class);
    }
}
