package se.ambassadorsportalen.story.entity;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * Tells whoever keeps a copy of the public feed that a published (or just withdrawn) story changed,
 * so a withdrawn consent takes the portrait off the feed at once rather than when a copy expires.
 * Listening on the entity catches every path that changes it, present and future.
 *
 * <p>Only the story listens. Its photos and consents change only through it: adding or removing
 * them needs a story its author may still edit (never one in the feed), and answering or withdrawing
 * a consent updates the story too. Nothing here reads another entity: loading one inside a commit's
 * callback can wait on a lock another commit holds (a first try that read a photo's story stalled
 * the portal under load). Writes to stories that cannot be in the feed say nothing: in the load
 * test, drafts, photos and approvals emptied the copies several times a second, and every
 * visitor's request read the feed from the database again.
 */
public class PublicFeedTouch {

    /** Something that may change what the public feed shows was written. */
    public record Changed() {}

    @Inject
    Event<Changed> changed;

    @PostPersist
    @PostUpdate
    @PostRemove
    void touched(Story story) {
        if (story.mayTouchPublicFeed()) {
            changed.fire(new Changed());
        }
    }
}
