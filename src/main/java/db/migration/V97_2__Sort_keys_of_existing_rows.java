package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import se.ambassadorsportalen.platform.persistence.SortKeys;

/**
 * Fills the sort keys {@code V97_1} added for the rows written before it: the keys are
 * {@code java.text.Collator} keys, which SQL cannot compute, so this one migration is Java (Flyway
 * finds it in {@code db.migration}, the package of its shared location). The entities write the keys
 * of every row after it. Rows are read and written a batch at a time, so a large organisation's
 * people and fifty thousand inquiries never sit in memory at once.
 */
public class V97_2__Sort_keys_of_existing_rows extends BaseJavaMigration {

    static final int BATCH = 1_000;

    /** Each table and the texts its key sorts by, in the order they are compared. */
    private static final String[][] SORTED = {
        {"person", "last_name", "first_name"},
        {"org_unit", "name"},
        {"press_topic", "name"},
        {"press_inquiry", "outlet"},
        {"lobbying_meeting", "issue"}
    };

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        for (String[] sorted : SORTED) {
            fill(connection, sorted[0], Arrays.copyOfRange(sorted, 1, sorted.length));
        }
    }

    static void fill(Connection connection, String table, String... texts) throws SQLException {
        String select = "select id, " + String.join(", ", texts) + " from " + table + " where sort_key_sv is null";
        try (Statement reading = connection.createStatement();
                PreparedStatement update = connection.prepareStatement(
                        "update " + table + " set " + SortKeys.COLUMNS.replace(",", " = ?,") + " = ? where id = ?")) {
            reading.setFetchSize(BATCH);
            int pending = 0;
            try (ResultSet row = reading.executeQuery(select)) {
                while (row.next()) {
                    String[] values = new String[texts.length];
                    for (int i = 0; i < texts.length; i++) {
                        values[i] = row.getString(i + 2);
                    }
                    byte[][] keys = SortKeys.of(values).values();
                    for (int i = 0; i < keys.length; i++) {
                        update.setBytes(i + 1, keys[i]);
                    }
                    update.setLong(keys.length + 1, row.getLong(1));
                    update.addBatch();
                    if (++pending == BATCH) {
                        update.executeBatch();
                        pending = 0;
                    }
                }
            }
            if (pending > 0) {
                update.executeBatch();
            }
        }
    }
}
