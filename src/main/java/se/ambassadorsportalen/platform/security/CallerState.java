package se.ambassadorsportalen.platform.security;

import java.util.Set;

/**
 * What the database says about a caller at this moment: whether the account may sign in, its
 * security stamp and its roles. Read on every authenticated request, so that a deactivation, a
 * password change or a role change takes effect on the caller's next request.
 */
public record CallerState(String username, boolean active, long stamp, Set<String> roles) {

    public CallerState {
        roles = Set.copyOf(roles);
    }

    /** Whether a login made under {@code signedInStamp} still stands. */
    public boolean admits(long signedInStamp) {
        return active && stamp == signedInStamp;
    }
}
