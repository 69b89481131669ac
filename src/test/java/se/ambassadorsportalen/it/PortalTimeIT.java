package se.ambassadorsportalen.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The portal keeps one clock across modules: a story written and a press inquiry logged a moment
 * later are recorded as instants and sent by the API as ISO-8601 with Stockholm's offset, so they
 * show the same wall-clock time in Europe/Stockholm, even though the test server's own zone is
 * the machine's, as they did not when the story module read the server's zone and the press
 * module Stockholm's and their times differed by an hour. An ambassador's sign-up and a channel's
 * figures saved together carry the same offset and are kept as instants too.
 */
@ExtendWith(ArquillianExtension.class)
class PortalTimeIT {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.modules("policy", "story", "press", "ambassador", "followup");
    }

    @ArquillianResource
    URL base;

    @Test
    void aStoryEventAndAPressInquiryLoggedTogetherShowTheSameStockholmTime() {
        LocalDateTime before = LocalDateTime.now(STOCKHOLM).withNano(0).minusSeconds(1);

        Api.Reply story = Api.as(base, "eva")
                .post(
                        "/api/v1/stories",
                        "{\"title\":\"Klockan på avdelningen\","
                                + "\"body\":\"Vi hjälper varandra.\",\"materialType\":\"STAFF_PORTRAIT\",\"targetGroups\":[\"POTENTIAL_EMPLOYEES\"],\"brands\":[\"CLOSE\"],\"showFirstName\":true,\"channels\":[\"WEB\"]}");
        Api.Reply inquiry = Api.as(base, "petra")
                .post(
                        "/api/v1/press/inquiries",
                        "{\"journalist\":\"Tid Testsson\","
                                + "\"outlet\":\"Klockbladet\",\"channel\":\"PHONE\",\"question\":\"Hur dags är det?\",\"deadline\":\""
                                + OffsetDateTime.now().plusHours(3).withNano(0) + "\"}");

        assertThat(story.status()).as(story.toString()).isEqualTo(201);
        assertThat(inquiry.status()).as(inquiry.toString()).isEqualTo(201);
        JsonObject created = story.json().getJsonArray("history").getJsonObject(0);
        OffsetDateTime storyTime = OffsetDateTime.parse(created.getString("at"));
        OffsetDateTime inquiryTime =
                OffsetDateTime.parse(inquiry.json().getJsonObject("inquiry").getString("receivedAt"));
        LocalDateTime after = LocalDateTime.now(STOCKHOLM).plusSeconds(1);
        // both modules send the instant with the offset Stockholm had then, and so the same wall clock
        for (OffsetDateTime sent : List.of(storyTime, inquiryTime)) {
            assertThat(sent.getOffset()).isEqualTo(STOCKHOLM.getRules().getOffset(sent.toInstant()));
            assertThat(sent.atZoneSameInstant(STOCKHOLM).toLocalDateTime()).isBetween(before, after);
        }
        assertThat(Duration.between(storyTime, inquiryTime).abs()).isLessThan(Duration.ofMinutes(1));
        long storyId = story.json().getJsonNumber("id").longValue();
        long inquiryId =
                inquiry.json().getJsonObject("inquiry").getJsonNumber("id").longValue();
        assertStoredAsInstants(Map.of(
                "select extract(epoch from happened_at), pg_typeof(happened_at)::text from story_event where story_id = "
                        + storyId + " and action = 'CREATED'",
                storyTime,
                "select extract(epoch from received_at), pg_typeof(received_at)::text from press_inquiry where id = "
                        + inquiryId,
                inquiryTime));
    }

    /**
     * A personal API token's times, from the API that lists it: issued now, used now by a request
     * with the token (the authentication mechanism writes that in plain JDBC), and valid until
     * the same time of day thirty days on, each with the offset Stockholm has at that instant (in
     * the spring and autumn the expiry's offset differs from the issue's) and stored as instants.
     */
    @Test
    void aTokensIssueLastUseAndExpiryAreSentWithStockholmsOffsetAndStoredAsInstants() {
        TestAccounts.Account account = TestAccounts.create(base, "time", null, "EMPLOYEE");
        Api owner = Api.as(base, account.username(), TestAccounts.PASSWORD);
        LocalDateTime before = LocalDateTime.now(STOCKHOLM).withNano(0).minusSeconds(1);

        Api.Reply issued = owner.post("/api/v1/me/tokens", "{\"name\":\"Klockan\",\"days\":30}");
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        assertThat(Api.withToken(base, issued.json().getString("secret"))
                        .get("/api/v1/me")
                        .status())
                .isEqualTo(200);
        JsonObject listed = owner.get("/api/v1/me/tokens").jsonArray().getJsonObject(0);
        LocalDateTime after = LocalDateTime.now(STOCKHOLM).plusSeconds(1);

        OffsetDateTime created = OffsetDateTime.parse(listed.getString("createdAt"));
        OffsetDateTime used = OffsetDateTime.parse(listed.getString("lastUsedAt"));
        OffsetDateTime expires = OffsetDateTime.parse(listed.getString("expiresAt"));
        for (OffsetDateTime sent : List.of(created, used, expires)) {
            assertThat(sent.getOffset()).isEqualTo(STOCKHOLM.getRules().getOffset(sent.toInstant()));
        }
        assertThat(created.atZoneSameInstant(STOCKHOLM).toLocalDateTime()).isBetween(before, after);
        assertThat(used.atZoneSameInstant(STOCKHOLM).toLocalDateTime()).isBetween(before, after);
        assertThat(expires.toInstant())
                .as("the same time of day on the portal's clock, thirty days on")
                .isEqualTo(created.atZoneSameInstant(STOCKHOLM).plusDays(30).toInstant());
        long id = listed.getJsonNumber("id").longValue();
        assertStoredAsInstants(Map.of(
                "select extract(epoch from created_at), pg_typeof(created_at)::text from api_token where id = " + id,
                created,
                "select extract(epoch from last_used_at), pg_typeof(last_used_at)::text from api_token where id = "
                        + id,
                used,
                "select extract(epoch from expires_at), pg_typeof(expires_at)::text from api_token where id = " + id,
                expires));
    }

    /** An ambassador's sign-up and a channel's figures saved together carry Stockholm's offset and are kept as instants. */
    @Test
    void anAmbassadorsSignUpAndAChannelsFiguresSavedTogetherCarryStockholmsOffsetAndAreStoredAsInstants() {
        Api omar = Api.as(base, "omar");
        omar.delete("/api/v1/ambassadors/me");
        LocalDateTime before = LocalDateTime.now(STOCKHOLM).withNano(0).minusSeconds(1);

        Api.Reply signedUp = omar.post(
                "/api/v1/ambassadors/me",
                "{\"motivation\":\"Jag vill visa IT-jobben\",\"contactOk\":true,"
                        + "\"channels\":[{\"channel\":\"LINKEDIN\"}]}");
        Api.Reply figures = Api.as(base, "klara")
                .put("/api/v1/followup/channels/FACEBOOK/periods/2023-06-15", "{\"followers\":4100,\"posts\":12}");

        try {
            assertThat(signedUp.status()).as(signedUp.toString()).isEqualTo(201);
            assertThat(figures.status()).as(figures.toString()).isEqualTo(200);
            OffsetDateTime appliedAt = OffsetDateTime.parse(signedUp.json().getString("appliedAt"));
            OffsetDateTime updatedAt = OffsetDateTime.parse(figures.json().getString("updatedAt"));
            LocalDateTime after = LocalDateTime.now(STOCKHOLM).plusSeconds(1);
            for (OffsetDateTime sent : List.of(appliedAt, updatedAt)) {
                assertThat(sent.getOffset()).isEqualTo(STOCKHOLM.getRules().getOffset(sent.toInstant()));
                assertThat(sent.atZoneSameInstant(STOCKHOLM).toLocalDateTime()).isBetween(before, after);
            }
            assertStoredAsInstants(Map.of(
                    "select extract(epoch from applied_at), pg_typeof(applied_at)::text from ambassador where id = "
                            + signedUp.json().getJsonNumber("id").longValue(),
                    appliedAt,
                    "select extract(epoch from updated_at), pg_typeof(updated_at)::text from fup_channel_period"
                            + " where channel_code = 'FACEBOOK' and period_start = date '"
                            + java.time.LocalDate.parse(figures.json().getString("periodStart")) + "'",
                    updatedAt));
        } finally {
            // leaving frees the sign-up for the next run
            omar.delete("/api/v1/ambassadors/me");
        }
    }

    /**
     * On PostgreSQL (the ITs' default) the columns hold the very instants the API sent: the epoch
     * seconds (and the type) each query reads from the database's own {@code timestamptz}, whatever
     * zone the JVM, the session or the portal is in. (The H2 file is the server's alone while it runs.)
     */
    private static void assertStoredAsInstants(Map<String, OffsetDateTime> sentByQuery) {
        if (!"postgresql".equals(System.getProperty("portal.it.db"))) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(
                System.getProperty("portal.it.db.url"),
                System.getProperty("portal.it.db.user"),
                System.getProperty("portal.it.db.password"))) {
            for (var check : sentByQuery.entrySet()) {
                try (PreparedStatement query = connection.prepareStatement(check.getKey());
                        ResultSet row = query.executeQuery()) {
                    assertThat(row.next()).as(check.getKey()).isTrue();
                    assertThat(row.getString(2)).isEqualTo("timestamp with time zone");
                    assertThat((long) Math.floor(row.getDouble(1)))
                            .as(check.getKey())
                            .isEqualTo(check.getValue().toEpochSecond());
                }
            }
        } catch (SQLException e) {
            throw new AssertionError("The IT database could not be read", e);
        }
    }
}
