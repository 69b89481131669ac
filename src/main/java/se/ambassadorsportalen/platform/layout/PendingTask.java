package se.ambassadorsportalen.platform.layout;

import java.io.Serializable;

/**
 * Something that waits for the signed-in user now (stories to approve, consents to answer, a
 * policy to acknowledge), counted by the module that owns it through its own boundary. The home
 * page lists these with their counts; the navigation entry {@code navId} shows the count as a badge.
 * {@code path} is the page with the list the count is of (relative to the context root, a query
 * allowed). Serializable: the session keeps the last counts for a short while (see {@code Layout}).
 */
public record PendingTask(String id, String labelKey, long count, String path, String navId) implements Serializable {

    public PendingTask {
        if (count < 0) {
            throw new IllegalArgumentException("a count is never negative: " + count);
        }
    }
}
