package se.ambassadorsportalen.platform.web;

import jakarta.faces.view.ViewScoped;
import java.io.Serializable;

/**
 * The PrimeFaces CSP nonce of one view, kept as a view-scoped bean instead of the plain view-map
 * entry PrimeFaces writes (see {@link CspNonceKeeper} for why).
 */
@ViewScoped
public class ViewNonce implements Serializable {

    private static final long serialVersionUID = 1L;

    private String value;

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }
}
