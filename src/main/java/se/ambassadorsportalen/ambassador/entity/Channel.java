package se.ambassadorsportalen.ambassador.entity;

import java.util.regex.Pattern;

/**
 * The social channels an ambassador can be active on. Each knows what a handle on it may look
 * like, so a typo or a pasted URL is refused with a clear message instead of being stored.
 */
public enum Channel {
    LINKEDIN("[A-Za-z0-9-]{3,100}"),
    INSTAGRAM("[A-Za-z0-9._]{1,30}"),
    FACEBOOK("[A-Za-z0-9.]{5,50}"),
    X("[A-Za-z0-9_]{1,15}");

    private final Pattern handle;

    Channel(String handle) {
        this.handle = Pattern.compile(handle);
    }

    /** Accepts a handle with or without a leading "@". */
    public boolean accepts(String value) {
        return handle.matcher(value.startsWith("@") ? value.substring(1) : value)
                .matches();
    }
}
