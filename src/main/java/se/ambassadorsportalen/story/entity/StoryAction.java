package se.ambassadorsportalen.story.entity;

/** What can happen to a story, as its history records it. */
public enum StoryAction {
    CREATED,
    EDITED,
    SUBMITTED,
    RETURNED,
    APPROVED,
    SCHEDULED,
    MOVED,
    PUBLISHED,
    WITHDRAWN,
    CONSENT_GIVEN,
    CONSENT_REFUSED,
    CONSENT_WITHDRAWN,
    TAKEN_DOWN,
    APPROVER_CHANGED
}
