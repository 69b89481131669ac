package se.ambassadorsportalen.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A committed transaction survives {@code kill -9}. A separate JVM opens the database with the
 * very URL the server uses (read from liberty/server.xml), commits a row and is killed with
 * SIGKILL right after; the row must be there when the database is opened again. H2's default
 * write delay would lose it.
 */
class DurableCommitTest {

    @Test
    void aCommitSurvivesKillDashNineOfTheProcessThatMadeIt() throws Exception {
        Path dataDir = Files.createTempDirectory("portal-durability");
        String url = serverDatabaseUrl().replace("${portal.data.dir}", dataDir.toString().replace('\\', '/'));

        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CommitThenWait.class.getName(), url)
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.equals(CommitThenWait.COMMITTED));
            assertThat(line).as("the writer committed").isEqualTo(CommitThenWait.COMMITTED);
        }
        writer.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no close
        assertThat(writer.waitFor(20, TimeUnit.SECONDS)).isTrue();

        try (Connection connection = DriverManager.getConnection(url, "portal", "portal");
             ResultSet rows = connection.createStatement().executeQuery("select name from survivor")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("committed before the kill");
        }
    }

    private static String serverDatabaseUrl() throws Exception {
        String serverXml = Files.readString(Path.of("liberty/server.xml"));
        Matcher matcher = Pattern.compile("name=\"portal.db.url\" defaultValue=\"([^\"]+)\"").matcher(serverXml);
        assertThat(matcher.find()).as("portal.db.url in server.xml").isTrue();
        return matcher.group(1);
    }

    /** Runs in the child JVM. */
    public static final class CommitThenWait {
        static final String COMMITTED = "COMMITTED";

        public static void main(String[] args) throws Exception {
            Connection connection = DriverManager.getConnection(args[0], "portal", "portal");
            connection.createStatement().execute("create table survivor (name varchar(100))");
            connection.setAutoCommit(false);
            connection.createStatement().execute("insert into survivor values ('committed before the kill')");
            connection.commit();
            System.out.println(COMMITTED);
            System.out.flush();
            Thread.sleep(60_000);
            new File(".").exists(); // keep the connection open until killed
            connection.close();
        }
    }
}
