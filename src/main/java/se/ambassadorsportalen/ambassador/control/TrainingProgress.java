package se.ambassadorsportalen.ambassador.control;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import se.ambassadorsportalen.ambassador.entity.Purpose;
import se.ambassadorsportalen.ambassador.entity.TrainingModule;

/**
 * Whether an ambassador is trained for a purpose: every active module that the purpose requires
 * is completed. A purpose no module requires needs no training. Pure calculation.
 */
public final class TrainingProgress {

    private TrainingProgress() {}

    public static List<TrainingModule> missing(
            Purpose purpose, Collection<TrainingModule> modules, Set<Long> completedIds) {
        return modules.stream()
                .filter(module -> module.requiredFor(purpose))
                .filter(module -> !completedIds.contains(module.getId()))
                .toList();
    }

    public static boolean trainedFor(Purpose purpose, Collection<TrainingModule> modules, Set<Long> completedIds) {
        return missing(purpose, modules, completedIds).isEmpty();
    }
}
