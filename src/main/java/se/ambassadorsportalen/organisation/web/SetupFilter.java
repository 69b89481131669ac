package se.ambassadorsportalen.organisation.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import se.ambassadorsportalen.organisation.boundary.SetupGate;

/**
 * While the first-run setup is open every page leads to it (a signed-in page through the login page,
 * which the sign-in check sends a visitor to first); once it is done the setup page answers 404,
 * for good. The API is left alone: without accounts nobody can call it but its public part. Styles, scripts, the
 * brand's logo and theme and the health checks are served either way.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SetupFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String SETUP_PAGE = "/setup.xhtml";
    private static final List<String> ALWAYS = List.of(
            "/jakarta.faces.resource/",
            "/resources/",
            "/public/brand/",
            "/health",
            "/metrics",
            "/favicon",
            "/error.xhtml",
            "/not-found.xhtml",
            "/view-expired.xhtml");

    @Inject
    SetupGate gate;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean setupPage = path.equals(SETUP_PAGE);
        if (ALWAYS.stream().anyMatch(path::startsWith)) {
            chain.doFilter(request, response);
        } else if (gate.isOpen()) {
            if (setupPage || path.startsWith("/api/")) {
                chain.doFilter(request, response);
            } else {
                response.sendRedirect(request.getContextPath() + SETUP_PAGE);
            }
        } else if (setupPage) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } else {
            chain.doFilter(request, response);
        }
    }
}
