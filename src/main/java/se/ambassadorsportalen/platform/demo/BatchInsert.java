package se.ambassadorsportalen.platform.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import se.ambassadorsportalen.platform.time.PortalTime;

/**
 * One prepared statement run as JDBC batches of {@value #BATCH} rows, for demo volumes where one
 * {@code persist} per row (with its change tracking and one statement each) would take minutes.
 * It writes through the caller's connection, so it joins the caller's transaction. A batch of rows
 * that refer to another batch's rows names it as a parent: the parent's pending rows are always
 * written first, so foreign keys hold whichever batch fills up first.
 */
public final class BatchInsert implements AutoCloseable {

    static final int BATCH = 1_000;

    private final PreparedStatement statement;
    private final BatchInsert[] parents;
    private int pending;
    private long rows;

    public BatchInsert(Connection connection, String sql, BatchInsert... parents) throws SQLException {
        this.statement = connection.prepareStatement(sql);
        this.parents = parents;
    }

    /**
     * A planned wall-clock time in the portal's zone as the value of a column that keeps instants
     * ({@code TIMESTAMP WITH TIME ZONE}), bound alike by H2's and PostgreSQL's drivers; null stays null.
     */
    public static OffsetDateTime instant(LocalDateTime wallClock) {
        return wallClock == null ? null : PortalTime.typed(wallClock).atOffset(ZoneOffset.UTC);
    }

    /** Adds one row: the values in the order of the statement's parameters ({@code null} allowed). */
    public void row(Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                statement.setNull(i + 1, Types.NULL);
            } else if (values[i] instanceof byte[] bytes) {
                statement.setBytes(i + 1, bytes);
            } else {
                statement.setObject(i + 1, values[i]);
            }
        }
        statement.addBatch();
        rows++;
        if (++pending == BATCH) {
            flush();
        }
    }

    /** Writes the pending rows, after the pending rows of the parents. */
    public void flush() throws SQLException {
        for (BatchInsert parent : parents) {
            parent.flush();
        }
        if (pending > 0) {
            statement.executeBatch();
            pending = 0;
        }
    }

    public long rows() {
        return rows;
    }

    @Override
    public void close() throws SQLException {
        try {
            flush();
        } finally {
            statement.close();
        }
    }
}
