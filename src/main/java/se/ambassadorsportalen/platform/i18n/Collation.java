package se.ambassadorsportalen.platform.i18n;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.ByteArrayOutputStream;
import java.text.CollationKey;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
     * The collation keys kept per language, at most this many each (the least used go first): the
     * names the portal sorts again on every request (units, topics, labels) are a few thousand at a
     * region's size.
     */
    static final int KEYS_KEPT_PER_LANGUAGE = 4_096;

    private static final Map<Locale, Cache<String, CollationKey>> KEPT_KEYS = new ConcurrentHashMap<>();

    /**
     * Texts in the alphabet of {@code locale}. A text's collation key is worked out once and kept for
     * later sorts in that language: a sort compares each text about log n times, and working out
     * the key normalises the text, which on the recommendation dashboard (a few hundred unit names on
     * every request) took a sixth of the server's CPU under load (JFR, 2026-12-04) when each comparator
     * kept the keys of its own sort only. A language keeps at most {@link #KEYS_KEPT_PER_LANGUAGE}
     * keys, the least used going first, so texts that are sorted once (a search's names) cannot grow
     * the heap.
     */
    public static Comparator<String> of(Locale locale) {
        Locale language = locale == null ? Languages.DEFAULT : locale;
        Cache<String, CollationKey> kept = KEPT_KEYS.computeIfAbsent(
                language,
                l -> Caffeine.newBuilder().maximumSize(KEYS_KEPT_PER_LANGUAGE).build());
        Collator collator = collator(language);
        return Comparator.nullsLast(Comparator.comparing(text -> kept.get(text, collator::getCollationKey)));
    }

    /** How many keys are kept for {@code locale}'s sorts (for tests). */
    static long keysKept(Locale locale) {
        Cache<String, CollationKey> kept = KEPT_KEYS.get(locale);
        if (kept == null) {
            return 0;
        }
        kept.cleanUp();
        return kept.estimatedSize();
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
