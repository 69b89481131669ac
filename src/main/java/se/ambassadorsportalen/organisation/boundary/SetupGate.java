package se.ambassadorsportalen.organisation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;
import se.ambassadorsportalen.organisation.control.SetupCode;
import se.ambassadorsportalen.platform.persistence.PortalStartup;

/**
 * Whether this node still waits for the first-run setup, and the setup code it wrote to its log.
 * At start, after the migrations (and, in demo mode, the demo accounts), a database without an
 * admin and without a finished setup gets a code in the log; a database set up once never does
 * again. While setup is open, the state is read from the database again at most every
 * {@link #RECHECK}, so a setup finished on another node closes it here too; once closed it stays
 * closed without another query.
 * <p>
 * The code lives in this node's memory only: each node of a cluster logs its own, and a code
 * used up by wrong tries is replaced by a new one in the log.
 */
@ApplicationScoped
public class SetupGate {

    static final Duration RECHECK = Duration.ofSeconds(2);
    private static final Logger LOG = Logger.getLogger(SetupGate.class.getName());

    @Inject
    FirstRunSetup setup;

    @Inject
    PortalStartup startup;

    private volatile boolean open;
    private volatile long checkedAtNanos;
    private SetupCode code;

    void started(@Observes @Initialized(ApplicationScoped.class) Object event) {
        // Waits for the migrations: the singleton's start-up has run before any call returns.
        if (startup.failure().isPresent()) {
            return;
        }
        if (setup.isNeeded()) {
            open = true;
            checkedAtNanos = System.nanoTime();
            issue();
        }
    }

    /** True while the first admin is still to be made; cheap once the setup is done. */
    public boolean isOpen() {
        if (!open) {
            return false;
        }
        long now = System.nanoTime();
        if (now - checkedAtNanos > RECHECK.toNanos()) {
            checkedAtNanos = now;
            if (!setup.isNeeded()) {
                closed();
            }
        }
        return open;
    }

    /** Tries a typed code; a code used up by wrong tries is replaced by a new one in the log. */
    public synchronized SetupCode.Outcome attempt(String typed) {
        if (!open || code == null) {
            return SetupCode.Outcome.USED_UP;
        }
        SetupCode.Outcome outcome = code.attempt(typed);
        if (outcome == SetupCode.Outcome.USED_UP) {
            LOG.warning("First-run setup: the setup code was tried too often and is used up.");
            issue();
        }
        return outcome;
    }

    /** The setup was made (here or on another node): no code, no page, for good. */
    public synchronized void closed() {
        open = false;
        code = null;
    }

    /** After a setup that failed once the code was accepted: the operator gets a new code. */
    public synchronized void reissue() {
        if (open) {
            issue();
        }
    }

    private synchronized void issue() {
        code = SetupCode.random();
        String shown = code.shown();
        LOG.warning(() -> "First-run setup: this portal has no admin yet. Open /setup.xhtml in a browser and enter the"
                + " setup code " + shown + " to create the first admin account (the code works once; "
                + SetupCode.MAX_ATTEMPTS + " wrong tries use it up and a new one is written here).");
    }
}
