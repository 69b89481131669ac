package se.ambassadorsportalen.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;

/**
 * Remembers, for a few minutes, that a username and password passed the PBKDF2 check, so that
 * an API client sending HTTP Basic on every call pays the deliberately slow hash once, not per
 * call. It keeps no password: only a SHA-256 of it under a key that lives in this process's
 * memory alone, and the account's security stamp at the time. A password change,
 * deactivation or "end sessions" changes the stamp, so the remembered check no longer counts on
 * the very next call, on every node.
 */
public class VerifiedPasswords {

    static final Duration REMEMBER_FOR = Duration.ofMinutes(5);
    private static final int MAX_REMEMBERED = 10_000;

    private record Verified(byte[] digest, long stamp) {
    }

    private final byte[] processKey = new byte[32];
    private final Cache<String, Verified> verified;

    public VerifiedPasswords(Duration rememberFor) {
        new SecureRandom().nextBytes(processKey);
        verified = Caffeine.newBuilder().maximumSize(MAX_REMEMBERED).expireAfterWrite(rememberFor).build();
    }

    public void remember(String username, String password, long stamp) {
        verified.put(username, new Verified(digest(username, password), stamp));
    }

    /** Whether this exact password was verified for the account under its current stamp. */
    public boolean recall(String username, String password, long currentStamp) {
        Verified seen = verified.getIfPresent(username);
        return seen != null && seen.stamp() == currentStamp
                && MessageDigest.isEqual(seen.digest(), digest(username, password));
    }

    public void forget(String username) {
        verified.invalidate(username);
    }

    private byte[] digest(String username, String password) {
        MessageDigest sha = PersonalTokens.sha256();
        sha.update(processKey);
        sha.update(username.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(password.getBytes(StandardCharsets.UTF_8));
        return sha.digest();
    }
}
