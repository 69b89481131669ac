package se.ambassadorsportalen.platform.web;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.ambassadorsportalen.platform.i18n.Languages;
import se.ambassadorsportalen.platform.i18n.Messages;

/**
 * With {@code portal.https.required=true} (the production default in {@code server.xml}) nothing
 * is served over plain HTTP: a page or a read is redirected (308) to the same path on HTTPS, at
 * the portal's configured address, never at the request's {@code Host}; anything that would
 * change something is refused (403). The authentication mechanism asks first, before it reads any
 * password, token or session, so credentials sent in clear are never accepted and no session is
 * started over HTTP; {@link HttpsRequiredFilter} asks again for whatever the mechanism is not
 * asked about. The session cookie is then {@code Secure} as well ({@code httpSession cookieSecure}
 * follows the same variable). {@code mvn liberty:run} and the test server set it to false.
 */
@ApplicationScoped
public class PlainHttpGuard {

    @Resource(lookup = "portal/httpsRequired")
    Boolean httpsRequired;

    @Inject
    @ConfigProperty(name = "default.https.port", defaultValue = "9443")
    int httpsPort;

    @Inject
    PortalAddress address;

    /** True when the request came over plain HTTP while HTTPS is required: its answer has then been sent. */
    public boolean answered(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.isSecure() || !Boolean.TRUE.equals(httpsRequired)) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<String> target = HttpsRequiredFilter.redirect(
                request.getMethod(), address.root(), httpsPort, path, request.getQueryString());
        if (target.isPresent()) {
            response.setStatus(308);
            response.setHeader("Location", target.get());
            response.flushBuffer();
        } else {
            response.sendError(
                    HttpServletResponse.SC_FORBIDDEN,
                    Messages.text(
                            Languages.fromAcceptLanguage(Collections.list(request.getLocales())),
                            "platform.error.httpsRequired"));
        }
        return true;
    }
}
