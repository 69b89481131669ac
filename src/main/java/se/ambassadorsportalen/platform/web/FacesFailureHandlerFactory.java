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
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primefaces.csp.CspException;
import se.ambassadorsportalen.platform.i18n.Messages;

/**
 * Sends a post on a view the session no longer keeps to the "page has expired" page, which links
 * back to the page. Without it an ajax click ended in an error element of the partial response that
 * PrimeFaces shows nowhere (the click seemed to do nothing) and a full post in the 500 page. The
 * session keeps a bounded number of views (see {@code web.xml}), so a tab left behind many newer
 * pages meets this. A post whose CSP nonce is not its page's ({@link ScriptNonceCheck} catches it
 * before anything is applied; a {@code CspException} thrown later is caught here) is answered the
 * same way: it did not come from the page's own script, and a stack trace would help nobody. Any
 * other failure of an ajax request is told in the page itself ({@link
 * FacesFailureHandler#answeredInThePage}); a full post's failure still ends in the error page.
 */
public class FacesFailureHandlerFactory extends ExceptionHandlerFactory {

    private static final Logger LOG = Logger.getLogger(FacesFailureHandlerFactory.class.getName());

    public FacesFailureHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new FacesFailureHandler(getWrapped().getExceptionHandler());
    }

    static final class FacesFailureHandler extends ExceptionHandlerWrapper {

        FacesFailureHandler(ExceptionHandler wrapped) {
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
                if (faces.getPartialViewContext().isAjaxRequest() && answeredInThePage(faces)) {
                    return;
                }
            }
            getWrapped().handle();
        }

        /**
         * An ajax request that failed unexpectedly. MyFaces would answer with the exception's class
         * and message in an error element, which PrimeFaces shows nowhere: the click seemed to do
         * nothing, and the answer told a curious reader about the code. The server log keeps the
         * exception; the page keeps what the user typed and says, in the page's messages, that it
         * went wrong.
         */
        private boolean answeredInThePage(FacesContext faces) {
            ExternalContext external = faces.getExternalContext();
            Iterator<ExceptionQueuedEvent> events =
                    getUnhandledExceptionQueuedEvents().iterator();
            if (!events.hasNext() || external.isResponseCommitted()) {
                return false;
            }
            while (events.hasNext()) {
                LOG.log(
                        Level.SEVERE,
                        "An ajax request to " + external.getRequestServletPath() + " failed",
                        events.next().getContext().getException());
                events.remove();
            }
            Locale locale = faces.getViewRoot() == null
                    ? external.getRequestLocale()
                    : faces.getViewRoot().getLocale();
            external.responseReset();
            external.setResponseContentType("text/xml");
            external.setResponseCharacterEncoding(StandardCharsets.UTF_8.name());
            try {
                external.getResponseOutputWriter()
                        .write(failureInTheMessages(Messages.text(locale, "platform.error.ajaxFailed")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
            return true;
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

    /** The id of the failure's message in the page: tests and the load suite look for it. */
    public static final String FAILURE_MESSAGE_ID = "ajaxFailure";

    /**
     * A partial response that puts the text where the layout's messages stand ({@code layout.xhtml},
     * whose {@code h:messages} renders the same list); the text comes from a bundle and is escaped
     * all the same. The item's id lets tests and the load suite tell such a failure from an
     * ordinary answer, as MyFaces's error element did.
     */
    static String failureInTheMessages(String text) {
        String escaped = text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><changes>"
                + "<update id=\"messages\"><![CDATA[<div id=\"messages\" class=\"ui-outputpanel ui-widget portal-messages\""
                + " role=\"status\" aria-live=\"polite\"><ul><li id=\"" + FAILURE_MESSAGE_ID
                + "\" class=\"portal-message portal-message-error\">"
                + escaped + "</li></ul></div>]]></update></changes></partial-response>";
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
