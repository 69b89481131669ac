package se.ambassadorsportalen.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonString;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * How many SQL statements one request to the test server sent. The request carries an id in
 * {@code X-Portal-Request-Id}; the server (started with {@code portal.diagnostics.sql=true})
 * keeps its count under that id, and the admin reads it from {@code /api/v1/admin/diagnostics/sql}.
 * The count is kept only when the request has finished on the server, which may be just after the
 * client has read the answer: hence the short wait.
 */
record SqlStatementCount(String request, int statements, List<String> sql) {

    /** GETs {@code path} as {@code user} (null: anonymously), expects 200 and returns what it sent. */
    static SqlStatementCount of(URL base, String user, String path) {
        String id = UUID.randomUUID().toString();
        Api caller = (user == null ? Api.anonymous(base) : Api.as(base, user)).withHeader("X-Portal-Request-Id", id);
        Api.Reply reply = caller.get(path);
        String request = path + (user == null ? " anonymously" : " as " + user);
        assertThat(reply.status()).as(request + ": " + reply).isEqualTo(200);
        return sentBy(base, id, request);
    }

    /**
     * What the request the test sent with {@code X-Portal-Request-Id: id} sent to the database
     * (a Faces postback, say), described as {@code request} in assertion messages.
     */
    static SqlStatementCount sentBy(URL base, String id, String request) {
        return new FluentWait<>(Api.as(base, "admin"))
                .withTimeout(Duration.ofSeconds(10))
                .pollingEvery(Duration.ofMillis(50))
                .withMessage(() -> "no statement count for " + request)
                .until(admin -> {
                    Api.Reply count = admin.get("/api/v1/admin/diagnostics/sql/" + id);
                    return count.status() != 200
                            ? null
                            : new SqlStatementCount(
                                    request,
                                    count.json().getInt("statements"),
                                    count.json().getJsonArray("sql").getValuesAs(JsonString.class).stream()
                                            .map(JsonString::getString)
                                            .toList());
                });
    }

    /** For assertion messages: the request and the SQL it sent, one statement a line. */
    @Override
    public String toString() {
        return request + " sent " + statements + " statements:\n  " + String.join("\n  ", sql);
    }
}
