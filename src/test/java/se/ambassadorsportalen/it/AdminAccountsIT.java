package se.ambassadorsportalen.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Admins grant and revoke roles through the identity store, and can never remove the last admin. */
@ExtendWith(ArquillianExtension.class)
class AdminAccountsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.modules();
    }

    @ArquillianResource
    URL base;

    @Test
    void createdAccountLogsInWithItsRolesAndLosesThemWhenRevoked() {
        String username = "it." + UUID.randomUUID().toString().substring(0, 8);
        Api admin = Api.as(base, "admin");

        Api.Reply created = admin.post("/api/v1/admin/users", """
                {"username":"%s","password":"long-enough-secret","roles":["EMPLOYEE","HR"]}""".formatted(username));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonObject account = created.json();

        Api newcomer = Api.as(base, username, "long-enough-secret");
        assertThat(newcomer.get("/api/v1/me").json().getJsonArray("roles").toString())
                .contains("HR");

        Api.Reply changed = admin.put(
                "/api/v1/admin/users/" + account.getInt("id") + "/roles",
                "{\"version\":%d,\"roles\":[\"EMPLOYEE\"],\"active\":true}".formatted(account.getInt("version")));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(newcomer.get("/api/v1/me").json().getJsonArray("roles").toString())
                .doesNotContain("HR");
    }

    @Test
    void deactivatedAccountCannotLogIn() {
        String username = "it." + UUID.randomUUID().toString().substring(0, 8);
        Api admin = Api.as(base, "admin");
        JsonObject account =
                admin.post("/api/v1/admin/users", """
                {"username":"%s","password":"long-enough-secret","roles":["EMPLOYEE"]}""".formatted(username)).json();

        admin.put(
                "/api/v1/admin/users/" + account.getInt("id") + "/roles",
                "{\"version\":%d,\"roles\":[\"EMPLOYEE\"],\"active\":false}".formatted(account.getInt("version")));

        assertThat(Api.as(base, username, "long-enough-secret")
                        .get("/api/v1/me")
                        .status())
                .isEqualTo(401);
    }

    @Test
    void theLastAdminCannotRemoveTheirOwnAdminRole() {
        Api admin = Api.as(base, "admin");
        // Other tests make admins too (single sign-on brings one from the provider's admin group):
        // they lose the role for this test, so that "admin" is the last one, and get it back after.
        List<JsonObject> others = everyAccount(admin)
                .filter(u -> !u.getString("username").equals("admin") && u.getBoolean("active"))
                .filter(u -> roles(u).contains("ADMIN"))
                .toList();
        others.forEach(other -> changeRoles(
                admin,
                other.getInt("id"),
                roles(other).stream().filter(role -> !role.equals("ADMIN")).toList()));
        try {
            JsonObject self = everyAccount(admin)
                    .filter(u -> u.getString("username").equals("admin"))
                    .findFirst()
                    .orElseThrow();

            Api.Reply refused = admin.inLanguage("en")
                    .put(
                            "/api/v1/admin/users/" + self.getInt("id") + "/roles",
                            "{\"version\":%d,\"roles\":[\"EMPLOYEE\"],\"active\":true}"
                                    .formatted(self.getInt("version")));

            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.json().getString("detail")).contains("last active admin");
            assertThat(Api.as(base, "admin").get("/api/v1/admin/users").status())
                    .isEqualTo(200);
        } finally {
            others.forEach(other -> changeRoles(admin, other.getInt("id"), roles(other)));
        }
    }

    /** Every account, page by page, as the admin pages list them. */
    private Stream<JsonObject> everyAccount(Api admin) {
        List<JsonObject> accounts = new ArrayList<>();
        for (int first = 0; ; first += 50) {
            List<JsonObject> page = admin.get("/api/v1/admin/users?first=" + first + "&size=50")
                    .json()
                    .getJsonArray("items")
                    .getValuesAs(JsonObject.class);
            accounts.addAll(page);
            if (page.size() < 50) {
                return accounts.stream();
            }
        }
    }

    private static List<String> roles(JsonObject account) {
        return account.getJsonArray("roles").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
    }

    /** Gives an account exactly these roles, at its current version. */
    private void changeRoles(Api admin, int id, List<String> roles) {
        JsonObject now = everyAccount(admin)
                .filter(u -> u.getInt("id") == id)
                .findFirst()
                .orElseThrow();
        String body = Json.createObjectBuilder()
                .add("version", now.getInt("version"))
                .add("roles", Json.createArrayBuilder(roles))
                .add("active", true)
                .build()
                .toString();
        Api.Reply changed = admin.put("/api/v1/admin/users/" + id + "/roles", body);
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    }

    @Test
    void badUsernameAndShortPasswordAreRefusedAtTheirFields() {
        Api admin = Api.as(base, "admin").inLanguage("sv");

        Api.Reply badName = admin.post(
                "/api/v1/admin/users",
                "{\"username\":\"Not Valid!\",\"password\":\"long-enough-secret\",\"roles\":[]}");
        Api.Reply shortPassword =
                admin.post("/api/v1/admin/users", "{\"username\":\"it.short\",\"password\":\"short\",\"roles\":[]}");
        Api.Reply unknownRole = admin.post(
                "/api/v1/admin/users",
                "{\"username\":\"it.role\",\"password\":\"long-enough-secret\",\"roles\":[\"KING\"]}");

        assertThat(badName.status()).isEqualTo(400);
        assertThat(badName.json().getString("field")).isEqualTo("username");
        assertThat(shortPassword.json().getString("field")).isEqualTo("password");
        assertThat(shortPassword.json().getString("detail")).contains("minst 10 tecken");
        assertThat(unknownRole.json().getString("field")).isEqualTo("roles");
    }

    @Test
    void unitTreeRefusesACycleAndADuplicateCode() {
        Api admin = Api.as(base, "admin").inLanguage("en");
        String code = "IT-" + UUID.randomUUID().toString().substring(0, 6);
        JsonObject administration = admin.post(
                        "/api/v1/admin/units",
                        "{\"code\":\"%s\",\"name\":\"Test administration\",\"kind\":\"ADMINISTRATION\"}"
                                .formatted(code))
                .json();
        JsonObject unit = admin.post(
                        "/api/v1/admin/units",
                        "{\"code\":\"%s-U\",\"name\":\"Test unit\",\"kind\":\"UNIT\",\"parentId\":%d}"
                                .formatted(code, administration.getInt("id")))
                .json();
        JsonObject child = admin.post(
                        "/api/v1/admin/units",
                        "{\"code\":\"%s-C\",\"name\":\"Child\",\"kind\":\"UNIT\",\"parentId\":%d}"
                                .formatted(code, unit.getInt("id")))
                .json();

        Api.Reply cycle = admin.put(
                "/api/v1/admin/units/" + unit.getInt("id"),
                "{\"version\":%d,\"details\":{\"code\":\"%s-U\",\"name\":\"Test unit\",\"kind\":\"UNIT\",\"parentId\":%d}}"
                        .formatted(unit.getInt("version"), code, child.getInt("id")));
        Api.Reply duplicate = admin.post(
                "/api/v1/admin/units",
                "{\"code\":\"%s\",\"name\":\"Again\",\"kind\":\"ADMINISTRATION\"}".formatted(code));

        assertThat(cycle.status()).as(cycle.toString()).isEqualTo(400);
        assertThat(cycle.json().getString("field")).isEqualTo("parent");
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.json().getString("detail")).contains("already used");
    }

    @Test
    void staleVersionIsAConflictNotALostUpdate() {
        Api admin = Api.as(base, "admin");
        String code = "IT-" + UUID.randomUUID().toString().substring(0, 6);
        JsonObject administration = admin.post(
                        "/api/v1/admin/units",
                        "{\"code\":\"%s\",\"name\":\"First name\",\"kind\":\"ADMINISTRATION\"}".formatted(code))
                .json();
        String change = "{\"version\":%d,\"details\":{\"code\":\"%s\",\"name\":\"%s\",\"kind\":\"ADMINISTRATION\"}}";

        Api.Reply first = admin.put(
                "/api/v1/admin/units/" + administration.getInt("id"),
                change.formatted(administration.getInt("version"), code, "Second name"));
        Api.Reply second = admin.put(
                "/api/v1/admin/units/" + administration.getInt("id"),
                change.formatted(administration.getInt("version"), code, "Third name"));

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(409);
        assertThat(admin.get("/api/v1/admin/units/" + administration.getInt("id"))
                        .json()
                        .getString("name"))
                .isEqualTo("Second name");
    }
}
