package se.ambassadorsportalen.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.util.List;
import java.util.function.Consumer;

/**
 * Changes the organisation's profile (through the admin API) for one test and puts back every
 * field as it was, whatever the test did: the profile is shared by every test on the server.
 */
final class ProfileChange {

    private static final String PROFILE = "/api/v1/admin/organisation/profile";

    @FunctionalInterface
    interface Steps {
        void run() throws Exception;
    }

    private ProfileChange() {}

    /** The profile also offers Danish (the demo organisation offers Swedish and English) while {@code steps} run. */
    static void withDanishOffered(URL base, Steps steps) throws Exception {
        with(base, p -> p.add("languages", Json.createArrayBuilder(List.of("sv", "en", "da"))), steps);
    }

    static void with(URL base, Consumer<JsonObjectBuilder> change, Steps steps) throws Exception {
        Api admin = Api.as(base, "admin");
        JsonObject before = admin.get(PROFILE).json();
        JsonObjectBuilder changed = Json.createObjectBuilder(before);
        change.accept(changed);
        Api.Reply saved = admin.put(PROFILE, changed.build().toString());
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        try {
            steps.run();
        } finally {
            JsonObject now = admin.get(PROFILE).json();
            Api.Reply restored = admin.put(
                    PROFILE,
                    Json.createObjectBuilder(before)
                            .add("version", now.getJsonNumber("version"))
                            .build()
                            .toString());
            assertThat(restored.status()).as(restored.toString()).isEqualTo(200);
        }
    }
}
