package se.ambassadorsportalen.story.entity;

import se.ambassadorsportalen.platform.i18n.LabelKeys;

/**
 * Where a story is in its life: written, sent to the manager, sent back, approved, planned in at
 * least one channel, posted in at least one channel, or withdrawn (for good).
 */
@LabelKeys("story.status.")
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
