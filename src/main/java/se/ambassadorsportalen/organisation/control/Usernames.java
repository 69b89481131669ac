package se.ambassadorsportalen.organisation.control;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;
import se.ambassadorsportalen.organisation.entity.UserAccount;

/**
 * A username for an account the portal makes itself (a person's first sign-in through the
 * region's provider): the local part of their e-mail address, else {@code first.last}, in the
 * letters a username may hold (å, ä, ö become a, a, o), with {@code 2}, {@code 3}, ... added when
 * it is taken. People never type it with single sign-on, but admins see it in lists and logs.
 */
public final class Usernames {

    private static final int MAX = 60;

    private Usernames() {}

    public static String suggest(String firstName, String lastName, String email, Predicate<String> taken) {
        String base = email != null && email.contains("@")
                ? plain(email.substring(0, email.indexOf('@')))
                : plain(nullToEmpty(firstName) + "." + nullToEmpty(lastName));
        if (base.length() < 2) {
            base = "user";
        }
        base = base.substring(0, Math.min(base.length(), MAX - 4));
        String candidate = base;
        for (int n = 2; taken.test(candidate); n++) {
            candidate = base + n;
        }
        if (!candidate.matches(UserAccount.USERNAME_PATTERN)) {
            throw new IllegalStateException("not a valid username: " + candidate);
        }
        return candidate;
    }

    private static String plain(String text) {
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        String kept = decomposed.replace(' ', '.').replaceAll("[^a-z0-9._-]", "");
        return kept.replaceAll("\\.{2,}", ".").replaceAll("^[.]+|[.]+$", "");
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
