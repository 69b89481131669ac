package se.ambassadorsportalen.platform.layout;

import java.util.List;

/**
 * What the shared template shows of the organisation on every page: its name, logo and colours.
 * The organisation module provides it from the profile admins edit; the platform only shows it.
 * Implementations answer from memory: the template asks on every page.
 */
public interface Branding {

    /**
     * The organisation as the template shows it. {@code version} changes with every change to the
     * profile, so the logo and theme addresses that carry it are never served stale from a cache.
     */
    record Brand(String name, boolean hasLogo, long version, List<String> languages, String defaultLanguage) {}

    Brand brand();
}
