package se.ambassadorsportalen.platform.i18n;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/**
 * Alphabetical order as the language has it, for lists sorted in Java: Swedish puts å, ä, ö after
 * z, Danish æ, ø, å; the characters' code points would give Å before Ä and Å before Æ, wrong in
 * both. Case is ignored (secondary strength), accents are not.
 */
public final class Collation {

    private Collation() {}

    public static Comparator<String> of(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        collator.setStrength(Collator.SECONDARY);
        return Comparator.nullsLast(collator::compare);
    }
}
