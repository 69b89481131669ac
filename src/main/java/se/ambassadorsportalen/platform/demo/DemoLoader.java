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
import se.ambassadorsportalen.platform.layout.PortalSettings;
import se.ambassadorsportalen.platform.persistence.InstantConverter;
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

    /** Where a demo database records the organisation it was loaded with. */
    public static final String ORGANISATION_SETTING = "demo.organisation";

    @Inject
    DemoLoader self;

    @Inject
    PortalSettings settings;

    /**
     * Loads what is missing for the configured organisation, or, in a database that already holds
     * a demo organisation, for that one: a demo database never gets a second organisation's rows.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void loadMissing(DemoSize size, DemoOrganisation configured) {
        DemoOrganisation organisation = self.loadedOrganisation().orElse(configured);
        if (organisation != configured) {
            LOG.warning(() -> "This demo database holds the demo organisation " + organisation.key()
                    + ", not the configured " + configured.key() + ": delete the data folder to load that one.");
        }
        List<DemoContent> ordered = contents.stream()
                .filter(content -> size.includes(content.size()))
                .filter(content -> content.serves(organisation))
                .sorted(Comparator.comparingInt(DemoContent::order))
                .toList();
        for (DemoContent content : ordered) {
            try {
                self.loadIfMissing(content, organisation);
            } catch (RuntimeException e) {
                LOG.severe(() -> "Demo content of " + content.module() + " could not be loaded: " + e);
            }
        }
    }

    /** The organisation a demo database was loaded with (a demo from before the choice existed: the default). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public java.util.Optional<DemoOrganisation> loadedOrganisation() {
        if (!isSeeded(ORGANISATION)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(DemoOrganisation.of(settings.value(ORGANISATION_SETTING, "")));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void loadIfMissing(DemoContent content, DemoOrganisation organisation) {
        if (isSeeded(content.module())) {
            return;
        }
        boolean isOrganisation = ORGANISATION.equals(content.module());
        if (isOrganisation ? accountCount() > 0 : !isSeeded(ORGANISATION)) {
            return; // a real database, or one whose organisation is not the demo region: leave it alone
        }
        long started = System.nanoTime();
        content.load(organisation);
        if (isOrganisation) {
            settings.set(ORGANISATION_SETTING, organisation.key());
        }
        em.createNativeQuery("insert into demo_seed (module, seeded_at) values (?, ?)")
                .setParameter(1, content.module())
                .setParameter(2, InstantConverter.toColumn(PortalTime.moment()))
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
