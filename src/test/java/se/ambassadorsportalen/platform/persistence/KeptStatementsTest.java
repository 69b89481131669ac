package se.ambassadorsportalen.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.h2.result.ResultInterface;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Liberty keeps {@code portal.db.statement.cache} prepared statements open on every pooled
 * connection, so whatever an open H2 statement holds stays in the heap. H2 keeps the rows of each
 * query's last result in its statement, to answer the same query again if no table changed;
 * closing the result set does not free them. With 35 connections and 150 kept statements each,
 * their results filled the old generation of a 448 MB heap in eleven minutes of 300
 * users (README, Load tests). The server's URL turns that reuse off.
 */
class KeptStatementsTest {

    private static final int ROWS = 1_000;

    @TempDir
    Path folder;

    @Test
    void aStatementKeptOpenOnTheServersUrlHoldsNoRowsOfItsLastResult() throws Exception {
        assertThat(rowsHeldAfterTheResultIsClosed(DurableCommitTest.serverDatabaseUrl(), folder))
                .isZero();
    }

    @Test
    void withoutTheSettingH2HoldsTheWholeLastResultInTheStatement() throws Exception {
        String withoutTheSetting = DurableCommitTest.serverDatabaseUrl().replace(";OPTIMIZE_REUSE_RESULTS=0", "");

        assertThat(rowsHeldAfterTheResultIsClosed(withoutTheSetting, folder)).isEqualTo(ROWS);
    }

    private static long rowsHeldAfterTheResultIsClosed(String serverUrl, Path dataDir) throws Exception {
        String url = serverUrl.replace("${portal.data.dir}", dataDir.toString().replace('\\', '/'));
        try (Connection connection = DriverManager.getConnection(url, "portal", "portal")) {
            try (Statement setup = connection.createStatement()) {
                setup.execute("create table story (id int primary key, title varchar(100))");
                setup.execute("insert into story select x, 'Berättelse ' || x from system_range(1, " + ROWS + ")");
            }
            try (PreparedStatement kept = connection.prepareStatement("select id, title from story where id <= ?")) {
                kept.setInt(1, ROWS);
                try (ResultSet stories = kept.executeQuery()) {
                    while (stories.next()) {
                        assertThat(stories.getString(2)).startsWith("Berättelse");
                    }
                }
                return lastResultRows(kept);
            }
        }
    }

    /**
     * The rows H2's query object still references: JdbcPreparedStatement.command.prepared.lastResult.
     * H2 has no API that shows them; should an H2 upgrade rename a field, this fails, and that is
     * the time to check whether the setting is still needed.
     */
    private static long lastResultRows(PreparedStatement statement) throws ReflectiveOperationException {
        Object command =
                field(org.h2.jdbc.JdbcPreparedStatement.class, "command").get(statement);
        Object query = field(org.h2.command.CommandContainer.class, "prepared").get(command);
        ResultInterface lastResult = (ResultInterface)
                field(org.h2.command.query.Query.class, "lastResult").get(query);
        return lastResult == null ? 0 : lastResult.getRowCount();
    }

    private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
        Field field = owner.getDeclaredField(name);
        field.setAccessible(true);
        return field;
    }
}
