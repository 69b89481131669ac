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

    /**
     * An application as the table shows it. The view keeps these few strings, not the entities:
     * an entity would keep the persistence context that read it (and all it read) with the view.
     */
    public record Application(
            long id,
            String name,
            String profession,
            String unitName,
            String town,
            String motivation,
            String endorsement)
            implements Serializable {

        static Application of(Ambassador applicant) {
            var person = applicant.getPerson();
            return new Application(
                    applicant.getId(),
                    person.getDisplayName(),
                    person.getProfession(),
                    person.getUnit() == null ? null : person.getUnit().getName(),
                    person.getTown(),
                    applicant.getMotivation(),
                    applicant.getEndorsement());
        }
    }

    private List<Application> pending;
    private final Map<Long, String> reasons = new HashMap<>();

    @PostConstruct
    void init() {
        pending =
                ambassadors.pendingApplications().stream().map(Application::of).toList();
    }

    public void accept(Application application) {
        try {
            Ambassador accepted = ambassadors.accept(application.id(), reasons.get(application.id()));
            FacesMessages.info(
                    "ambassador.applications.accepted", accepted.getPerson().getDisplayName());
            init();
        } catch (RuntimeException e) {
            FacesMessages.failed(e, null);
        }
    }

    public void decline(Application application) {
        try {
            Ambassador declined = ambassadors.decline(application.id(), reasons.get(application.id()));
            FacesMessages.info(
                    "ambassador.applications.declined", declined.getPerson().getDisplayName());
            init();
        } catch (RuntimeException e) {
            FacesMessages.failed(e, null);
        }
    }

    public List<Application> getPending() {
        return pending;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }
}
