package se.ambassadorsportalen.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Slows down repeated wrong passwords for one username. The delay depends only on the name
 * typed, never on whether an account exists, so the delay reveals nothing. After
 * {@value #FREE_ATTEMPTS} free attempts each further failure doubles the wait, up to
 * {@link #MAX_DELAY}; a quiet {@link #FORGET_AFTER} or a successful login clears the count.
 */
public class LoginThrottle {

    static final int FREE_ATTEMPTS = 3;
    static final Duration FIRST_DELAY = Duration.ofMillis(500);
    static final Duration MAX_DELAY = Duration.ofSeconds(8);
    static final Duration FORGET_AFTER = Duration.ofMinutes(15);
    private static final int MAX_TRACKED = 10_000;

    private record Failures(int count, Instant last) {
    }

    private final ConcurrentMap<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the next attempt for this username must wait before it is checked. */
    public Duration delayBeforeAttempt(String username) {
        Failures seen = failures.get(key(username));
        if (seen == null || isForgotten(seen)) {
            return Duration.ZERO;
        }
        int excess = seen.count() - FREE_ATTEMPTS;
        if (excess < 0) {
            return Duration.ZERO;
        }
        long millis = FIRST_DELAY.toMillis() << Math.min(excess, 10);
        return Duration.ofMillis(Math.min(millis, MAX_DELAY.toMillis()));
    }

    public void failed(String username) {
        if (failures.size() > MAX_TRACKED) {
            failures.entrySet().removeIf(entry -> isForgotten(entry.getValue()));
        }
        Instant now = clock.instant();
        failures.merge(key(username), new Failures(1, now), (old, ignored) ->
                isForgotten(old) ? new Failures(1, now) : new Failures(old.count() + 1, now));
    }

    public void succeeded(String username) {
        failures.remove(key(username));
    }

    private boolean isForgotten(Failures seen) {
        return seen.last().plus(FORGET_AFTER).isBefore(clock.instant());
    }

    private static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
