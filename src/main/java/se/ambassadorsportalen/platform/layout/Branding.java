package se.ambassadorsportalen.platform.layout;

import java.util.List;

/**
 * What the shared template shows of the organisation on every page: its name, logo and colours,
 * and in the footer where to reach it and its careers site.
 * The organisation module provides it from the profile admins edit; the platform only shows it.
 * Implementations answer from memory: the template asks on every page.
 */
public interface Branding {

    /**
     * The organisation as the template shows it. {@code version} changes with every change to the
     * profile, so the logo and theme addresses that carry it are never served stale from a cache.
     */
    record Brand(
            String name,
            boolean hasLogo,
            long version,
            List<String> languages,
            String defaultLanguage,
            Contacts contacts) {

        /** Whether the footer has anything to show beyond the name. */
        public boolean hasContacts() {
            return contacts != null && !contacts.isEmpty();
        }
    }

    /** Where employees and visitors reach the organisation; each may be null (not given in the profile). */
    record Contacts(String email, String pressEmail, String phone, String careersUrl) {

        public static final Contacts NONE = new Contacts(null, null, null, null);

        public boolean isEmpty() {
            return email == null && pressEmail == null && phone == null && careersUrl == null;
        }
    }

    Brand brand();
}
