package se.ambassadorsportalen.platform.web;

import jakarta.annotation.Resource;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * With {@code portal.https.required=true} (the production default in {@code server.xml}) nothing
 * is served over plain HTTP: a page or a read is redirected (308) to the same path on HTTPS, at
 * the portal's configured address, never at the request's {@code Host}; anything that would
 * change something is refused (403), since its credentials have already crossed the network in
 * clear and must not be accepted. The session cookie is then {@code Secure} as well
 * ({@code httpSession cookieSecure} follows the same variable). {@code mvn liberty:run} and the
 * test server set it to false, so the demo runs on plain HTTP.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class HttpsRequiredFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Resource(lookup = "portal/httpsRequired")
    Boolean httpsRequired;

    @Inject
    @ConfigProperty(name = "default.https.port", defaultValue = "9443")
    int httpsPort;

    @Inject
    transient PortalAddress address;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.isSecure() || !Boolean.TRUE.equals(httpsRequired)) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<String> target = redirect(request.getMethod(), address.root(), httpsPort, path, request.getQueryString());
        if (target.isPresent()) {
            response.setStatus(308);
            response.setHeader("Location", target.get());
        } else {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "HTTPS required");
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
