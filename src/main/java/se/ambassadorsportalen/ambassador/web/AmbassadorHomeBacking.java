package se.ambassadorsportalen.ambassador.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import se.ambassadorsportalen.ambassador.boundary.Ambassadors;
import se.ambassadorsportalen.ambassador.boundary.RelayRota;
import se.ambassadorsportalen.ambassador.boundary.Trainings;
import se.ambassadorsportalen.ambassador.control.RotaPlan;
import se.ambassadorsportalen.ambassador.entity.Ambassador;
import se.ambassadorsportalen.ambassador.entity.Purpose;
import se.ambassadorsportalen.ambassador.entity.RelayWeek;
import se.ambassadorsportalen.ambassador.entity.TrainingModule;
import se.ambassadorsportalen.organisation.boundary.CurrentUser;
import se.ambassadorsportalen.platform.security.Role;
import se.ambassadorsportalen.platform.time.PortalTime;
import se.ambassadorsportalen.platform.web.FacesMessages;

/** The ambassador programme's home cards: the employee's status, the manager's endorsements, the communicator's to-do. */
@Named
@RequestScoped
public class AmbassadorHomeBacking {

    @Inject
    Ambassadors ambassadors;

    @Inject
    Trainings trainings;

    @Inject
    RelayRota rota;

    @Inject
    CurrentUser currentUser;

    private Ambassador mine;
    private boolean mineLoaded;
    private RelayWeek myWeek;
    private boolean myWeekLoaded;
    private List<Ambassador> staffApplications;
    private List<RotaPlan.Slot> ahead;
    private Long pendingApplications;
    private Long openRequests;
    private final java.util.Map<Long, String> endorsements = new java.util.HashMap<>();

    public Ambassador getMine() {
        if (!mineLoaded) {
            mine = currentUser.holds(Role.EMPLOYEE)
                    ? ambassadors.mine().filter(a -> !a.isFormer()).orElse(null)
                    : null;
            mineLoaded = true;
        }
        return mine;
    }

    public List<TrainingModule> getMissingTraining() {
        return getMine() == null ? List.of() : trainings.myMissing(Purpose.RELAY);
    }

    public RelayWeek getMyWeek() {
        if (!myWeekLoaded) {
            myWeek = getMine() == null
                    ? null
                    : rota.myNextWeek(PortalTime.today()).orElse(null);
            myWeekLoaded = true;
        }
        return myWeek;
    }

    public List<Ambassador> getStaffApplications() {
        if (staffApplications == null) {
            staffApplications = ambassadors.applicationsFromMyStaff();
        }
        return staffApplications;
    }

    public void endorse(Long ambassadorId) {
        try {
            Ambassador endorsed = ambassadors.endorse(ambassadorId, endorsements.get(ambassadorId));
            FacesMessages.info("ambassador.endorsed", endorsed.getPerson().getDisplayName());
            staffApplications = null;
            endorsements.remove(ambassadorId);
        } catch (RuntimeException e) {
            FacesMessages.failed(e, null);
        }
    }

    public java.util.Map<Long, String> getEndorsements() {
        return endorsements;
    }

    /** Counted in the database: the card shows only the number. */
    public long getPendingApplications() {
        if (pendingApplications == null) {
            pendingApplications = ambassadors.pendingApplicationCount();
        }
        return pendingApplications;
    }

    public long getOpenRequests() {
        if (openRequests == null) {
            openRequests = rota.openRequestCount();
        }
        return openRequests;
    }

    public List<RotaPlan.Slot> getGaps() {
        if (ahead == null) {
            ahead = rota.ahead(PortalTime.today());
        }
        return RotaPlan.gaps(ahead);
    }
}
