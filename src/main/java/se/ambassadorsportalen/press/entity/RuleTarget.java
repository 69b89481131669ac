package se.ambassadorsportalen.press.entity;

/**
 * Whom a routing rule sends a question to. All but the coordinator are matched on the question's
 * areas and topics; the coordinator is the communications department's, whatever the area.
 */
public enum RuleTarget {
    ELECTED_OFFICIAL,
    MANAGER,
    EXPERT,
    COMMUNICATIONS,
    COORDINATOR;

    /** The kind of spokesperson this target picks among, or null for the coordinator. */
    public SpokespersonKind kind() {
        return this == COORDINATOR ? null : SpokespersonKind.valueOf(name());
    }
}
