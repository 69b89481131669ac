package se.ambassadorsportalen.platform.security;

import jakarta.security.enterprise.credential.Credential;

/**
 * The provider's answer at the portal's callback: the authorization code and the state it came
 * back with, or the error it sent instead. The callback hands it to the one authentication
 * mechanism, as the login form hands it a username and password.
 */
public record ProviderCredential(String code, String state, String error) implements Credential {

    @Override
    public boolean isValid() {
        return error == null && code != null && !code.isBlank() && state != null && !state.isBlank();
    }
}
