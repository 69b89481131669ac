package se.ambassadorsportalen.policy.api;

import java.io.Serializable;
import java.util.Locale;

/**
 * What other modules may know of a channel in the guide: its code, its names per language and its
 * limit of posts a day (null for none). Published instead of the {@code Channel} entity, so the
 * guide's editing rules stay inside the policy module.
 */
public record ChannelSummary(String code, LocalNames names, Integer maxPostsPerDay) implements Serializable {

    // Jakarta EL 5 reads JavaBean properties, not record components: the pages say #{channel.code}.
    public String getCode() {
        return code;
    }

    /** The name in the user's language, with {@link LocalNames#in}'s fallback. */
    public String name(Locale locale) {
        return names.in(locale);
    }
}
