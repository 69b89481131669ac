package se.ambassadorsportalen.policy.api;

/**
 * How common a material type is in a channel: green (common), yellow (occurs), red (rare).
 * Pages always show the word, never the colour alone.
 */
public enum Rating {
    GREEN,
    YELLOW,
    RED;

    /** Red material needs a reason from whoever plans it for that channel. */
    public boolean needsJustification() {
        return this == RED;
    }
}
