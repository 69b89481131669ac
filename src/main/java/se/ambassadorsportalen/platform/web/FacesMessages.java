package se.ambassadorsportalen.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.i18n.Messages;
import se.ambassadorsportalen.platform.persistence.ConcurrentWrites;
import se.ambassadorsportalen.platform.rest.ProblemMappers;

/**
 * Translated messages for Faces views. A refused change from a boundary becomes a message at
 * the field it names, so the form keeps everything the user typed and says what to fix.
 */
public final class FacesMessages {

    private FacesMessages() {}

    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    /**
     * An info message that survives the redirect of post-redirect-get, also when the caller
     * redirects with {@code ExternalContext.redirect}: the flash keeps messages only for a redirect
     * it knows of (a navigation to "?faces-redirect=true" tells it; a direct redirect does not), so
     * it is told here. Without it a published policy version said nothing.
     */
    public static void flashInfo(String key, Object... arguments) {
        jakarta.faces.context.Flash flash =
                FacesContext.getCurrentInstance().getExternalContext().getFlash();
        flash.setKeepMessages(true);
        flash.setRedirect(true);
        info(key, arguments);
    }

    /**
     * An info message for the page that an outcome with {@code ?faces-redirect=true} leads to. The
     * navigation tells the flash of its redirect itself; telling it here too made MyFaces warn
     * "Multiple call to setRedirect() ignored" at every such save (about 2,200 lines in ten minutes
     * of the load run).
     */
    public static void infoForTheRedirectedPage(String key, Object... arguments) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        info(key, arguments);
    }

    public static void error(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    /**
     * Shows what went wrong in a boundary call. {@code formId} prefixes the field name a
     * {@link PortalException} carries ("unitForm" + "code" → "unitForm:code").
     * Anything unexpected is rethrown to the error page.
     */
    public static void failed(RuntimeException thrown, String formId) {
        failed(thrown, formId, null);
    }

    /**
     * As {@link #failed(RuntimeException, String)}, but a refusal that names no field is shown at
     * {@code elsewhereId} (e.g. in the dialog the user is working in) instead of the page's
     * messages at the top, which a user in an open dialog does not see.
     */
    public static void failed(RuntimeException thrown, String formId, String elsewhereId) {
        Throwable e = ProblemMappers.unwrap(thrown);
        if (e instanceof PortalException portal) {
            String clientId = portal.field() == null || formId == null ? elsewhereId : formId + ":" + portal.field();
            error(clientId, portal.key(), portal.arguments());
            FacesContext.getCurrentInstance().validationFailed();
        } else if (ConcurrentWrites.isConflict(e)) {
            error(elsewhereId, "platform.error.conflict");
            FacesContext.getCurrentInstance().validationFailed();
        } else if (e instanceof jakarta.validation.ConstraintViolationException violations) {
            violations
                    .getConstraintViolations()
                    .forEach(v -> FacesContext.getCurrentInstance()
                            .addMessage(
                                    null,
                                    new FacesMessage(FacesMessage.SEVERITY_ERROR, v.getMessage(), v.getMessage())));
            FacesContext.getCurrentInstance().validationFailed();
        } else {
            throw thrown;
        }
    }

    public static String text(String key, Object... arguments) {
        return Messages.text(FacesContext.getCurrentInstance().getViewRoot().getLocale(), key, arguments);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        String text = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
    }
}
