package se.ambassadorsportalen.ambassador.entity;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * Tells whoever keeps pages of the ambassador directory that a row may have changed: an
 * ambassador (status, profile, channels) or an invitation, which the directory counts. Listening on
 * the entities catches every path that writes them, present and future. Nothing here reads another
 * entity (see {@code PublicFeedTouch} for why a commit's callback must not).
 */
public class DirectoryTouch {

    /** Something the ambassador directory lists was written. */
    public record Changed() {}

    @Inject
    Event<Changed> changed;

    @PostPersist
    @PostUpdate
    @PostRemove
    void touched(Object ambassadorOrInvitation) {
        changed.fire(new Changed());
    }
}
