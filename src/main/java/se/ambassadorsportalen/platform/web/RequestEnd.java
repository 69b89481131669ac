package se.ambassadorsportalen.platform.web;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.CDI;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What view-scoped models forget when the request that read it ends. A view lives in the session
 * for as long as the user may come back to it (ten views per session), so whatever a table page,
 * a calendar week or an entity a view read stays on the heap with it, and an entity keeps its whole
 * unit of work alive. Models read in a request, register here and drop it at the request's end; the
 * next request reads again, as it would have to for fresh data anyway.
 */
@RequestScoped
public class RequestEnd {

    private static final Logger LOG = Logger.getLogger(RequestEnd.class.getName());

    private final List<Runnable> releases = new ArrayList<>();

    /** Runs {@code release} when the current request ends (at once when there is no request). */
    public static void forget(Runnable release) {
        try {
            // through a method: the instance is a client proxy, whose own fields are not the request's
            CDI.current().select(RequestEnd.class).get().add(release);
        } catch (RuntimeException noRequest) {
            // outside a request (a unit test, a background thread) nothing outlives the caller's own call
            release.run();
        }
    }

    public void add(Runnable release) {
        releases.add(release);
    }

    @PreDestroy
    void end() {
        for (Runnable release : releases) {
            try {
                release.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A view model could not forget what its request read", e);
            }
        }
        releases.clear();
    }
}
