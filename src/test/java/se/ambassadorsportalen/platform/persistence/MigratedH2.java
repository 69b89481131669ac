package se.ambassadorsportalen.platform.persistence;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import se.ambassadorsportalen.platform.time.PortalTime;

/** A fresh in-memory H2 database with every migration applied, for tests of SQL outside the server. */
public final class MigratedH2 {

    private MigratedH2() {}

    public static JdbcDataSource fresh(String name) {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:" + name + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure(MigratedH2.class.getClassLoader())
                .dataSource(db)
                .locations(DatabaseVendor.H2.migrationLocations())
                .javaMigrations(InstantColumns.all(PortalTime.DEFAULT_ZONE))
                .load()
                .migrate();
        return db;
    }

    /**
     * The database with every connection's session in {@code zone}: for tests that what is stored
     * and compared does not depend on the session's zone (H2's default is the JVM's).
     */
    public static DataSource inSessionZone(DataSource db, ZoneId zone) {
        return (DataSource) Proxy.newProxyInstance(
                DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    Object result;
                    try {
                        result = method.invoke(db, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (result instanceof Connection connection) {
                        try (Statement statement = connection.createStatement()) {
                            statement.execute("SET TIME ZONE '" + zone.getId() + "'");
                        }
                    }
                    return result;
                });
    }
}
