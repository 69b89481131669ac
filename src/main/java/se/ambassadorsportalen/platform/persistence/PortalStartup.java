package se.ambassadorsportalen.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.sql.SQLException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import se.ambassadorsportalen.platform.demo.DemoLoader;
import se.ambassadorsportalen.platform.demo.DemoOrganisation;
import se.ambassadorsportalen.platform.demo.DemoSize;
import se.ambassadorsportalen.platform.time.PortalTime;

/**
 * Brings the database up to date at start-up with the migrations under {@code db/migration} and
 * the database's own under {@code db/vendor} (see {@link DatabaseVendor}; never JPA's drop-and-create), then loads demo content when demo mode is on. A database that
 * cannot be opened is reported in the log and by {@code /health/ready}; the server still starts,
 * so the operator sees why instead of a hang.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PortalStartup {

    private static final Logger LOG = Logger.getLogger(PortalStartup.class.getName());

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @Resource(lookup = "portal/demo")
    Boolean demo;

    /** "small" (the default) or "large": see {@link DemoSize}. */
    @Resource(lookup = "portal/demoSize")
    String demoSize;

    /** Which demo organisation to load: see {@link DemoOrganisation}. */
    @Resource(lookup = "portal/demoOrganisation")
    String demoOrganisation;

    @Inject
    DemoLoader demoLoader;

    @PersistenceUnit(unitName = "portal")
    EntityManagerFactory factory;

    private volatile String failure;
    private volatile String schemaVersion;
    private volatile DatabaseVendor vendor;

    @PostConstruct
    void start() {
        try {
            vendor = DatabaseVendor.of(dataSource);
            var result = Flyway.configure(getClass().getClassLoader())
                    .dataSource(dataSource)
                    .locations(vendor.migrationLocations())
                    .callbackLocations(DatabaseVendor.SHARED_MIGRATIONS)
                    .javaMigrations(InstantColumns.all(PortalTime.zone()))
                    .load()
                    .migrate();
            schemaVersion =
                    result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
            LOG.info(() -> "Database (" + vendor + ") schema at version " + schemaVersion);
            EclipseLinkSession.of(factory).failQueriesWithoutRepeating();
        } catch (RuntimeException | SQLException | ReflectiveOperationException e) {
            failure = rootMessage(e);
            LOG.log(
                    Level.SEVERE,
                    "The portal database could not be opened or migrated: " + failure
                            + ". Is another process using the data folder? Check the portal.data.dir and portal.db.url variables.",
                    e);
            return;
        }
        if (Boolean.TRUE.equals(demo)) {
            demoLoader.loadMissing(DemoSize.of(demoSize), DemoOrganisation.of(demoOrganisation));
        }
    }

    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    /** The database in use, once it could be opened. */
    public Optional<DatabaseVendor> vendor() {
        return Optional.ofNullable(vendor);
    }

    public Optional<String> schemaVersion() {
        return Optional.ofNullable(schemaVersion);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
