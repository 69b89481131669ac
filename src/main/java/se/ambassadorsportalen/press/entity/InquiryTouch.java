package se.ambassadorsportalen.press.entity;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * Tells whoever keeps counts or figures of the inquiry log that an inquiry was written: logged,
 * assigned, answered, declined, closed or anonymised. Listening on the entity catches every path
 * that writes one, present and future. Nothing here reads another entity (see {@code
 * PublicFeedTouch} for why a commit's callback must not).
 */
public class InquiryTouch {

    /** An inquiry was written. */
    public record Changed() {}

    @Inject
    Event<Changed> changed;

    @PostPersist
    @PostUpdate
    @PostRemove
    void touched(Inquiry inquiry) {
        changed.fire(new Changed());
    }
}
