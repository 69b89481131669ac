package se.ambassadorsportalen.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Personal API tokens: 256 random bits behind a recognisable prefix. Only a SHA-256 hash is
 * stored. A fast hash is enough here, unlike for passwords: the token is random and long, so
 * there is nothing to guess from a leaked hash, and checking it costs microseconds per call.
 */
public final class PersonalTokens {

    public static final String PREFIX = "ap_";
    /** How much of the token its owner sees again in lists, to tell tokens apart. */
    public static final int HINT_LENGTH = PREFIX.length() + 6;

    private static final SecureRandom RANDOM = new SecureRandom();

    private PersonalTokens() {}

    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static boolean looksLikeToken(String value) {
        return value != null && value.startsWith(PREFIX) && value.length() > HINT_LENGTH && value.length() < 100;
    }

    public static String hash(String token) {
        return HexFormat.of().formatHex(sha256().digest(token.getBytes(StandardCharsets.UTF_8)));
    }

    public static String hint(String token) {
        return token.substring(0, HINT_LENGTH);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
