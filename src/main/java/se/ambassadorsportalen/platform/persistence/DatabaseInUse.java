package se.ambassadorsportalen.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Which database the portal really talks to, as the JDBC driver and EclipseLink see it: so an operator
 * (and the integration tests) can check that {@code portal.db.url} led where it should and that EclipseLink
 * chose the matching platform instead of writing one database's SQL to another.
 */
@ApplicationScoped
public class DatabaseInUse {

    /**
     * {@code product} and {@code productVersion} as the database reports them, {@code driver} the JDBC
     * driver's name and version, {@code jpaPlatform} EclipseLink's platform class, {@code schemaVersion}
     * the newest migration applied, {@code queryRepeats} how often EclipseLink repeats a query that
     * got no connection (0: see {@link PortalStartup}).
     */
    public record Description(
            String product,
            String productVersion,
            String driver,
            String jpaPlatform,
            String schemaVersion,
            int queryRepeats) {}

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @PersistenceUnit(unitName = "portal")
    EntityManagerFactory factory;

    @Inject
    PortalStartup startup;

    public Description describe() {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            EclipseLinkSession session = EclipseLinkSession.of(factory);
            return new Description(
                    metaData.getDatabaseProductName(),
                    metaData.getDatabaseProductVersion(),
                    metaData.getDriverName() + " " + metaData.getDriverVersion(),
                    session.platformClassName(),
                    startup.schemaVersion().orElse(null),
                    session.queryRepeats());
        } catch (SQLException | ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot describe the database in use", e);
        }
    }
}
