package se.ambassadorsportalen.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Method;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * One id per request, so that a request can be followed through the logs of every node: taken
 * from the caller's (or the load balancer's) {@code X-Request-Id} when it looks like an id, made
 * up otherwise; echoed in the response header, carried by every problem document, and put on
 * every log record written while the request runs (Liberty's JSON logs show it as
 * {@code ext_requestId}).
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    /** Letters, digits and a few separators: an offered id never brings markup or line breaks into a log. */
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{8,64}");

    private static final String ATTRIBUTE = RequestIds.class.getName();
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();
    private static final Logger LOG = Logger.getLogger(RequestIds.class.getName());
    private static final LogContext LOG_CONTEXT = LogContext.find();

    private RequestIds() {}

    /** The offered id when acceptable, else a new random one. */
    static String acceptOrCreate(String offered) {
        return offered != null && ACCEPTED.matcher(offered).matches()
                ? offered
                : UUID.randomUUID().toString();
    }

    /** This request's id, fixed at its first use and echoed in the response header. */
    public static String of(HttpServletRequest request, HttpServletResponse response) {
        Object known = request.getAttribute(ATTRIBUTE);
        if (known instanceof String id) {
            return id;
        }
        String id = acceptOrCreate(request.getHeader(HEADER));
        request.setAttribute(ATTRIBUTE, id);
        if (!response.isCommitted()) {
            response.setHeader(HEADER, id);
        }
        return id;
    }

    /** The id of the request this thread is serving, if any. */
    public static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    static void bind(String id) {
        CURRENT.set(id);
        LOG_CONTEXT.put(id);
    }

    static void unbind() {
        CURRENT.remove();
        LOG_CONTEXT.remove();
    }

    /**
     * Liberty's per-thread log record extensions ({@code LogRecordContext}), found by reflection:
     * it is Liberty's API, not Jakarta EE's, and outside Liberty (unit tests) there is none.
     */
    private record LogContext(Method adder, Method remover) {

        static final String KEY = "requestId";

        static LogContext find() {
            try {
                Class<?> context = Class.forName("com.ibm.websphere.logging.hpel.LogRecordContext");
                return new LogContext(
                        context.getMethod("addExtension", String.class, String.class),
                        context.getMethod("removeExtension", String.class));
            } catch (ReflectiveOperationException | LinkageError e) {
                LOG.fine(() -> "No log record context, request ids stay out of log records: " + e);
                return new LogContext(null, null);
            }
        }

        void put(String id) {
            call(adder, KEY, id);
        }

        void remove() {
            call(remover, KEY);
        }

        private static void call(Method method, Object... arguments) {
            if (method == null) {
                return;
            }
            try {
                method.invoke(null, arguments);
            } catch (ReflectiveOperationException | RuntimeException e) {
                LOG.log(Level.FINE, "Log record context refused the request id", e);
            }
        }
    }
}
