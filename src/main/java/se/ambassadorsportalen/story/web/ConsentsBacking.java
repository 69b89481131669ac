package se.ambassadorsportalen.story.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import se.ambassadorsportalen.platform.web.FacesMessages;
import se.ambassadorsportalen.story.boundary.Stories;
import se.ambassadorsportalen.story.entity.Consent;

/** The caller's consent requests: answer yes or no, or withdraw a consent given earlier. */
@Named
@ViewScoped
public class ConsentsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Stories stories;

    private transient List<Consent> consents;

    public List<Consent> getConsents() {
        if (consents == null) {
            consents = stories.myConsents();
        }
        return consents;
    }

    public void answer(Consent consent, boolean yes) {
        try {
            stories.answerConsent(consent.getId(), yes);
            FacesMessages.info(yes ? "story.consents.given" : "story.consents.refused");
        } catch (RuntimeException e) {
            FacesMessages.failed(e, null);
        }
        consents = null;
    }

    public void withdraw(Consent consent) {
        try {
            stories.withdrawConsent(consent.getId());
            FacesMessages.info("story.consents.withdrawn");
        } catch (RuntimeException e) {
            FacesMessages.failed(e, null);
        }
        consents = null;
    }
}
