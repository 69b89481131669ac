package se.ambassadorsportalen.platform.demo;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;
import se.ambassadorsportalen.platform.time.PortalTime;

/** Loads every module's {@link DemoContent} that the database does not have yet, each in its own transaction. */
@Stateless
public class DemoLoader {

    /** The module whose content makes a database a demo database. */
    public static final String ORGANISATION = "organisation";

    private static final Logger LOG = Logger.getLogger(DemoLoader.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    @Any
    Instance<DemoContent> contents;

    @Inject
    DemoLoader self;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void loadMissing(DemoSize size) {
        List<DemoContent> ordered = contents.stream()
                .filter(content -> size.includes(content.size()))
                .sorted(Comparator.comparingInt(DemoContent::order))
                .toList();
        for (DemoContent content : ordered) {
            try {
                self.loadIfMissing(content);
            } catch (RuntimeException e) {
                LOG.severe(() -> "Demo content of " + content.module() + " could not be loaded: " + e);
            }
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void loadIfMissing(DemoContent content) {
        if (isSeeded(content.module())) {
            return;
        }
        boolean organisation = ORGANISATION.equals(content.module());
        if (organisation ? accountCount() > 0 : !isSeeded(ORGANISATION)) {
            return; // a real database, or one whose organisation is not the demo region: leave it alone
        }
        long started = System.nanoTime();
        content.load();
        em.createNativeQuery("insert into demo_seed (module, seeded_at) values (?, ?)")
                .setParameter(1, content.module())
                .setParameter(2, PortalTime.now())
                .executeUpdate();
        LOG.info(() -> "Loaded the demo content of " + content.module() + " in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    private boolean isSeeded(String module) {
        return ((Number) em.createNativeQuery("select count(*) from demo_seed where module = ?")
                                .setParameter(1, module)
                                .getSingleResult())
                        .longValue()
                > 0;
    }

    private long accountCount() {
        return ((Number) em.createNativeQuery("select count(*) from app_user").getSingleResult()).longValue();
    }
}
