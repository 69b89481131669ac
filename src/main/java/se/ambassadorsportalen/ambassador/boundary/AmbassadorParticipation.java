package se.ambassadorsportalen.ambassador.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Map;
import se.ambassadorsportalen.platform.integration.UnitParticipation;
import se.ambassadorsportalen.platform.security.Role;

/**
 * Offers the programme's participation per unit to other modules (the recommendation dashboard).
 * A session bean with its own role check, so the figures are refused to a caller who may not see
 * the dashboard whichever module asks, not only when the ambassador boundary it reads from checks.
 */
@Stateless
public class AmbassadorParticipation implements UnitParticipation {

    @Inject
    Ambassadors ambassadors;

    @Override
    @RolesAllowed({Role.Names.HR, Role.Names.COMMUNICATOR, Role.Names.MANAGER})
    public Map<Long, Long> activeAmbassadorsByUnit() {
        return ambassadors.activeAmbassadorsByUnit();
    }
}
