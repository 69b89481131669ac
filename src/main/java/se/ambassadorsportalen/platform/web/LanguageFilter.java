package se.ambassadorsportalen.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The language switch is a plain link ({@code ?lang=en}) so it works on every page, error pages
 * included: this filter applies the choice, saves it for a signed-in user and redirects to the
 * same address without the parameter.
 *
 * <p>Mapped to every address rather than {@code *.xhtml}: the page people land on after login is
 * the context root {@code /}, which reaches {@code index.xhtml} only as a welcome file, past a
 * {@code *.xhtml} filter. Only pages take the parameter, so the API and resources are left alone.
 */
@WebFilter(urlPatterns = "/*")
public class LanguageFilter extends HttpFilter {

    static final String PARAMETER = "lang";

    @Inject
    Language language;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // Method and path first: reading a parameter of a multipart post (a photo to the API) would
        // consume its body before JAX-RS reads the parts.
        String wanted = "GET".equals(request.getMethod()) && isPage(request.getServletPath(), request.getPathInfo())
                ? request.getParameter(PARAMETER)
                : null;
        if (wanted == null) {
            chain.doFilter(request, response);
            return;
        }
        language.choose(
                wanted,
                request.getUserPrincipal() == null
                        ? null
                        : request.getUserPrincipal().getName());
        response.sendRedirect(samePage(request.getContextPath(), request.getServletPath(), request.getPathInfo())
                + queryWithout(request, PARAMETER));
    }

    /** A Faces page or the context root (whose welcome file is the home page). */
    static boolean isPage(String servletPath, String pathInfo) {
        String path = servletPath + (pathInfo == null ? "" : pathInfo);
        return path.isEmpty() || path.equals("/") || path.endsWith(".xhtml");
    }

    /**
     * This portal's own address of the page, never another site's: built from the servlet path,
     * not the raw request URI, whose leading {@code //evil.example/...} a browser would follow to
     * another host.
     */
    static String samePage(String contextPath, String servletPath, String pathInfo) {
        String path = servletPath + (pathInfo == null ? "" : pathInfo);
        return contextPath + "/" + path.replaceFirst("^[/\\\\]+", "");
    }

    static String queryWithout(HttpServletRequest request, String name) {
        String rest = request.getParameterMap().entrySet().stream()
                .filter(entry -> !entry.getKey().equals(name))
                .flatMap(entry -> Arrays.stream(entry.getValue())
                        .map(value -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
                                + URLEncoder.encode(value, StandardCharsets.UTF_8)))
                .collect(Collectors.joining("&"));
        return rest.isEmpty() ? "" : "?" + rest;
    }
}
