package se.ambassadorsportalen.platform.persistence;

import java.util.UUID;
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
}
