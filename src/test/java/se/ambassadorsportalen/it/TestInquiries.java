package se.ambassadorsportalen.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.time.OffsetDateTime;

/** Media inquiries a test logs through the API as a member of the press desk. */
final class TestInquiries {

    private TestInquiries() {}

    /** Logs, as {@code pressDesk}, a phoned inquiry due in an hour: within the deadline warning. */
    static Api.Reply logDueWithinTheHour(Api pressDesk, String journalist, String outlet, String question) {
        Api.Reply logged = pressDesk.post(
                "/api/v1/press/inquiries",
                Json.createObjectBuilder()
                        .add("journalist", journalist)
                        .add("outlet", outlet)
                        .add("channel", "PHONE")
                        .add("question", question)
                        .add(
                                "deadline",
                                OffsetDateTime.now().plusHours(1).withNano(0).toString())
                        .build()
                        .toString());
        assertThat(logged.status()).as(logged.toString()).isEqualTo(201);
        return logged;
    }
}
