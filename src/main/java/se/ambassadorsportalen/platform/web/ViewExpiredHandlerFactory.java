package se.ambassadorsportalen.platform.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import org.primefaces.csp.CspException;

/**
 * Sends a post on a view the session no longer keeps to the "page has expired" page, which links
 * back to the page. Without it an ajax click ended in an error element of the partial response that
 * PrimeFaces shows nowhere (the click seemed to do nothing) and a full post in the 500 page. The
 * session keeps a bounded number of views (see {@code web.xml}), so a tab left behind many newer
 * pages meets this. A post whose CSP nonce is not its page's ({@link ScriptNonceCheck} catches it
 * before anything is applied; a {@code CspException} thrown later is caught here) is answered the
 * same way: it did not come from the page's own script, and a stack trace would help nobody.
 */
public class ViewExpiredHandlerFactory extends ExceptionHandlerFactory {

    public ViewExpiredHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new ViewExpiredRedirect(getWrapped().getExceptionHandler());
    }

    static final class ViewExpiredRedirect extends ExceptionHandlerWrapper {

        ViewExpiredRedirect(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext faces = FacesContext.getCurrentInstance();
            if (faces != null) {
                for (Iterator<ExceptionQueuedEvent> events =
                                getUnhandledExceptionQueuedEvents().iterator();
                        events.hasNext(); ) {
                    if (expiredOrForged(events.next().getContext().getException())) {
                        events.remove();
                        redirectToExpiredPage(faces);
                        return;
                    }
                }
            }
            getWrapped().handle();
        }

        private static boolean expiredOrForged(Throwable exception) {
            for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
                if (cause instanceof ViewExpiredException || cause instanceof CspException) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Sends the request to the "page has expired" page, which links back to the page it came from. */
    static void redirectToExpiredPage(FacesContext faces) {
        ExternalContext external = faces.getExternalContext();
        String page = ViewExpiredBacking.pageOf(
                external.getRequestHeaderMap().get("Referer"),
                external.getRequestServerName(),
                external.getRequestContextPath());
        if (page == null) {
            page = external.getRequestServletPath();
        }
        try {
            external.redirect(external.getRequestContextPath() + "/view-expired.xhtml?page="
                    + URLEncoder.encode(page, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
