package se.ambassadorsportalen.platform.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.Map;

/**
 * Keeps PrimeFaces' CSP nonce out of the Faces view map, so that the view-scoped beans of a session
 * can be read on another node of a cluster.
 * <p>
 * PrimeFaces stores each page's nonce as a plain view-map entry ({@code primefaces.nonce}) and, on
 * every post, refuses a posted nonce that differs from it. MyFaces keeps plain view-map entries
 * beside the view-scoped CDI beans, in the session's view-scope storage, under keys of its class
 * {@code org.apache.myfaces.cdi.NonContextualKey}. Liberty (26.0.0.5, faces-4.0) reads a shared
 * session back with the application's class loader, which does not see that MyFaces package (it
 * is not exported to the thread context, unlike {@code org.apache.myfaces.cdi.view}), so on the
 * other node the whole storage failed to load (ClassNotFoundException in the FFDC log): Weld found
 * no view scope, and every view-scoped bean of the session started afresh, the story editor without
 * the id of the draft it had saved (the cluster check's FAIL).
 * <p>
 * So after each render the nonce moves from the view map into {@link ViewNonce}, a view-scoped bean
 * of the portal, whose key in that storage is a plain string; {@link ScriptNonceCheck} compares a
 * post's nonce with it right after the view is restored (PrimeFaces itself, finding no entry, would
 * take any posted nonce of the right form).
 */
public class CspNonceKeeper implements PhaseListener {

    private static final long serialVersionUID = 1L;
    static final String NONCE = "primefaces.nonce";

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // The posted nonce is compared right after the view is restored, before anything of the post
        // is applied (ScriptNonceCheck); here only the new page's nonce is kept after the render.
    }

    /** After a render, where PrimeFaces has written a new page's nonce into the view map. */
    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (event.getPhaseId() != PhaseId.RENDER_RESPONSE || !keepsState(context)) {
            return;
        }
        Map<String, Object> viewMap = context.getViewRoot().getViewMap(false);
        Object written = viewMap == null ? null : viewMap.remove(NONCE);
        if (written instanceof String value) {
            nonce().setValue(value);
        }
    }

    private static boolean keepsState(FacesContext context) {
        return context.getViewRoot() != null && !context.getViewRoot().isTransient();
    }

    private static ViewNonce nonce() {
        return CDI.current().select(ViewNonce.class).get();
    }
}
