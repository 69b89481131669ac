package se.ambassadorsportalen.news.control;

import se.ambassadorsportalen.platform.security.PersonalTokens;

/**
 * The secret in a personal feed address: 256 random bits, URL-safe, made and hashed as personal
 * API tokens are but with its own prefix, so a feed address can never be used as an API token.
 * Only its SHA-256 is stored, so the address works until the reader makes a new one or revokes it,
 * and a copy of the database opens no feed.
 */
public final class FeedTokens {

    private static final String PREFIX = "nf_";

    private FeedTokens() {}

    public static String generate() {
        return PREFIX + PersonalTokens.generate().substring(PersonalTokens.PREFIX.length());
    }

    /** Whether a path segment can be a token at all, before any database look-up. */
    public static boolean looksLikeToken(String value) {
        return value != null && value.matches("nf_[A-Za-z0-9_-]{43}");
    }

    public static String hash(String token) {
        return PersonalTokens.hash(token);
    }
}
