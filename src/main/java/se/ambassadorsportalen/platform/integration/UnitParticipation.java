package se.ambassadorsportalen.platform.integration;

import java.util.Map;

/**
 * How many people of each unit take part in the ambassador programme. The ambassador module
 * provides it; the recommendation module asks for it through CDI ({@code Instance}) and shows
 * the programme's effect only when a provider is present, so neither module depends on the other.
 */
public interface UnitParticipation {

    /** Unit id → number of active ambassadors; units without any are absent. */
    Map<Long, Long> activeAmbassadorsByUnit();
}
