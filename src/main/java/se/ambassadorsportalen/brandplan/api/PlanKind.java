package se.ambassadorsportalen.brandplan.api;

/** The two kinds of record in the employer-brand plan. */
public enum PlanKind {
    ASSOCIATION,
    TARGET_GROUP
}
