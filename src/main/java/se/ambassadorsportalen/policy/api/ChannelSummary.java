package se.ambassadorsportalen.policy.api;

import java.io.Serializable;

/**
 * What other modules may know of a channel in the guide: its code, its name and its limit of
 * posts a day (null for none). Published instead of the {@code Channel} entity, so the guide's
 * editing rules stay inside the policy module.
 */
public record ChannelSummary(String code, String name, Integer maxPostsPerDay) implements Serializable {

    // Jakarta EL 5 reads JavaBean properties, not record components: the pages say #{channel.code}.
    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }
}
