package se.ambassadorsportalen.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.ambassadorsportalen.platform.persistence.InstantColumns;
import se.ambassadorsportalen.platform.rest.OpenApiDocuments;
import se.ambassadorsportalen.platform.time.PortalTime;

/** The platform's REST surface in the real server: identity store, roles, problem documents, health, OpenAPI. */
@ExtendWith(ArquillianExtension.class)
class PlatformApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.modules();
    }

    @ArquillianResource
    URL base;

    @ParameterizedTest(name = "{0} is {2} with roles {1}")
    @CsvSource({
        "eva, EMPLOYEE, Eva Lindqvist",
        "magnus, EMPLOYEE|MANAGER, Magnus Berg",
        "petra, EMPLOYEE|PRESS_OFFICER, Petra Holm",
        "hanna, EMPLOYEE|HR, Hanna Sjöberg",
        "klara, COMMUNICATOR|EMPLOYEE, Klara Nyström",
        "admin, ADMIN, Ali Demir"
    })
    void everyDemoUserGetsTheirOwnIdentityFromMe(String username, String roles, String displayName) {
        Api.Reply reply = Api.as(base, username).get("/api/v1/me");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().getString("username")).isEqualTo(username);
        assertThat(reply.json().getString("displayName")).isEqualTo(displayName);
        assertThat(reply.json().getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString)
                .containsExactlyInAnyOrder(roles.split("\\|"));
    }

    @Test
    void meNamesTheCallersUnit() {
        assertThat(Api.as(base, "eva")
                        .get("/api/v1/me")
                        .json()
                        .getJsonObject("unit")
                        .getString("code"))
                .isEqualTo("HSF-MED3");
    }

    @Test
    void callerWithoutCredentialsGetsAProblemDocumentNotALoginPage() {
        Api.Reply reply = Api.anonymous(base).get("/api/v1/me");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    @Test
    void wrongPasswordIsRefusedWithoutSayingWhetherTheUserExists() {
        Api.Reply known = Api.as(base, "eva", "not-her-password").get("/api/v1/me");
        Api.Reply unknown = Api.as(base, "nobody-by-this-name", "whatever").get("/api/v1/me");

        assertThat(known.status()).isEqualTo(401);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(withoutRequestId(known.body())).isEqualTo(withoutRequestId(unknown.body()));
    }

    /** Each answer carries its own request id; the rest must not differ. */
    private static String withoutRequestId(String problem) {
        return problem.replaceAll("\"requestId\":\"[^\"]*\"", "");
    }

    @ParameterizedTest(name = "{0} may not use the admin API")
    @ValueSource(strings = {"eva", "magnus", "petra", "hanna", "klara"})
    void onlyAdminsReachTheAdminApi(String username) {
        Api api = Api.as(base, username);
        assertThat(api.get("/api/v1/admin/users").outcome()).isEqualTo(Api.BY_ROLE);
        assertThat(api.get("/api/v1/admin/units").outcome()).isEqualTo(Api.BY_ROLE);
        assertThat(api.get("/api/v1/admin/outbox?to=eva@fjallmark.example").outcome())
                .isEqualTo(Api.BY_ROLE);
        assertThat(api.post("/api/v1/admin/users", "{\"username\":\"x\"}").outcome())
                .isEqualTo(Api.BY_ROLE);
        assertThat(api.post("/api/v1/admin/units", "{\"code\":\"X\"}").outcome())
                .isEqualTo(Api.BY_ROLE);
    }

    @Test
    void adminReadsUsersAndUnitsPagedWithTotalsThatCountEveryRow() {
        Api admin = Api.as(base, "admin");
        long usersBefore = total(admin.get("/api/v1/admin/users?first=0&size=5"));
        long unitsBefore = total(admin.get("/api/v1/admin/units"));
        String code = "IT-P" + System.nanoTime() % 1_000_000L;
        assertThat(admin.post(
                                "/api/v1/admin/units",
                                "{\"code\":\"%s\",\"name\":\"Paged\",\"kind\":\"ADMINISTRATION\"}".formatted(code))
                        .status())
                .isEqualTo(201);
        TestAccounts.Account account = TestAccounts.create(base, "paged", null, "EMPLOYEE");

        Api.Reply users = admin.get("/api/v1/admin/users?first=0&size=5");
        Api.Reply units = admin.get("/api/v1/admin/units");

        assertThat(users.status()).isEqualTo(200);
        assertThat(users.json().getJsonArray("items")).hasSize(5);
        assertThat(total(users)).isEqualTo(usersBefore + 1);
        assertThat(total(units)).isEqualTo(unitsBefore + 1);
        assertThat(admin.get("/api/v1/admin/users/" + account.id()).status()).isEqualTo(200);
    }

    private static long total(Api.Reply page) {
        return page.json().getJsonNumber("total").longValue();
    }

    @Test
    void unknownApiPathIsATranslatedProblem() {
        Api.Reply reply = Api.as(base, "eva").inLanguage("en").get("/api/v1/no-such-thing");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().getString("detail")).isEqualTo("What you are looking for does not exist.");
    }

    @Test
    void readinessSaysTheDatabaseAnswersAtTheNewestMigration() throws Exception {
        Api.Reply ready = Api.anonymous(new URL(base, "/")).get("/health/ready");

        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.json().getString("status")).isEqualTo("UP");
        String schemaVersion = ready.json().getJsonArray("checks").getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(check -> check.getString("name").equals("database"))
                .findFirst()
                .orElseThrow()
                .getJsonObject("data")
                .getString("schemaVersion");
        assertThat(schemaVersion).isEqualTo(newestMigrationVersion());
        assertThat(Api.anonymous(new URL(base, "/")).get("/health/live").status())
                .isEqualTo(200);
    }

    @Test
    void openApiDocumentDescribesTheApi() throws Exception {
        Api.Reply openapi = Api.anonymous(new URL(base, "/")).get("/openapi");

        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/v1/me").contains("/api/v1/admin/users");
    }

    @Test
    void theServedOpenApiDocumentIsTheCommittedOneWithEveryPath() throws Exception {
        List<String> committedPaths = OpenApiDocuments.apiPaths(OpenApiDocuments.SERVED);

        Api.Reply openapi = Api.anonymous(new URL(base, "/")).get("/openapi?format=JSON");

        assertThat(committedPaths).hasSizeGreaterThan(50);
        assertThat(openapi.json().getJsonObject("paths").keySet()).containsExactlyInAnyOrderElementsOf(committedPaths);
    }

    @Test
    void everyPageNamesItsIconSoBrowsersDoNotAskForAMissingFavicon() throws Exception {
        Api.Reply login = Api.anonymous(new URL(base, "/")).get("/login.xhtml");
        Matcher icon = Pattern.compile("<link rel=\"icon\" type=\"image/svg\\+xml\" href=\"([^\"]+)\"")
                .matcher(login.body());

        assertThat(icon.find()).as(login.body()).isTrue();
        Api.Reply served = Api.anonymous(new URL(base, "/")).get(icon.group(1).replace("&amp;", "&"));
        assertThat(served.status()).isEqualTo(200);
        assertThat(served.body()).startsWith("<svg");
    }

    /**
     * The highest V<version>__ among the migration files, shared or one vendor's, SQL or the Java
     * migrations Flyway finds in {@code db/migration}, and the versions of the Java migrations the
     * portal hands Flyway itself ({@code InstantColumns}), as Flyway prints it ("1.2").
     */
    private static String newestMigrationVersion() throws java.io.IOException {
        try (Stream<Path> sql = Files.walk(Path.of("src/main/resources/db"));
                Stream<Path> java = Files.walk(Path.of("src/main/java/db/migration"))) {
            Stream<String> handedOver = Arrays.stream(InstantColumns.all(PortalTime.DEFAULT_ZONE))
                    .map(migration -> migration.getVersion().getVersion());
            return Stream.concat(
                            Stream.concat(sql, java)
                                    .map(path -> path.getFileName().toString())
                                    .filter(name -> name.matches("V[0-9_]+__.*\\.(sql|java)"))
                                    .map(name -> name.substring(1, name.indexOf("__"))
                                            .replace('_', '.')),
                            handedOver)
                    .max(Comparator.comparing(PlatformApiIT::versionKey))
                    .orElseThrow();
        }
    }

    private static String versionKey(String version) {
        StringBuilder key = new StringBuilder();
        for (String part : version.split("\\.")) {
            key.append(String.format("%08d", Long.parseLong(part)));
        }
        return key.toString();
    }
}
