package se.ambassadorsportalen.platform.security;

import java.io.Serializable;
import java.time.Instant;

/**
 * A sign-in through the provider that has been sent off and not yet come back: the values the
 * answer must match (state), the ID token must carry (nonce) and the token request must prove
 * (the PKCE verifier), and where the user was going. Kept in the HTTP session, used once.
 */
public record ProviderLogin(String state, String nonce, String codeVerifier, String next, Instant startedAt)
        implements Serializable {

    public static final String SESSION_ATTRIBUTE = ProviderLogin.class.getName();
}
