package se.ambassadorsportalen.story.entity;

/** A pictured person's answer. Only {@link #GIVEN} lets a story be planned or shown in public. */
public enum ConsentStatus {
    PENDING,
    GIVEN,
    REFUSED,
    WITHDRAWN
}
