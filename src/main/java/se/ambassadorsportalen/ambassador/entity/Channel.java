package se.ambassadorsportalen.ambassador.entity;

import java.util.regex.Pattern;

/**
 * The social channels an ambassador can be active on. Each knows what a handle on it may look
 * like, so a typo or a pasted URL is refused with a clear message instead of being stored.
 */
public enum Channel {
    LINKEDIN("LinkedIn", "[A-Za-z0-9-]{3,100}"),
    INSTAGRAM("Instagram", "[A-Za-z0-9._]{1,30}"),
    FACEBOOK("Facebook", "[A-Za-z0-9.]{5,50}"),
    X("X", "[A-Za-z0-9_]{1,15}");

    private final String brand;
    private final Pattern handle;

    Channel(String brand, String handle) {
        this.brand = brand;
        this.handle = Pattern.compile(handle);
    }

    /** The service's own name, written the same in every language: what a message names it by. */
    public String brand() {
        return brand;
    }

    /** Accepts a handle with or without a leading "@". */
    public boolean accepts(String value) {
        return handle.matcher(value.startsWith("@") ? value.substring(1) : value)
                .matches();
    }
}
