package se.ambassadorsportalen.platform.cache;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;

/**
 * The counters of {@code cache_generation}, one row per copy that every node keeps in memory: how a
 * change made on one node reaches the others' copies ({@link GenerationCheckedCopy}). A name's row is
 * inserted by the migration that introduces its copy.
 */
@ApplicationScoped
public class CacheGenerations {

    @PersistenceContext
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** The generation of {@code name}; 0 before its row exists. */
    public long current(String name) {
        List<?> rows = em.createNativeQuery("select generation from cache_generation where name = ?1")
                .setParameter(1, name)
                .getResultList();
        return rows.isEmpty() ? 0L : ((Number) rows.get(0)).longValue();
    }

    /**
     * Bumps {@code name} in the caller's transaction, so every other node's copy is read anew once it
     * commits, and drops this node's copy now and again when the transaction ends: a request that read
     * the old value between the two (it cannot see the uncommitted bump) does not leave it kept.
     */
    public void changed(String name, GenerationCheckedCopy<?> copy) {
        copy.drop();
        em.createNativeQuery("update cache_generation set generation = generation + 1 where name = ?1")
                .setParameter(1, name)
                .executeUpdate();
        if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {}

                @Override
                public void afterCompletion(int status) {
                    copy.drop();
                }
            });
        }
    }
}
