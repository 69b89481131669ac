package se.ambassadorsportalen.policy.api;

/**
 * The readability of a text: its counts, its LIX rounded to one decimal and the band. A text
 * without words has no band ({@code band} is null): there is nothing to judge yet.
 */
public record LixScore(int words, int sentences, int longWords, double lix, LixBand band) {

    public boolean hasText() {
        return words > 0;
    }
}
