package se.ambassadorsportalen.platform.i18n;

import java.io.ByteArrayOutputStream;
import java.text.CollationKey;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Alphabetical order as the language has it: Swedish puts å, ä, ö after z, Danish æ, ø, å (and
 * "aa" as å), English sorts them with a and o; the characters' code points would give Å before Ä
 * and Å before Æ, wrong in all three. Case is ignored (secondary strength), accents are not.
 *
 * <p>{@link #of} compares in Java, for lists already read. {@link #key} gives the same order as
 * bytes, for lists sorted in the database: a column of these keys sorts by plain byte comparison
 * ({@code bytea} on PostgreSQL, {@code varbinary} on H2, both unsigned), which needs no collation
 * the database must know and is the same on both.
 */
public final class Collation {

    /**
     * The longest key kept, in bytes: about the first hundred letters of a name decide its place
     * (a letter takes four bytes, a primary and a secondary weight). Names alike that far tie, and
     * the lists break ties by id.
     */
    public static final int KEY_BYTES = 400;

    private Collation() {}

    /**
     * Texts in the alphabet of {@code locale}. Each text's collation key is worked out once and kept
     * by the comparator: a sort compares each text about log n times, and comparing with the collator
     * itself normalised both texts every time (the recommendation dashboard's unit list showed in a
     * profile under load). So one comparator serves one sort, in one thread.
     */
    public static Comparator<String> of(Locale locale) {
        Collator collator = collator(locale);
        Map<String, CollationKey> keys = new HashMap<>();
        return Comparator.nullsLast(
                Comparator.comparing(text -> keys.computeIfAbsent(text, collator::getCollationKey)));
    }

    /**
     * The sort key of one or more texts compared in turn (a last name, then a first name) in the
     * language of {@code locale}: comparing two keys byte by byte, unsigned, gives the order
     * {@link #of} gives the texts. Each text's collation key ends in zero weights no letter has, so a
     * shorter one never runs into the next text's key; a null text counts as empty.
     */
    public static byte[] key(Locale locale, String... texts) {
        Collator collator = collator(locale);
        ByteArrayOutputStream key = new ByteArrayOutputStream(64);
        for (String text : texts) {
            key.writeBytes(collator.getCollationKey(text == null ? "" : text).toByteArray());
        }
        byte[] bytes = key.toByteArray();
        return bytes.length > KEY_BYTES ? Arrays.copyOf(bytes, KEY_BYTES) : bytes;
    }

    private static Collator collator(Locale locale) {
        Collator collator = Collator.getInstance(locale == null ? Languages.DEFAULT : locale);
        collator.setStrength(Collator.SECONDARY);
        return collator;
    }
}
