package se.ambassadorsportalen.ambassador.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.ambassadorsportalen.platform.PortalException;

/** A channel an ambassador is active on, with an optional handle checked against the channel's rules. */
@Embeddable
public class ChannelPresence implements Serializable {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Channel channel;

    @Column(length = 100)
    private String handle;

    protected ChannelPresence() {}

    public ChannelPresence(Channel channel, String handle) {
        if (channel == null) {
            throw PortalException.invalidField("channels", "ambassador.channel.required");
        }
        String trimmed = handle == null || handle.isBlank() ? null : handle.trim();
        if (trimmed != null && !channel.accepts(trimmed)) {
            throw PortalException.invalidField(
                    "handle" + channel.name(), "ambassador.handle.invalid", trimmed, channel.brand());
        }
        this.channel = channel;
        this.handle = trimmed == null ? null : (trimmed.startsWith("@") ? trimmed.substring(1) : trimmed);
    }

    /**
     * The channels chosen on the profile form: each ticked one, with its handle. A handle typed for a
     * channel that is not ticked is refused at its field rather than dropped unseen: the ambassador
     * either meant to be found there or left a channel and forgot its handle, and only they know which.
     */
    public static List<ChannelPresence> chosen(Map<Channel, Boolean> ticked, Map<Channel, String> handles) {
        List<ChannelPresence> chosen = new ArrayList<>();
        for (Channel channel : Channel.values()) {
            String handle = handles.get(channel);
            if (Boolean.TRUE.equals(ticked.get(channel))) {
                chosen.add(new ChannelPresence(channel, handle));
            } else if (handle != null && !handle.isBlank()) {
                throw PortalException.invalidField(
                        "handle" + channel.name(), "ambassador.handle.unticked", handle.trim(), channel.brand());
            }
        }
        return chosen;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getHandle() {
        return handle;
    }
}
