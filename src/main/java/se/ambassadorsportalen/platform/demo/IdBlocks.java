package se.ambassadorsportalen.platform.demo;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import se.ambassadorsportalen.platform.persistence.DatabaseVendor;
import se.ambassadorsportalen.platform.persistence.VersionedEntity;

/**
 * Ids for rows written by SQL beside JPA. Each value V of {@code portal_seq} stands for the block
 * V-{@value VersionedEntity#ID_BLOCK}+1 .. V, exactly as EclipseLink reads it with its allocation size,
 * so ids taken here never meet ids EclipseLink hands out.
 */
public final class IdBlocks {

    private final Connection connection;
    private long next = 1;
    private long last;

    public IdBlocks(Connection connection) {
        this.connection = connection;
    }

    public long next() throws SQLException {
        if (next > last) {
            try (Statement statement = connection.createStatement();
                    ResultSet result =
                            statement.executeQuery(DatabaseVendor.of(connection).nextSequenceValueSql())) {
                result.next();
                last = result.getLong(1);
                next = last - VersionedEntity.ID_BLOCK + 1;
            }
        }
        return next++;
    }
}
