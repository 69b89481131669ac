package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.function.Function;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import se.ambassadorsportalen.platform.persistence.SortKeys;

/**
 * Fills the sort keys {@code V99_2} added for the rows written before it, as {@code V97_2} did for
 * the first ones ({@code java.text.Collator} keys, which SQL cannot compute), a batch at a time. A
 * policy version's keys are each of the title its language's readers see: English readers get the
 * English title where there is one, the others the Swedish.
 */
public class V99_3__More_sort_keys_of_existing_rows extends BaseJavaMigration {

    static final int BATCH = 1_000;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        fill(connection, "person", "first_name_key", texts -> SortKeys.of(texts[0]), "first_name");
        fill(connection, "person", "profession_key", texts -> SortKeys.of(texts[0]), "profession");
        fill(connection, "person", "town_key", texts -> SortKeys.of(texts[0]), "town");
        fill(connection, "story", "sort_key", texts -> SortKeys.of(texts[0]), "title");
        fill(connection, "training_module", "sort_key", texts -> SortKeys.of(texts[0]), "title");
        fill(connection, "press_spokesperson", "sort_key", texts -> SortKeys.of(texts[0]), "title");
        fill(
                connection,
                "policy_version",
                "sort_key",
                texts -> SortKeys.each(language -> policyTitle(language, texts[0], texts[1])),
                "title_sv",
                "title_en");
    }

    /**
     * Writes the keys {@code keys} makes of each row's {@code texts} into the columns
     * {@code <prefix>_sv/_en/_da} of the rows that have none yet.
     */
    static void fill(
            Connection connection, String table, String prefix, Function<String[], SortKeys> keys, String... texts)
            throws SQLException {
        String columns = SortKeys.columns(prefix);
        String select =
                "select id, " + String.join(", ", texts) + " from " + table + " where " + prefix + "_sv is null";
        try (Statement reading = connection.createStatement();
                PreparedStatement update = connection.prepareStatement(
                        "update " + table + " set " + columns.replace(",", " = ?,") + " = ? where id = ?")) {
            reading.setFetchSize(BATCH);
            int pending = 0;
            try (ResultSet row = reading.executeQuery(select)) {
                while (row.next()) {
                    String[] values = new String[texts.length];
                    for (int i = 0; i < texts.length; i++) {
                        values[i] = row.getString(i + 2);
                    }
                    byte[][] key = keys.apply(values).values();
                    for (int i = 0; i < key.length; i++) {
                        update.setBytes(i + 1, key[i]);
                    }
                    update.setLong(key.length + 1, row.getLong(1));
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

    /** The title a reader of {@code language} sees, as {@code PolicyVersion.title} picks it. */
    static String policyTitle(Locale language, String titleSv, String titleEn) {
        return "en".equals(language.getLanguage()) && titleEn != null ? titleEn : titleSv;
    }
}
