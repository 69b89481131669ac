package se.ambassadorsportalen.ambassador.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.ambassadorsportalen.platform.PortalException;

class ChannelTest {

    @ParameterizedTest(name = "{0} accepts {1}")
    @CsvSource({
        "INSTAGRAM, eva.akuten",
        "INSTAGRAM, @eva_akuten",
        "LINKEDIN, eva-lindqvist-123",
        "X, eva_l",
        "FACEBOOK, eva.lindqvist"
    })
    void wellFormedHandlesAreAccepted(Channel channel, String handle) {
        assertThat(new ChannelPresence(channel, handle).getHandle()).isEqualTo(handle.replace("@", ""));
    }

    @ParameterizedTest(name = "{0} refuses {1}")
    @CsvSource({
        "INSTAGRAM, eva akuten",
        "INSTAGRAM, <script>",
        "X, a_handle_far_too_long_for_x",
        "LINKEDIN, https://linkedin.com/in/eva",
        "FACEBOOK, eva;drop"
    })
    void handlesWithIllegalCharactersAreRefusedAtTheChannelsField(Channel channel, String handle) {
        assertThatThrownBy(() -> new ChannelPresence(channel, handle))
                .isInstanceOfSatisfying(PortalException.class, e -> {
                    assertThat(e.key()).isEqualTo("ambassador.handle.invalid");
                    assertThat(e.field()).isEqualTo("handle" + channel.name());
                });
    }

    @Test
    void aRefusedHandleIsNamedWithTheServicesOwnNameNotTheChannelsCode() {
        assertThatThrownBy(() -> new ChannelPresence(Channel.INSTAGRAM, "eva akuten"))
                .isInstanceOfSatisfying(
                        PortalException.class,
                        e -> assertThat(e.arguments()).containsExactly("eva akuten", "Instagram"));
        assertThatThrownBy(() -> new ChannelPresence(Channel.LINKEDIN, "https://linkedin.com/in/eva"))
                .isInstanceOfSatisfying(
                        PortalException.class, e -> assertThat(e.arguments()[1]).isEqualTo("LinkedIn"));
    }

    @ParameterizedTest
    @CsvSource({"2026-W49, 2026-11-30", "2026-W01, 2025-12-29", "2020-W53, 2020-12-28"})
    void isoWeeksKnowTheirMonday(String week, String monday) {
        assertThat(IsoWeek.parse(week).monday()).hasToString(monday);
        assertThat(IsoWeek.of(IsoWeek.parse(week).monday().plusDays(6))).hasToString(week);
    }

    @ParameterizedTest
    @CsvSource({"2026-W54", "2026-49", "W49", "2026-W00"})
    void malformedWeeksAreRefused(String week) {
        assertThatThrownBy(() -> IsoWeek.parse(week)).isInstanceOf(PortalException.class);
    }
}
