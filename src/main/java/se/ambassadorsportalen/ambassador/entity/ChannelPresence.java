package se.ambassadorsportalen.ambassador.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
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

    public Channel getChannel() {
        return channel;
    }

    public String getHandle() {
        return handle;
    }
}
