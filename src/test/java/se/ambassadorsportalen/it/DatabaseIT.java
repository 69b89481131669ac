package se.ambassadorsportalen.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The integration tests really run on the database the build chose (PostgreSQL unless {@code -Dit.db=h2}):
 * the server reports that product, and EclipseLink picked the platform of it by itself.
 */
@ExtendWith(ArquillianExtension.class)
class DatabaseIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.modules();
    }

    @ArquillianResource
    URL base;

    @Test
    void theServerRunsOnTheDatabaseTheBuildStartedWithTheMatchingEclipseLinkPlatform() {
        String expected = System.getProperty("portal.it.db");
        assertThat(expected).as("portal.it.db, written by it-database.sh").isIn("postgresql", "h2");

        Api.Reply reply = Api.as(base, "admin").get("/api/v1/admin/diagnostics/database");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonObject database = reply.json();
        if (expected.equals("postgresql")) {
            assertThat(database.getString("product")).isEqualTo("PostgreSQL");
            assertThat(Integer.parseInt(database.getString("productVersion").split("\\.")[0]))
                    .isGreaterThanOrEqualTo(15);
            assertThat(database.getString("driver")).startsWith("PostgreSQL JDBC Driver");
            // EclipseLink picks the newest PostgreSQL platform it has for the server's version (PostgreSQL10Platform).
            assertThat(database.getString("jpaPlatform"))
                    .matches("org\\.eclipse\\.persistence\\.platform\\.database\\.PostgreSQL\\d*Platform");
        } else {
            assertThat(database.getString("product")).isEqualTo("H2");
            assertThat(database.getString("jpaPlatform"))
                    .isEqualTo("org.eclipse.persistence.platform.database.H2Platform");
        }
        assertThat(database.getString("schemaVersion")).isNotBlank();
        // A query that gets no connection fails after one pool time-out instead of three more.
        assertThat(database.getInt("queryRepeats")).isZero();
    }

    @ParameterizedTest(name = "{0} may not see the database diagnostics")
    @ValueSource(strings = {"eva", "magnus", "petra", "hanna", "klara"})
    void onlyAdminsSeeWhichDatabaseThePortalUses(String username) {
        assertThat(Api.as(base, username)
                        .get("/api/v1/admin/diagnostics/database")
                        .outcome())
                .isEqualTo(Api.BY_ROLE);
    }

    @Test
    void anonymousCallersAreAskedToSignIn() {
        assertThat(Api.anonymous(base).get("/api/v1/admin/diagnostics/database").status())
                .isEqualTo(401);
    }
}
