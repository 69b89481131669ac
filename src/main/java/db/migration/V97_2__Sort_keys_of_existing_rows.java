package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
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
        // the same batched fill as the later keys' (V99_3), into the columns named sort_key_*
        V99_3__More_sort_keys_of_existing_rows.fill(connection, table, "sort_key", SortKeys::of, texts);
    }
}
