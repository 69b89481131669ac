package se.ambassadorsportalen.recommendation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.ambassadorsportalen.platform.cache.CacheGenerations;
import se.ambassadorsportalen.platform.cache.GenerationCheckedCopy;
import se.ambassadorsportalen.recommendation.control.UnitFigures.Counts;

/**
 * Every round's answer sums per unit ({@code rec_unit_sum}) in memory. The dashboard reads them
 * twice a view (the round and the one before it) and the trend reads every round; with 400 units and
 * five rounds that was about a seventh of the dashboard's CPU under load (JFR, 2026-12-04). They
 * change only when answers are imported or a round is deleted. The change bumps
 * {@code recommendation.sums} in {@code cache_generation} in the writing transaction. Every node
 * compares that number with the one its copy was read under, at most every {@link #CHECK_EVERY}
 * (one primary-key read). So another node shows the old figures for at most that long after the
 * change commits. This node drops its copy when the change is made and again when its transaction
 * ends, so a view that read the old sums in between is not kept either ({@link CacheGenerations}).
 */
@ApplicationScoped
public class UnitSums {

    static final Duration CHECK_EVERY = Duration.ofSeconds(2);
    private static final String NAME = "recommendation.sums";

    @PersistenceContext
    EntityManager em;

    @Inject
    CacheGenerations generations;

    private final GenerationCheckedCopy<Map<Long, Map<Long, Counts>>> copy =
            GenerationCheckedCopy.checkedEvery(CHECK_EVERY);

    /** Round id → unit id → the unit's sums; a round without answers is absent. */
    public Map<Long, Map<Long, Counts>> byRound() {
        return copy.get(() -> generations.current(NAME), this::read);
    }

    /** One round's sums per unit id, empty for a round without answers. */
    public Map<Long, Counts> of(long roundId) {
        return byRound().getOrDefault(roundId, Map.of());
    }

    /**
     * Drops this node's copy now and when the caller's transaction ends, and every other node's
     * when it commits. Called by whatever writes {@code rec_unit_sum}, in the writing transaction.
     */
    public void changed() {
        generations.changed(NAME, copy);
    }

    private Map<Long, Map<Long, Counts>> read() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                em.createNativeQuery(AnswerCountSql.SUMS_BY_ROUND_AND_UNIT).getResultList();
        Map<Long, Map<Long, Counts>> byRound = new HashMap<>();
        AnswerCountSql.countsByRound(rows).forEach((round, units) -> byRound.put(round, Map.copyOf(units)));
        return Map.copyOf(byRound);
    }
}
