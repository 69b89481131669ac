package se.ambassadorsportalen.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The open lobbying register in the real server: anyone reads it without login (JSON, Atom, CSV),
 * managers and communicators record it and nobody else, corrections keep their history, a
 * withdrawn entry stays, nothing can be deleted, and a formula typed as an organisation stays text
 * in the export.
 */
@ExtendWith(ArquillianExtension.class)
class LobbyingApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.modules("lobbying");
    }

    @ArquillianResource
    URL base;

    static String meeting(String organisations, String issue, String links) {
        return "{\"date\":\"" + LocalDate.now().minusDays(2)
                + "\",\"ourPeople\":\"Regionråd Anna Berg\",\"organisations\":\"" + organisations + "\",\"issue\":\""
                + issue + "\",\"position\":\"Vi vill ha fler tåg.\",\"links\":" + links + "}";
    }

    JsonObject record(String who, String organisations, String issue) {
        Api.Reply reply = Api.as(base, who)
                .post(
                        "/api/v1/lobbying",
                        meeting(organisations, issue, "[\"https://fjallmark.example/protokoll.pdf\"]"));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().getJsonObject("meeting");
    }

    static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void aVisitorWithoutLoginReadsTheRegisterAsJsonAtomAndCsv() {
        Api visitor = Api.anonymous(base);
        String organisations = "Sidföreningen " + UUID.randomUUID();
        for (int i = 1; i <= 6; i++) {
            record("klara", organisations, "Fråga " + i);
        }

        Api.Reply json = visitor.get("/api/v1/public/lobbying?size=5&organisation=" + enc(organisations));
        Api.Reply rest = visitor.get("/api/v1/public/lobbying?size=5&first=5&organisation=" + enc(organisations));
        Api.Reply atom = visitor.get("/feed/lobbying.atom");
        Api.Reply csv = visitor.get("/api/v1/public/lobbying/export");

        assertThat(json.status()).isEqualTo(200);
        assertThat(json.json().getJsonNumber("total").longValue()).isEqualTo(6);
        assertThat(json.json().getJsonArray("items")).hasSize(5);
        assertThat(rest.json().getJsonNumber("total").longValue()).isEqualTo(6);
        assertThat(rest.json().getJsonArray("items")).hasSize(1);
        assertThat(atom.status()).isEqualTo(200);
        assertThat(atom.contentType()).startsWith("application/atom+xml");
        assertThat(atom.body()).contains("Vårdförbundet");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).contains("Vårdförbundet", "Tillbakadragen");
        assertThat(visitor.get("/public/lobbying.xhtml").status()).isEqualTo(200);
    }

    @Test
    void managersAndCommunicatorsRecordAndOtherRolesAndVisitorsAreRefused() {
        String organisations = "Tågföreningen " + UUID.randomUUID();
        assertThat(Api.as(base, "eva")
                        .post("/api/v1/lobbying", meeting(organisations, "Tåg", "[]"))
                        .outcome())
                .isEqualTo(Api.BY_ROLE);
        assertThat(Api.as(base, "hanna")
                        .post("/api/v1/lobbying", meeting(organisations, "Tåg", "[]"))
                        .outcome())
                .isEqualTo(Api.BY_ROLE);
        assertThat(Api.anonymous(base)
                        .post("/api/v1/lobbying", meeting(organisations, "Tåg", "[]"))
                        .status())
                .isEqualTo(401);

        record("magnus", organisations, "Tåg");
        record("klara", organisations, "Tåg igen");

        JsonObject found = Api.anonymous(base)
                .get("/api/v1/public/lobbying?organisation=" + enc(organisations))
                .json();
        assertThat(found.getJsonNumber("total").longValue()).isEqualTo(2);
    }

    @Test
    void aCorrectionKeepsTheEarlierWordingAndAWithdrawnEntryStaysWithItsReason() {
        String organisations = "Busslinjeföreningen " + UUID.randomUUID();
        JsonObject recorded = record("klara", organisations, "Bussar");
        int id = recorded.getInt("id");
        Api klara = Api.as(base, "klara");

        Api.Reply noNote = klara.put(
                "/api/v1/lobbying/" + id,
                "{\"version\":" + recorded.getInt("version") + ",\"meeting\":"
                        + meeting(organisations, "Bussar till industriområdet", "[]") + "}");
        assertThat(noNote.status()).isEqualTo(400);
        assertThat(noNote.body()).contains("note");

        Api.Reply corrected = klara.put(
                "/api/v1/lobbying/" + id,
                "{\"version\":" + recorded.getInt("version") + ",\"meeting\":"
                        + meeting(organisations, "Bussar till industriområdet", "[]")
                        + ",\"note\":\"Frågan förtydligad\"}");
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        JsonObject meeting = corrected.json().getJsonObject("meeting");
        Api.Reply withdrawn = klara.post(
                "/api/v1/lobbying/" + id + "/withdrawal",
                "{\"version\":" + meeting.getInt("version") + ",\"reason\":\"Mötet blev aldrig av\"}");
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);

        JsonObject history =
                Api.anonymous(base).get("/api/v1/public/lobbying/" + id).json();
        assertThat(history.getJsonObject("meeting").getString("status")).isEqualTo("WITHDRAWN");
        assertThat(history.getJsonObject("meeting").getString("withdrawnReason"))
                .isEqualTo("Mötet blev aldrig av");
        assertThat(history.getJsonArray("revisions")).hasSize(3);
        assertThat(history.getJsonArray("revisions").getJsonObject(2).getString("issue"))
                .isEqualTo("Bussar");
        assertThat(history.getJsonArray("revisions").getJsonObject(1).getString("note"))
                .isEqualTo("Frågan förtydligad");
        assertThat(Api.anonymous(base)
                        .get("/api/v1/public/lobbying?organisation=" + enc(organisations))
                        .json()
                        .getJsonNumber("total")
                        .longValue())
                .as("still listed")
                .isEqualTo(1);
        assertThat(klara.delete("/api/v1/lobbying/" + id).status())
                .as("no delete")
                .isIn(404, 405);
        assertThat(Api.anonymous(base)
                        .get("/public/lobbying-meeting.xhtml?id=" + id)
                        .body())
                .contains("Mötet blev aldrig av");
    }

    @Test
    void onlyWebLinksAreTakenAndAFormulaStaysTextInTheExport() {
        Api.Reply script =
                Api.as(base, "klara").post("/api/v1/lobbying", meeting("Någon", "Länk", "[\"javascript:alert(1)\"]"));
        assertThat(script.status()).isEqualTo(400);
        assertThat(script.body()).contains("links");

        String marker = UUID.randomUUID().toString();
        record("klara", "=HYPERLINK(\\\"https://evil.example\\\")" + marker, "Formel");
        String csv = Api.anonymous(base)
                .get("/api/v1/public/lobbying/export?organisation=" + enc(marker))
                .body();
        assertThat(csv).contains("'=HYPERLINK").doesNotContain(";=HYPERLINK");
    }

    @Test
    void aMissingOrUnknownEntryIsNotFound() {
        assertThat(Api.anonymous(base).get("/api/v1/public/lobbying/987654321").status())
                .isEqualTo(404);
        assertThat(Api.anonymous(base)
                        .get("/public/lobbying-meeting.xhtml?id=987654321")
                        .status())
                .isEqualTo(404);
    }
}
