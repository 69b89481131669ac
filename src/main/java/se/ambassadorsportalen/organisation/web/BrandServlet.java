package se.ambassadorsportalen.organisation.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import se.ambassadorsportalen.organisation.boundary.OrganisationProfiles;
import se.ambassadorsportalen.organisation.control.LogoFile;
import se.ambassadorsportalen.organisation.control.ThemeCss;

/**
 * The organisation's logo and colours for every page, the login page included: {@code theme.css}
 * (custom properties only, see {@link ThemeCss}) and {@code logo}. The template links both with the
 * profile's version in the address, so a browser may keep them for a day and still sees a change
 * at once. An SVG logo is served with a policy that runs nothing, even if opened on its own.
 */
@WebServlet(urlPatterns = "/public/brand/*")
public class BrandServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    OrganisationProfiles profiles;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String what = request.getPathInfo() == null ? "" : request.getPathInfo();
        OrganisationProfiles.Profile profile = profiles.current();
        switch (what) {
            case "/theme.css" -> {
                byte[] css = ThemeCss.of(profile.headerColour(), profile.headerTextColour(), profile.accentColour())
                        .getBytes(StandardCharsets.UTF_8);
                send(response, "text/css;charset=UTF-8", css);
            }
            case "/logo" -> {
                if (!profile.hasLogo()) {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
                if (LogoFile.SVG.equals(profile.logoType())) {
                    response.setHeader(
                            "Content-Security-Policy",
                            "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'; sandbox");
                }
                send(response, profile.logoType(), profile.logo());
            }
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private static void send(HttpServletResponse response, String type, byte[] body) throws IOException {
        response.setContentType(type);
        response.setHeader("Cache-Control", "public, max-age=86400");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
