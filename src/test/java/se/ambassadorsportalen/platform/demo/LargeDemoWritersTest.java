package se.ambassadorsportalen.platform.demo;

import java.sql.SQLException;
import se.ambassadorsportalen.platform.persistence.DatabaseVendor;

/** The large-profile writers on H2, in memory. */
class LargeDemoWritersTest extends LargeDemoWritersCheck {

    @Override
    String[] database() {
        return new String[] {"jdbc:h2:mem:large-demo-writers;DB_CLOSE_DELAY=-1", "sa", ""};
    }

    @Override
    DatabaseVendor vendor() {
        return DatabaseVendor.H2;
    }

    @Override
    void emptyDatabase() throws SQLException {
        execute("drop all objects");
    }
}
