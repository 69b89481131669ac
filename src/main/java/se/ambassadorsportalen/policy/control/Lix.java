package se.ambassadorsportalen.policy.control;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.ambassadorsportalen.policy.api.LixBand;
import se.ambassadorsportalen.policy.api.LixScore;

/**
 * LIX (läsbarhetsindex), the usual plain-language measure for Swedish: words per sentence plus
 * the percentage of long words (more than six letters). Plain language is the law for public
 * bodies (språklagen § 11), so writers see this score while they write.
 *
 * <p>A word is a run of letters or digits (a hyphenated word counts once). A sentence ends at
 * one or more of {@code . ! ? :} followed by white space or the end of the text, as in the
 * original definition; a text with words but no such mark is one sentence.
 */
public final class Lix {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'’][\\p{L}\\p{N}]+)*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:]+(?=\\s|$)");
    private static final int LONG_WORD_LETTERS = 6;

    private Lix() {}

    public static LixScore score(String text) {
        if (text == null || text.isBlank()) {
            return new LixScore(0, 0, 0, 0, null);
        }
        int words = 0;
        int longWords = 0;
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            words++;
            if (letters(word.group()) > LONG_WORD_LETTERS) {
                longWords++;
            }
        }
        if (words == 0) {
            return new LixScore(0, 0, 0, 0, null);
        }
        int sentences = 0;
        Matcher end = SENTENCE_END.matcher(text.strip());
        while (end.find()) {
            sentences++;
        }
        sentences = Math.max(sentences, 1);
        double lix = (double) words / sentences + 100.0 * longWords / words;
        double rounded = Math.round(lix * 10) / 10.0;
        return new LixScore(words, sentences, longWords, rounded, LixBand.of(rounded));
    }

    private static int letters(String word) {
        return (int) word.codePoints().filter(Character::isLetter).count();
    }
}
