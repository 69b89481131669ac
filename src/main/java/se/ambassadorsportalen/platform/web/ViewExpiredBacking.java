package se.ambassadorsportalen.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.net.URI;

/**
 * The "page has expired" page's way back: the page the user was on, opened afresh, from the
 * {@code page} parameter the redirect carries; only ever a path inside the portal.
 */
@Named
@RequestScoped
public class ViewExpiredBacking {

    public String getReturnPath() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String page = external.getRequestParameterMap().get("page");
        return external.getRequestContextPath() + (page == null ? LoginBacking.HOME : LoginBacking.safeTarget(page));
    }

    /** The path and query of a same-site Referer, without the context path; null for anything else. */
    static String pageOf(String referer, String serverName, String contextPath) {
        if (referer == null) {
            return null;
        }
        try {
            URI uri = URI.create(referer);
            if (uri.getHost() == null
                    || !uri.getHost().equalsIgnoreCase(serverName)
                    || uri.getRawPath() == null
                    || !uri.getRawPath().startsWith(contextPath + "/")) {
                return null;
            }
            String page = uri.getRawPath().substring(contextPath.length())
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            return LoginBacking.safeTarget(page).equals(page) ? page : null;
        } catch (IllegalArgumentException notAUri) {
            return null;
        }
    }
}
