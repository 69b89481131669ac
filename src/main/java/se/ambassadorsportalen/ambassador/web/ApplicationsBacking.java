package se.ambassadorsportalen.ambassador.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.ambassadorsportalen.ambassador.boundary.Ambassadors;
import se.ambassadorsportalen.ambassador.entity.Ambassador;
import se.ambassadorsportalen.platform.web.FacesMessages;

/** Communicators accept or decline applications, with the manager's endorsement in view. */
@Named
@ViewScoped
public class ApplicationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Ambassadors ambassadors;

    private List<Ambassador> pending;
    private final Map<Long, String> reasons = new HashMap<>();

    @PostConstruct
    void init() {
        pending = ambassadors.pendingApplications();
    }

    public void accept(Ambassador application) {
        try {
            Ambassador accepted = ambassadors.accept(application.getId(), reasons.get(application.getId()));
            FacesMessages.info(
                    "ambassador.applications.accepted", accepted.getPerson().getDisplayName());
            init();
        } catch (RuntimeException e) {
            FacesMessages.failed(e, null);
        }
    }

    public void decline(Ambassador application) {
        try {
            Ambassador declined = ambassadors.decline(application.getId(), reasons.get(application.getId()));
            FacesMessages.info(
                    "ambassador.applications.declined", declined.getPerson().getDisplayName());
            init();
        } catch (RuntimeException e) {
            FacesMessages.failed(e, null);
        }
    }

    public List<Ambassador> getPending() {
        return pending;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }
}
