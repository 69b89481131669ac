package se.ambassadorsportalen.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * How many password attempts a username and a client address may make, as token buckets
 * (Bucket4j). Every attempt takes a token before the password is checked, so guesses sent in
 * parallel are counted like guesses sent one after another; a right password gives the tokens
 * back. A username that runs out is locked until its bucket refills (one attempt every
 * {@code window / attempts}); an address that tries many usernames (password spraying) runs out
 * of its own, larger bucket. Nobody waits on a sleeping thread: a refused attempt is answered at
 * once with how long to wait. Memory stays bounded: the buckets live in a cache of fixed size
 * whose entries expire once their bucket would be full again.
 */
public class SignInLimits {

    static final int ATTEMPTS_PER_USERNAME = 5;
    /**
     * Generous, because a hospital's staff may all reach the portal through one proxy address;
     * spraying is still held to a few hundred guesses in a quarter of an hour.
     */
    static final int ATTEMPTS_PER_ADDRESS = 200;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_TRACKED = 100_000;

    /** The outcome of asking to try a password. */
    public record Attempt(boolean allowed, Duration retryAfter) {

        static final Attempt ALLOWED = new Attempt(true, Duration.ZERO);
    }

    private final TimeMeter clock;
    private final int attemptsPerUsername;
    private final int attemptsPerAddress;
    private final Cache<String, Bucket> usernames;
    private final Cache<String, Bucket> addresses;

    public SignInLimits(TimeMeter clock) {
        this(clock, ATTEMPTS_PER_USERNAME, ATTEMPTS_PER_ADDRESS);
    }

    public SignInLimits(TimeMeter clock, int attemptsPerUsername, int attemptsPerAddress) {
        this.clock = clock;
        this.attemptsPerUsername = attemptsPerUsername;
        this.attemptsPerAddress = attemptsPerAddress;
        this.usernames = Caffeine.newBuilder().maximumSize(MAX_TRACKED).expireAfterAccess(WINDOW).build();
        this.addresses = Caffeine.newBuilder().maximumSize(MAX_TRACKED).expireAfterAccess(WINDOW).build();
    }

    /** Takes one attempt from the username's and the address's allowance, or says how long to wait. */
    public Attempt tryAttempt(String username, String address) {
        Bucket byName = usernames.get(key(username), ignored -> bucket(attemptsPerUsername));
        Bucket byAddress = addresses.get(key(address), ignored -> bucket(attemptsPerAddress));
        ConsumptionProbe name = byName.tryConsumeAndReturnRemaining(1);
        if (!name.isConsumed()) {
            return new Attempt(false, wait(name));
        }
        ConsumptionProbe place = byAddress.tryConsumeAndReturnRemaining(1);
        if (!place.isConsumed()) {
            byName.addTokens(1);
            return new Attempt(false, wait(place));
        }
        return Attempt.ALLOWED;
    }

    /** A right password: the attempt it took is given back, and the username starts afresh. */
    public void succeeded(String username, String address) {
        Optional.ofNullable(usernames.getIfPresent(key(username))).ifPresent(Bucket::reset);
        Optional.ofNullable(addresses.getIfPresent(key(address))).ifPresent(bucket -> bucket.addTokens(1));
    }

    /** Whether the username has no attempts left: the moment to tell its owner. */
    public boolean isLocked(String username) {
        Bucket byName = usernames.getIfPresent(key(username));
        return byName != null && byName.getAvailableTokens() <= 0;
    }

    private Bucket bucket(int attempts) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(attempts).refillGreedy(attempts, WINDOW).build())
                .withCustomTimePrecision(clock).build();
    }

    private static Duration wait(ConsumptionProbe probe) {
        return Duration.ofNanos(probe.getNanosToWaitForRefill());
    }

    private static String key(String value) {
        return value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
    }
}
