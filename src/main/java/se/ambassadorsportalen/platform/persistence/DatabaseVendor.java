package se.ambassadorsportalen.platform.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * The databases the portal runs on, told apart by the product name the JDBC driver reports, and what
 * differs between them: the folder of vendor-specific migrations and the SQL that takes a sequence value.
 * <p>
 * Migrations that both databases accept live in {@code db/migration}; the few that use a type one of them
 * spells differently (H2's {@code clob}/{@code blob}, PostgreSQL's {@code text}/{@code bytea}) live once per
 * vendor under {@code db/vendor/<folder>}, with the same version and description. The H2 files are the
 * originals, byte for byte, so H2 databases created before PostgreSQL was supported keep validating.
 */
public enum DatabaseVendor {
    H2("h2", "select next value for portal_seq"),
    POSTGRESQL("postgresql", "select nextval('portal_seq')");

    /** Where Flyway finds the migrations every vendor shares. */
    public static final String SHARED_MIGRATIONS = "classpath:db/migration";

    private final String folder;
    private final String nextSequenceValue;

    DatabaseVendor(String folder, String nextSequenceValue) {
        this.folder = folder;
        this.nextSequenceValue = nextSequenceValue;
    }

    /** The vendor of a JDBC product name ({@code DatabaseMetaData.getDatabaseProductName()}). */
    public static DatabaseVendor ofProductName(String productName) {
        String name = productName == null ? "" : productName.toLowerCase(Locale.ROOT);
        if (name.equals("h2")) {
            return H2;
        }
        if (name.equals("postgresql")) {
            return POSTGRESQL;
        }
        throw new IllegalStateException("The portal runs on H2 or PostgreSQL, not on \"" + productName
                + "\": check the portal.db.url variable");
    }

    public static DatabaseVendor of(Connection connection) throws SQLException {
        return ofProductName(connection.getMetaData().getDatabaseProductName());
    }

    public static DatabaseVendor of(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return of(connection);
        }
    }

    /** Flyway locations for this vendor: the shared migrations and this vendor's own. */
    public String[] migrationLocations() {
        return new String[] {SHARED_MIGRATIONS, "classpath:db/vendor/" + folder};
    }

    /** A query of one row and column: the next value of {@code portal_seq}. */
    public String nextSequenceValueSql() {
        return nextSequenceValue;
    }
}
