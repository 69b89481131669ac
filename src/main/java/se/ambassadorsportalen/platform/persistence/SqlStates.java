package se.ambassadorsportalen.platform.persistence;

import java.sql.SQLException;

/** What a database's error says, read the same way on H2 and PostgreSQL. */
public final class SqlStates {

    private SqlStates() {}

    /**
     * SQL state class 23 (integrity constraint violation; 23505 on both H2 and PostgreSQL): the row
     * another node inserted first, the way the portal's claims find out that they lost a race.
     */
    public static boolean isDuplicateKey(SQLException e) {
        for (SQLException x = e; x != null; x = x.getNextException()) {
            if (x.getSQLState() != null && x.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }
}
