package se.ambassadorsportalen.story.entity;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * Tells whoever keeps a copy of the public feed that a story, a consent or a photo changed, so a
 * withdrawn consent takes the portrait off the feed at once rather than when a copy expires.
 * Listening on the entities catches every path that changes them, present and future.
 */
public class PublicFeedTouch {

    /** Something that may change what the public feed shows was written. */
    public record Changed() {}

    @Inject
    Event<Changed> changed;

    @PostPersist
    @PostUpdate
    @PostRemove
    void touched(Object entity) {
        changed.fire(new Changed());
    }
}
