package se.ambassadorsportalen.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The portal's own address, for links that leave the request they were made in: feeds, JSON read
 * by other sites, mails. Taken from configuration ({@code portal.base.url}, the scheme, host and
 * port the world reaches the portal by), never from the request's {@code Host} header: a cached
 * public feed built from a forged {@code Host} would send every later reader to another site.
 * The context path is the server's own, so it cannot be forged either.
 */
@ApplicationScoped
public class PortalAddress {

    @Inject
    @ConfigProperty(name = "portal.base.url", defaultValue = "http://localhost:9080")
    String baseUrl;

    @Inject
    ServletContext servletContext;

    /** The portal's root without a trailing slash, e.g. {@code https://ambassador.region.example/portal}. */
    public String root() {
        return join(baseUrl, servletContext.getContextPath());
    }

    static String join(String base, String contextPath) {
        String origin = base.strip();
        while (origin.endsWith("/")) {
            origin = origin.substring(0, origin.length() - 1);
        }
        return origin + (contextPath == null ? "" : contextPath);
    }
}
