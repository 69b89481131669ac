package se.ambassadorsportalen.platform.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.logging.Logger;
import org.primefaces.context.PrimeApplicationContext;
import org.primefaces.context.PrimeFacesContext;
import org.primefaces.csp.CspException;

/**
 * Checks a post's CSP nonce right after its view is restored, before any value is applied or any
 * action runs. PrimeFaces' script posts back the nonce of the page it came from
 * ({@code primefaces.nonce}); PrimeFaces itself compares it only when it renders the answer, that
 * is after the action had already run, and then fails with a {@code CspException} (a 500). A post
 * without the page's nonce did not come from the page's own script: it is answered like a post on
 * a view the session no longer keeps (the "page has expired" page with the way back), and nothing
 * of it is applied. The page's nonce is kept in {@link ViewNonce} (see {@link CspNonceKeeper} for why it
 * is not in the view map, where PrimeFaces keeps it); PrimeFaces' own check
 * ({@code CspState.getNonce()}) then still refuses a missing or malformed one and keeps the nonce for
 * the rendering that follows.
 */
public class ScriptNonceCheck implements PhaseListener {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ScriptNonceCheck.class.getName());

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // Nothing to compare before the view and its kept nonce are restored.
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (faces.getViewRoot() == null
                || faces.getResponseComplete()
                || !(faces.isPostback() || faces.getPartialViewContext().isAjaxRequest())
                || !PrimeApplicationContext.getCurrentInstance(faces)
                        .getConfig()
                        .isCsp()) {
            return;
        }
        String kept = CDI.current().select(ViewNonce.class).get().getValue();
        String posted = faces.getExternalContext().getRequestParameterMap().get(CspNonceKeeper.NONCE);
        if (kept != null && !kept.equals(posted)) {
            LOG.info("A post without its page's script nonce was refused: the nonce does not match the page's");
            FacesFailureHandlerFactory.redirectToExpiredPage(faces);
            return;
        }
        try {
            PrimeFacesContext.getCspState(faces).getNonce();
        } catch (CspException forged) {
            // No username, no values: the message only (missing, invalid or mismatched nonce).
            LOG.info(() -> "A post without its page's script nonce was refused: " + forged.getMessage());
            FacesFailureHandlerFactory.redirectToExpiredPage(faces);
        }
    }
}
