package se.ambassadorsportalen.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Accounts a test makes for itself through the admin API, so that a test may lock, deactivate or
 * change the password of an account no other test uses. All share {@link #PASSWORD}.
 */
final class TestAccounts {

    static final String PASSWORD = "ett långt lösenord";
    private static final AtomicInteger MADE = new AtomicInteger();

    /** A new account, its id and username. */
    record Account(long id, String username) {}

    private TestAccounts() {}

    /** A new account with these roles, linked to the person with {@code personId} when it is not null. */
    static Account create(URL base, String prefix, Long personId, String... roles) {
        String username = prefix + "-" + System.nanoTime() % 1_000_000_000L + "-" + MADE.incrementAndGet();
        Api.Reply created = Api.as(base, "admin")
                .post(
                        "/api/v1/admin/users",
                        "{\"username\":\"" + username
                                + "\",\"password\":\"" + PASSWORD + "\",\"roles\":[\"" + String.join("\",\"", roles)
                                + "\"]"
                                + (personId == null ? "" : ",\"personId\":" + personId) + "}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return new Account(created.json().getJsonNumber("id").longValue(), username);
    }

    /** The person id of a demo account (its username), as the admin API lists it. */
    static long personId(URL base, String username) {
        return account(base, username).getJsonNumber("personId").longValue();
    }

    /** An account as the admin API lists it (id, version, roles, person id), found by its username. */
    static JsonObject account(URL base, String username) {
        return Api.as(base, "admin")
                .get("/api/v1/admin/users?first=0&size=50&username=" + username)
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(u -> u.getString("username").equals(username))
                .findFirst()
                .orElseThrow();
    }

    /**
     * Takes every role from an account and deactivates it, for a test that had to make an extra
     * admin: other tests rely on the demo's admin being the only active one.
     */
    static void retire(URL base, Account account) {
        long version = Api.as(base, "admin")
                .get("/api/v1/admin/users/" + account.id())
                .json()
                .getJsonNumber("version")
                .longValue();
        Api.Reply retired = Api.as(base, "admin")
                .put(
                        "/api/v1/admin/users/" + account.id() + "/roles",
                        "{\"version\":" + version + ",\"roles\":[],\"active\":false}");
        assertThat(retired.status()).as(retired.toString()).isEqualTo(200);
    }
}
