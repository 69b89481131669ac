package se.ambassadorsportalen.press.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.platform.PortalException;

class PressReleaseTest {

    static final LocalDateTime MONDAY_NINE = LocalDateTime.of(2026, 11, 30, 9, 0);

    @Test
    void staffHearingFirstNeedsNoReason() {
        PressRelease release = new PressRelease("Ny vårdcentral i Norrby", "klara");

        release.schedule(at(MONDAY_NINE), at(MONDAY_NINE.plusHours(2)), null);

        assertThat(release.isExternalFirst()).isFalse();
        assertThat(release.getEarlyReason()).isNull();
    }

    @Test
    void sameMomentCountsAsInternalFirst() {
        PressRelease release = new PressRelease("Nytt avtal", "klara");

        release.schedule(at(MONDAY_NINE), at(MONDAY_NINE), " ");

        assertThat(release.isExternalFirst()).isFalse();
    }

    @Test
    void externalReleaseBeforeTheInternalNoticeWithoutAReasonIsRefused() {
        PressRelease release = new PressRelease("Nedläggning av linje 12", "klara");

        assertThatThrownBy(() -> release.schedule(at(MONDAY_NINE), at(MONDAY_NINE.minusHours(1)), ""))
                .isInstanceOfSatisfying(
                        PortalException.class, e -> assertThat(e.field()).isEqualTo("earlyReason"));
    }

    @Test
    void externalReleaseFirstWithAReasonIsKeptWithTheReason() {
        PressRelease release = new PressRelease("Nedläggning av linje 12", "klara");

        release.schedule(at(MONDAY_NINE), at(MONDAY_NINE.minusHours(1)), "Beslutet fattades i öppet sammanträde");

        assertThat(release.isExternalFirst()).isTrue();
        assertThat(release.getEarlyReason()).isEqualTo("Beslutet fattades i öppet sammanträde");
    }

    /** A wall-clock time of these tests as the instant the entity records. */
    private static java.time.Instant at(java.time.LocalDateTime wallClock) {
        return se.ambassadorsportalen.platform.time.PortalTime.typed(wallClock);
    }
}
