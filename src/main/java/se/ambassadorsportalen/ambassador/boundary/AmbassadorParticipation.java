package se.ambassadorsportalen.ambassador.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import se.ambassadorsportalen.platform.integration.UnitParticipation;

/** Offers the programme's participation per unit to other modules (the recommendation dashboard). */
@ApplicationScoped
public class AmbassadorParticipation implements UnitParticipation {

    @Inject
    Ambassadors ambassadors;

    @Override
    public Map<Long, Long> activeAmbassadorsByUnit() {
        return ambassadors.activeAmbassadorsByUnit();
    }
}
