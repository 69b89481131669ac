package se.ambassadorsportalen.ambassador.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.platform.PortalException;

class ChannelPresenceTest {

    private final Map<Channel, Boolean> ticked = new EnumMap<>(Channel.class);
    private final Map<Channel, String> handles = new EnumMap<>(Channel.class);

    @Test
    void theTickedChannelsAreChosenWithTheirHandlesAndTheOthersLeftOut() {
        ticked.put(Channel.INSTAGRAM, true);
        handles.put(Channel.INSTAGRAM, "@eva.akuten");
        ticked.put(Channel.FACEBOOK, true);
        ticked.put(Channel.X, false);

        assertThat(ChannelPresence.chosen(ticked, handles))
                .extracting(ChannelPresence::getChannel, ChannelPresence::getHandle)
                .containsExactly(tuple(Channel.INSTAGRAM, "eva.akuten"), tuple(Channel.FACEBOOK, null));
    }

    @Test
    void aHandleTypedForAChannelThatIsNotTickedIsRefusedAtItsFieldNamingTheService() {
        ticked.put(Channel.INSTAGRAM, true);
        handles.put(Channel.LINKEDIN, " eva-lindqvist ");

        assertThatThrownBy(() -> ChannelPresence.chosen(ticked, handles))
                .isInstanceOfSatisfying(PortalException.class, e -> {
                    assertThat(e.field()).isEqualTo("handleLINKEDIN");
                    assertThat(e.key()).isEqualTo("ambassador.handle.unticked");
                    assertThat(e.arguments()).containsExactly("eva-lindqvist", "LinkedIn");
                });
    }

    @Test
    void aBlankHandleBesideAnUntickedChannelIsNoChoiceAtAll() {
        handles.put(Channel.X, "   ");
        ticked.put(Channel.X, false);

        assertThat(ChannelPresence.chosen(ticked, handles)).isEmpty();
    }
}
