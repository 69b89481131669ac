package se.ambassadorsportalen.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;

/**
 * Sends plain-HTTP requests to HTTPS or refuses them when {@code portal.https.required} is true
 * ({@link PlainHttpGuard}), for requests the authentication mechanism, which asks the guard first,
 * let through.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class HttpsRequiredFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PlainHttpGuard guard;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!guard.answered(request, response)) {
            chain.doFilter(request, response);
        }
    }

    /**
     * Where a plain-HTTP request goes: the same path and query on HTTPS at the configured
     * address (its own port when it is already an https address, else {@code httpsPort}); empty
     * for methods that change something, which are refused instead.
     */
    static Optional<String> redirect(String method, String portalRoot, int httpsPort, String path, String query) {
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return Optional.empty();
        }
        URI root = URI.create(portalRoot);
        String origin = "https".equalsIgnoreCase(root.getScheme())
                ? "https://" + root.getRawAuthority()
                : "https://" + root.getHost() + (httpsPort == 443 ? "" : ":" + httpsPort);
        String rootPath = root.getRawPath() == null ? "" : root.getRawPath();
        String safePath = path.startsWith("/") ? path : "/" + path;
        return Optional.of(origin + rootPath + safePath + (query == null ? "" : "?" + query));
    }
}
