package se.ambassadorsportalen.press.entity;

/** What a spokesperson speaks as: the routing rules name these kinds as their targets. */
public enum SpokespersonKind {
    ELECTED_OFFICIAL,
    MANAGER,
    EXPERT,
    COMMUNICATIONS
}
