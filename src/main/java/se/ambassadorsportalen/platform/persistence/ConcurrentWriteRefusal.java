package se.ambassadorsportalen.platform.persistence;

import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.ambassadorsportalen.platform.PortalException;

/**
 * Every boundary's default interceptor (WEB-INF/ejb-jar.xml): a concurrent write that surfaces
 * inside a boundary method, typically at an explicit {@code em.flush()}, leaves it as the
 * conflict refusal ({@code platform.error.conflict}) that the web pages and the API already give
 * for it. As a system exception it reached the user the same way, but the EJB container logged
 * each one as an unexpected failure with its stack trace (CNTR0020E, nine in a 30-minute load
 * run), and operations could not tell them from real faults. A conflict found at the commit,
 * after the method returned, is outside this interceptor and still answered by the callers'
 * own check.
 */
public class ConcurrentWriteRefusal {

    private static final Logger LOG = Logger.getLogger(ConcurrentWriteRefusal.class.getName());

    @AroundInvoke
    public Object refuseConcurrentWrites(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (PortalException refusal) {
            throw refusal;
        } catch (RuntimeException e) {
            if (!ConcurrentWrites.isConflict(e)) {
                throw e;
            }
            LOG.log(
                    Level.FINE,
                    () -> "Concurrent write refused in "
                            + invocation.getMethod().getDeclaringClass().getSimpleName() + "."
                            + invocation.getMethod().getName() + ": " + e);
            throw PortalException.conflict("platform.error.conflict");
        }
    }
}
