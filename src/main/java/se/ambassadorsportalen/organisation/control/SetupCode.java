package se.ambassadorsportalen.organisation.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;

/**
 * The one-time code that unlocks the first-run setup, as Jenkins and Grafana do it: it is written
 * to the server's log at start, so only someone who can read the server's log (the operator who
 * installed it) can create the first admin. 20 characters from a 32-letter alphabet are 100 bits:
 * not guessable. Each code takes at most {@link #MAX_ATTEMPTS} wrong tries and is then used up, so
 * a guesser never gets more than that many tries at one code; the holder of the log gets a new one.
 * A code is compared in constant time and works once.
 */
public final class SetupCode {

    public static final int MAX_ATTEMPTS = 5;
    /** No 0/O or 1/I/L: the code is read off a log and typed by hand. */
    private static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();

    private static final int LENGTH = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What a try at the code came to. */
    public enum Outcome {
        ACCEPTED,
        WRONG,
        USED_UP
    }

    private final byte[] code;
    private int wrongAttempts;
    private boolean used;

    private SetupCode(String code) {
        this.code = code.getBytes(StandardCharsets.US_ASCII);
    }

    public static SetupCode random() {
        StringBuilder code = new StringBuilder(LENGTH + LENGTH / 5);
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 5 == 0) {
                code.append('-');
            }
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return new SetupCode(code.toString());
    }

    static SetupCode of(String code) {
        return new SetupCode(code);
    }

    /** The code as the log shows it, e.g. {@code K7QX2-MZ9RT-...}. */
    public String shown() {
        return new String(code, StandardCharsets.US_ASCII);
    }

    /**
     * Tries a typed code. Spaces and case are forgiven; the comparison takes the same time
     * wherever the first wrong character is. After {@link #MAX_ATTEMPTS} wrong tries, or once it
     * was accepted, the code is used up and accepts nothing more.
     */
    public synchronized Outcome attempt(String typed) {
        if (used || wrongAttempts >= MAX_ATTEMPTS) {
            return Outcome.USED_UP;
        }
        byte[] given = typed == null
                ? new byte[0]
                : typed.strip().toUpperCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        if (MessageDigest.isEqual(code, given)) {
            used = true;
            return Outcome.ACCEPTED;
        }
        wrongAttempts++;
        return wrongAttempts >= MAX_ATTEMPTS ? Outcome.USED_UP : Outcome.WRONG;
    }

    public synchronized boolean isUsedUp() {
        return used || wrongAttempts >= MAX_ATTEMPTS;
    }
}
