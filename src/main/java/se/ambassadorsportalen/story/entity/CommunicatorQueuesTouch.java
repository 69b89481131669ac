package se.ambassadorsportalen.story.entity;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * Tells whoever keeps the communicators' counts (approved stories to plan, withdrawn stories still
 * posted) that they may have changed: a story written as approved, planned or withdrawn (it came
 * into or left the approved ones, or was withdrawn), or any placement written (planned, posted,
 * taken down). Drafts, submissions and published stories say nothing: they are most of the writes
 * and change neither count. Listening on the entities catches every path that writes them, present
 * and future. Nothing here reads another entity (see {@link PublicFeedTouch} for why a commit's
 * callback must not).
 */
public class CommunicatorQueuesTouch {

    /** Something the communicators' counts count may have changed. */
    public record Changed() {}

    @Inject
    Event<Changed> changed;

    @PostPersist
    @PostUpdate
    @PostRemove
    void touched(Object storyOrPlacement) {
        if (mayChangeTheCounts(storyOrPlacement)) {
            changed.fire(new Changed());
        }
    }

    /** Any placement written; a story only when written approved, planned or withdrawn. */
    static boolean mayChangeTheCounts(Object storyOrPlacement) {
        return !(storyOrPlacement instanceof Story story) || story.mayTouchCommunicatorQueues();
    }
}
