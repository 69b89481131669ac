package se.ambassadorsportalen.platform.security;

import java.io.Serializable;

/**
 * Marks an HTTP session signed in through the provider and keeps its ID token, which the
 * provider's logout wants back as a hint of whose session to end. Serializable, so a session
 * shared between nodes carries it.
 */
public record ProviderSession(String idToken) implements Serializable {

    public static final String SESSION_ATTRIBUTE = ProviderSession.class.getName();
}
