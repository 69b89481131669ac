package se.ambassadorsportalen.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * The first page of a list sorted by a sort key, as {@link Queries#page} asks for it ({@code order by
 * key, id} with a limit), is read in the order of the key's index on H2: the database reads twenty
 * rows, not every row to sort them. {@code MigrationsPostgresIT} checks the same on PostgreSQL.
 */
class SortKeyIndexesTest {

    /** Two thousand keys as unlike each other as names are. */
    private static final String KEYS = "hash('SHA-256', cast(x as varchar))";

    @Test
    void theFirstPageOfPeopleByNameInEachLanguageIsReadInIndexOrder() throws Exception {
        String rows = "insert into person (id, kind, first_name, last_name, sort_key_sv, sort_key_en, sort_key_da)"
                + " select x, 'ELECTED_OFFICIAL', 'A', 'B', " + KEYS + ", " + KEYS + ", " + KEYS
                + " from system_range(1, 2000)";
        List<String> plans = firstPagePlans(rows, "person", "sort_key_sv", "sort_key_en", "sort_key_da");

        assertThat(plans.get(0)).containsIgnoringCase("ix_person_sort_key_sv").contains("index sorted");
        assertThat(plans.get(1)).containsIgnoringCase("ix_person_sort_key_en").contains("index sorted");
        assertThat(plans.get(2)).containsIgnoringCase("ix_person_sort_key_da").contains("index sorted");
    }

    @Test
    void theFirstPageOfThePressLogByOutletIsReadInIndexOrder() throws Exception {
        String rows = "insert into press_inquiry (id, version, journalist, outlet, channel, question, political,"
                + " complex, deadline, received_at, status, logged_by, sort_key_sv, sort_key_en, sort_key_da)"
                + " select x, 0, 'J', 'O', 'PHONE', 'Q', false, false, current_timestamp, current_timestamp, 'NEW',"
                + " 'x', " + KEYS + ", " + KEYS + ", " + KEYS + " from system_range(1, 2000)";

        assertThat(firstPagePlans(rows, "press_inquiry", "sort_key_da").get(0))
                .containsIgnoringCase("ix_press_inquiry_sort_key_da")
                .contains("index sorted");
    }

    /** H2's plans for the first twenty rows of {@code table} by each of {@code keys}, after {@code rows} are written. */
    private static List<String> firstPagePlans(String rows, String table, String... keys) throws Exception {
        JdbcDataSource db = MigratedDatabases.latest("sort-key-indexes");
        try (Connection connection = db.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(rows);
            statement.execute("analyze");
            List<String> plans = new ArrayList<>();
            for (String key : keys) {
                plans.add(MigratedDatabases.rows(
                                connection,
                                "explain select id from " + table + " order by " + key
                                        + " asc, id asc offset 0 rows fetch next 20 rows only")
                        .get(0));
            }
            return plans;
        }
    }
}
