package se.ambassadorsportalen.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Counts the SQL statements EclipseLink sends while one request runs, so that integration tests
 * can fail when a page's statements grow with the data (an N+1 query). It is a diagnostic for
 * test servers: only with the Liberty variable {@code portal.diagnostics.sql=true} does it listen
 * to EclipseLink at all; otherwise {@link #enabled()} is false and nothing is counted or kept.
 * <p>
 * Liberty classes EclipseLink's own API as "third-party", which applications cannot see unless
 * the server names them in a per-application class loader (not possible for the test server's
 * dropins deployment). The listener is therefore a proxy of EclipseLink's
 * {@code SessionEventListener} defined in EclipseLink's class loader and added to the server
 * session of the unwrapped factory: no EclipseLink type is linked into the portal.
 */
@ApplicationScoped
public class SqlStatements {

    private static final Logger LOG = Logger.getLogger(SqlStatements.class.getName());
    /** Enough for a test's requests; older ones are dropped so the map never grows. */
    private static final int KEPT = 500;
    /** The SQL of the first statements of a request is kept too, so a failing test can say which query repeats. */
    private static final int KEPT_TEXTS = 100;

    private static final ThreadLocal<Statements> CURRENT = new ThreadLocal<>();

    /** What one request sent: how many statements, and the SQL of the first {@value #KEPT_TEXTS}. */
    public record Statements(int[] count, List<String> sql) {

        public int total() {
            return count[0];
        }
    }

    @Resource(lookup = "portal/diagnostics/sql")
    Boolean enabled;

    @PersistenceUnit(unitName = "portal")
    EntityManagerFactory factory;

    private final Map<String, Statements> recent = Collections.synchronizedMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Statements> eldest) {
            return size() > KEPT;
        }
    });
    private boolean listening;

    public boolean enabled() {
        return Boolean.TRUE.equals(enabled);
    }

    /** Starts counting on this thread; {@link #end(String)} keeps the count under {@code requestId}. */
    public void begin() {
        listen();
        CURRENT.set(new Statements(new int[1], new ArrayList<>()));
    }

    public void end(String requestId) {
        Statements statements = CURRENT.get();
        CURRENT.remove();
        if (statements != null) {
            recent.put(requestId, statements);
        }
    }

    /** The statements of a finished request, if it was counted and is still kept. */
    public Optional<Statements> of(String requestId) {
        return Optional.ofNullable(recent.get(requestId));
    }

    private static void counted(Object event) throws ReflectiveOperationException {
        Statements statements = CURRENT.get();
        if (statements != null) {
            statements.count()[0]++;
            if (statements.sql().size() < KEPT_TEXTS) {
                statements
                        .sql()
                        .add(String.valueOf(
                                event.getClass().getMethod("getCall").invoke(event)));
            }
        }
    }

    private synchronized void listen() {
        if (listening || !enabled()) {
            return;
        }
        try {
            EclipseLinkSession eclipseLinkSession = EclipseLinkSession.of(factory);
            ClassLoader eclipseLink = eclipseLinkSession.classLoader;
            Class<?> listenerType =
                    Class.forName("org.eclipse.persistence.sessions.SessionEventListener", false, eclipseLink);
            InvocationHandler handler = (proxy, method, arguments) -> switch (method.getName()) {
                case "postExecuteCall" -> {
                    counted(arguments[0]);
                    yield null;
                }
                case "hashCode" -> System.identityHashCode(proxy);
                case "equals" -> proxy == arguments[0];
                case "toString" -> "SQL statement counter";
                default -> null;
            };
            Object listener = Proxy.newProxyInstance(eclipseLink, new Class<?>[] {listenerType}, handler);
            Object events =
                    eclipseLinkSession.sessionType.getMethod("getEventManager").invoke(eclipseLinkSession.session);
            events.getClass().getMethod("addListener", listenerType).invoke(events, listener);
            listening = true;
            LOG.warning(
                    "SQL statements are counted per request (portal.diagnostics.sql=true): a test setting, not for production");
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("Cannot count SQL statements with this JPA provider", e);
        }
    }
}
