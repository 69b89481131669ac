package se.ambassadorsportalen.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * Runs the slow password check (PBKDF2, within the sign-in limits) at most once for one username
 * and password at a time, and remembers a passed check for a few minutes.
 * <p>
 * <b>Once at a time:</b> requests that send the same username and password while its check runs
 * wait for that check and share its outcome. Fifty connections of one API client that start at
 * once therefore cost one PBKDF2 and one sign-in attempt, not fifty attempts that run the
 * username's allowance dry and answer 429 to a client that knows its password. Different
 * passwords never share a check, so every distinct guess still takes its own attempt, in
 * parallel or not; a failed or refused outcome is dropped as soon as it is known, so the same
 * wrong password sent again later is counted again.
 * <p>
 * <b>Remembered:</b> a passed check counts for {@link #REMEMBER_FOR}, so an API client sending
 * HTTP Basic on every call pays the hash once, not per call. Nothing here holds a password: the
 * key is a SHA-256 of username and password under a key that lives in this process's memory
 * alone, and the account's security stamp is kept with the outcome. A password change,
 * deactivation or "end sessions" changes the stamp, so the remembered check no longer counts on
 * the very next call, on every node.
 */
public class VerifiedPasswords {

    static final Duration REMEMBER_FOR = Duration.ofMinutes(5);
    private static final int MAX_REMEMBERED = 10_000;

    /** What a password check found out. */
    public enum Outcome {
        /** The password is right. */
        VALID,
        /** The password is wrong, or the account does not exist or may not sign in. */
        INVALID,
        /** The sign-in limits refused the attempt before the password was looked at. */
        REFUSED
    }

    /**
     * The outcome of one check, with the account's stamp it was made under, if refused the wait,
     * and the portal account it proved when that is not the typed username's (a directory login).
     */
    public record Check(Outcome outcome, long stamp, Duration retryAfter, String account) {

        public static Check valid(long stamp) {
            return new Check(Outcome.VALID, stamp, Duration.ZERO, null);
        }

        /** A pass that proves the portal account {@code account}: the directory knew the typed name and password. */
        public static Check validFor(String account, long stamp) {
            return new Check(Outcome.VALID, stamp, Duration.ZERO, account);
        }

        public static Check invalid() {
            return new Check(Outcome.INVALID, 0, Duration.ZERO, null);
        }

        public static Check refused(Duration retryAfter) {
            return new Check(Outcome.REFUSED, 0, retryAfter, null);
        }

        public boolean valid() {
            return outcome == Outcome.VALID;
        }
    }

    private final byte[] processKey = new byte[32];
    private final Cache<String, CompletableFuture<Check>> checks;

    public VerifiedPasswords(Duration rememberFor) {
        new SecureRandom().nextBytes(processKey);
        checks = Caffeine.newBuilder()
                .maximumSize(MAX_REMEMBERED)
                .expireAfterWrite(rememberFor)
                .build();
    }

    /**
     * The outcome for this username and password: a remembered pass under the account's current
     * stamp, the outcome of the identical check running right now, or else {@code slowCheck}'s,
     * run on this thread.
     */
    public Check check(String username, String password, long currentStamp, Supplier<Check> slowCheck) {
        String key = key(username, password);
        ConcurrentMap<String, CompletableFuture<Check>> running = checks.asMap();
        while (true) {
            CompletableFuture<Check> mine = new CompletableFuture<>();
            CompletableFuture<Check> earlier = running.putIfAbsent(key, mine);
            if (earlier == null) {
                return runAndShare(key, mine, slowCheck);
            }
            Check shared = await(earlier);
            if (!shared.valid() || shared.stamp() == currentStamp) {
                return shared;
            }
            running.remove(key, earlier); // passed under a stamp that no longer holds: check again
        }
    }

    /** Drops a remembered pass for this username and password (a check still running is left to finish). */
    public void forget(String username, String password) {
        String key = key(username, password);
        CompletableFuture<Check> known = checks.getIfPresent(key);
        if (known != null && known.isDone()) {
            checks.asMap().remove(key, known);
        }
    }

    private Check runAndShare(String key, CompletableFuture<Check> mine, Supplier<Check> slowCheck) {
        try {
            Check outcome = slowCheck.get();
            if (!outcome.valid()) {
                checks.asMap().remove(key, mine);
            }
            mine.complete(outcome);
            return outcome;
        } catch (RuntimeException | Error e) {
            checks.asMap().remove(key, mine);
            mine.completeExceptionally(e);
            throw e;
        }
    }

    private static Check await(CompletableFuture<Check> check) {
        try {
            return check.join();
        } catch (CompletionException failed) {
            throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
        }
    }

    private String key(String username, String password) {
        MessageDigest sha = PersonalTokens.sha256();
        sha.update(processKey);
        sha.update(username.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(password.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(sha.digest());
    }
}
