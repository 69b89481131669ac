package se.ambassadorsportalen.followup.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.platform.PortalException;

class ChannelPeriodTest {

    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

    @Test
    void anImportReplacesOnlyTheFiguresItsFileCarries() {
        ChannelPeriod period = new ChannelPeriod("LINKEDIN", LocalDate.of(2026, 11, 2));
        period.enter(6700, 150, 5.0, 20, ChannelPeriod.Source.FORM, "klara", NOW);
        period.merge(null, 171, null, null, "klara", NOW);
        assertThat(period.getFollowers()).isEqualTo(6700);
        assertThat(period.getNewFollowers()).isEqualTo(171);
        assertThat(period.getRatePercent()).isEqualTo(5.0);
        assertThat(period.getSource()).isEqualTo(ChannelPeriod.Source.IMPORT);
    }

    @Test
    void negativeFiguresAndRatesOutside0To100AreRefusedAtTheirField() {
        ChannelPeriod period = new ChannelPeriod("LINKEDIN", LocalDate.of(2026, 11, 2));
        assertThatThrownBy(() -> period.enter(-1, null, null, null, ChannelPeriod.Source.FORM, "klara", NOW))
                .isInstanceOfSatisfying(
                        PortalException.class, e -> assertThat(e.field()).isEqualTo("followers"));
        assertThatThrownBy(() -> period.enter(null, null, 101.0, null, ChannelPeriod.Source.FORM, "klara", NOW))
                .isInstanceOfSatisfying(
                        PortalException.class, e -> assertThat(e.field()).isEqualTo("ratePercent"));
        assertThat(period.hasFigures()).isFalse();
    }

    @Test
    void theNoteKeepsTheFiguresAndRefusesTextLongerThanItsColumn() {
        ChannelPeriod period = new ChannelPeriod("LINKEDIN", LocalDate.of(2026, 11, 2));
        period.enter(6700, 150, 5.0, 20, ChannelPeriod.Source.FORM, "klara", NOW);
        period.note("  Porträtt fungerar.  ", "", "klara", NOW);
        assertThat(period.getLearned()).isEqualTo("Porträtt fungerar.");
        assertThat(period.getChangeNext()).isNull();
        assertThat(period.getNewFollowers()).isEqualTo(150);
        assertThatThrownBy(() -> period.note("x".repeat(2001), null, "klara", NOW))
                .isInstanceOfSatisfying(
                        PortalException.class, e -> assertThat(e.field()).isEqualTo("learned"));
    }

    @Test
    void aChannelTargetRefusesABadOwnerAddressAndARateAbove100() {
        ChannelTarget target = new ChannelTarget("LINKEDIN");
        assertThatThrownBy(() -> target.change("klara", 150, RateKind.ACTIVITY, 5.0, 5))
                .isInstanceOfSatisfying(
                        PortalException.class, e -> assertThat(e.field()).isEqualTo("ownerEmail"));
        assertThatThrownBy(() -> target.change(null, 150, RateKind.ACTIVITY, 105.0, 5))
                .isInstanceOfSatisfying(
                        PortalException.class, e -> assertThat(e.field()).isEqualTo("ratePercent"));
        target.change("klara@fjallmark.example", 150, null, 5.0, 5);
        assertThat(target.getRateKind()).isEqualTo(RateKind.ACTIVITY);
    }
}
