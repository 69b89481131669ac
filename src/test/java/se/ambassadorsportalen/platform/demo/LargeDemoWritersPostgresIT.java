package se.ambassadorsportalen.platform.demo;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import se.ambassadorsportalen.platform.persistence.DatabaseVendor;

/**
 * The large-profile writers (JDBC batches) on the PostgreSQL that {@code mvn verify} starts, in a database of
 * their own ({@code portal_scratch}, made by it-database.sh), not the test server's. Skipped when the
 * integration tests run on H2 ({@code -Dit.db=h2}): {@link LargeDemoWritersTest} covers H2.
 */
class LargeDemoWritersPostgresIT extends LargeDemoWritersCheck {

    @Override
    String[] database() {
        assumeTrue("postgresql".equals(System.getProperty("portal.it.db")), "the integration tests run on PostgreSQL");
        return new String[] {
            System.getProperty("portal.it.db.scratch.url"),
            System.getProperty("portal.it.db.user"),
            System.getProperty("portal.it.db.password")
        };
    }

    @Override
    DatabaseVendor vendor() {
        return DatabaseVendor.POSTGRESQL;
    }

    @Override
    void emptyDatabase() {
        // The scratch database goes with the cluster when the build stops it.
    }
}
