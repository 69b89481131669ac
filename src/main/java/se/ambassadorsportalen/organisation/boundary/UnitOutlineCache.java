package se.ambassadorsportalen.organisation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import se.ambassadorsportalen.platform.cache.CacheGenerations;
import se.ambassadorsportalen.platform.cache.GenerationCheckedCopy;

/**
 * Every unit's outline in memory ({@link Organisation#unitOutlines()}). The dashboard, the home
 * page's recommendation card and the news pages walk the whole tree on every view: at a region's
 * 400 units its one statement was 3.5 % of the home page's CPU under load (JFR, 2026-12-04). Units
 * change only when an admin edits one, an HR file is imported or demo content is loaded; each bumps
 * {@code organisation.units} in {@code cache_generation} in its transaction, and every node compares
 * that number at most every {@link #CHECK_EVERY}. So another node shows the old tree for at most that
 * long after the change commits.
 */
@ApplicationScoped
public class UnitOutlineCache {

    static final Duration CHECK_EVERY = Duration.ofSeconds(2);
    private static final String NAME = "organisation.units";

    @Inject
    CacheGenerations generations;

    private final GenerationCheckedCopy<List<Organisation.UnitOutline>> copy =
            GenerationCheckedCopy.checkedEvery(CHECK_EVERY);

    List<Organisation.UnitOutline> get(Supplier<List<Organisation.UnitOutline>> read) {
        return copy.get(() -> generations.current(NAME), read);
    }

    /**
     * Drops this node's copy now and when the caller's transaction ends, and every other node's when
     * it commits. Called by whatever creates or changes units, in the writing transaction.
     */
    public void changed() {
        generations.changed(NAME, copy);
    }
}
