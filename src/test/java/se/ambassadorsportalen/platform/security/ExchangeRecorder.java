package se.ambassadorsportalen.platform.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

/**
 * What the authentication mechanism answers, recorded for unit tests without a server: a response
 * that keeps the status, headers and body written to it, and stand-ins for the servlet and Jakarta
 * Security interfaces that answer chosen values.
 */
final class ExchangeRecorder {

    final Map<String, String> headers = new HashMap<>();
    final StringWriter body = new StringWriter();
    int status;

    HttpServletResponse response() {
        return (HttpServletResponse) Proxy.newProxyInstance(
                HttpServletResponse.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "setStatus" -> {
                        status = (int) args[0];
                        yield null;
                    }
                    case "setHeader" -> {
                        headers.put((String) args[0], (String) args[1]);
                        yield null;
                    }
                    case "setContentType" -> {
                        headers.put("Content-Type", (String) args[0]);
                        yield null;
                    }
                    case "getWriter" -> new PrintWriter(body, true);
                    default -> method.getReturnType() == boolean.class ? Boolean.FALSE : null;
                });
    }

    /** An interface whose named methods answer the given values and every other method null (or false). */
    static <T> T proxy(Class<T> type, Map<String, Object> answers) {
        return type.cast(Proxy.newProxyInstance(
                type.getClassLoader(),
                new Class<?>[] {type},
                (proxy, method, args) -> answers.getOrDefault(
                        method.getName(), method.getReturnType() == boolean.class ? Boolean.FALSE : null)));
    }
}
