package se.ambassadorsportalen.organisation.control;

import com.nulabinc.zxcvbn.Zxcvbn;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a new password must be (ASVS 5.0, 6.2): at least {@value #MINIMUM_LENGTH} characters and
 * at most {@value #MAXIMUM_LENGTH} (ASVS asks that at least 64 be allowed; the cap keeps the
 * estimate below cheap), no rules on character classes, and not easy to guess. "Easy to guess" is
 * zxcvbn's estimate (the library ships the 30,000 most common passwords, names, English words,
 * keyboard walks, dates and repeats, and checks everything on this machine, with no network call)
 * of fewer than {@code 10^10} guesses, with the account's own words and the portal's added to its
 * dictionaries: {@code Ambassadorsportalen2026} or the username followed by digits is as weak as
 * {@code password123}, while a sentence of a few words passes. Every character counts, spaces and
 * Unicode included; nothing is trimmed.
 */
public final class PasswordRules {

    public static final int MINIMUM_LENGTH = 10;
    public static final int MAXIMUM_LENGTH = 128;
    /** zxcvbn's top score, "strong protection from an offline slow-hash attack". */
    static final double MINIMUM_GUESSES = 1e10;
    /** Words anyone would try first against this portal. */
    static final List<String> PORTAL_WORDS = List.of(
            "ambassadorsportalen",
            "ambassadörsportalen",
            "ambassadör",
            "ambassador",
            "portalen",
            "portal",
            "regionen",
            "region",
            "lösenord",
            "losenord",
            "sjukhus",
            "vården");

    /** Why a password is refused: the message key of the organisation bundle and its arguments. */
    public record Refusal(String key, Object... arguments) {}

    private PasswordRules() {}

    /** Empty when the password may be used; {@code accountWords} are the username and the person's names. */
    public static Optional<Refusal> check(String password, Collection<String> accountWords) {
        if (password == null || password.codePointCount(0, password.length()) < MINIMUM_LENGTH) {
            return Optional.of(new Refusal("organisation.user.password.tooShort", MINIMUM_LENGTH));
        }
        if (password.codePointCount(0, password.length()) > MAXIMUM_LENGTH) {
            return Optional.of(new Refusal("organisation.user.password.tooLong", MAXIMUM_LENGTH));
        }
        List<String> words = new ArrayList<>(PORTAL_WORDS);
        accountWords.stream()
                .filter(word -> word != null && !word.isBlank())
                .map(word -> word.strip().toLowerCase(Locale.ROOT))
                .forEach(words::add);
        if (new Zxcvbn().measure(password, words).getGuesses() < MINIMUM_GUESSES) {
            return Optional.of(new Refusal("organisation.user.password.guessable"));
        }
        return Optional.empty();
    }
}
