package se.ambassadorsportalen.story.entity;

/**
 * Where a story is in its life: written, sent to the manager, sent back, approved, planned in at
 * least one channel, posted in at least one channel, or withdrawn (for good).
 */
public enum StoryStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    APPROVED,
    SCHEDULED,
    PUBLISHED,
    WITHDRAWN;

    /** The author may still change the text, photos and people pictured. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }
}
