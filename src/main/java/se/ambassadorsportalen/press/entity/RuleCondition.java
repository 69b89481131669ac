package se.ambassadorsportalen.press.entity;

/**
 * When a routing rule applies. Communicators order the rules; the first active rule whose
 * condition holds and that finds someone decides.
 */
public enum RuleCondition {
    /** The press officer marked the question as political. */
    POLITICAL,
    /** The question is marked complex or a crisis. */
    COMPLEX,
    /** The question's topics belong to more than one area. */
    SEVERAL_AREAS,
    /** The question's topics all belong to one area. */
    ONE_AREA,
    /** No topic was given or recognised. */
    NO_MATCH,
    /** Always: a catch-all at the end of the list. */
    ANY
}
