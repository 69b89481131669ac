package se.ambassadorsportalen.story.entity;

/**
 * The employer brand's three associations. The strategy says every piece of communication
 * carries at least one, so a story cannot be submitted without. Labels live in the story bundle
 * ({@code story.brand.<NAME>}).
 */
public enum BrandAssociation {
    MAKE_A_DIFFERENCE,
    CLOSE,
    DEVELOPING
}
