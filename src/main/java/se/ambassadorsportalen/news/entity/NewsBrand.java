package se.ambassadorsportalen.news.entity;

/**
 * The employer brand's associations an item may carry (labels {@code news.brand.<NAME>}). The same
 * three as the story module's, kept here so news depends on no other module's entities.
 */
public enum NewsBrand {
    MAKE_A_DIFFERENCE,
    CLOSE,
    DEVELOPING
}
