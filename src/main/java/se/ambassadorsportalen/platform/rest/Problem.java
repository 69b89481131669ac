package se.ambassadorsportalen.platform.rest;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import se.ambassadorsportalen.platform.web.RequestIds;

/**
 * An RFC 9457 problem document: what went wrong, in words, without a stack trace, and the
 * request's id, which is also in the {@code X-Request-Id} header and the server's log records.
 */
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problem() {
    }

    public static Response response(Response.StatusType status, String title, String detail, String field) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status.getStatusCode());
        if (detail != null) {
            body.add("detail", detail);
        }
        if (field != null) {
            body.add("field", field);
        }
        RequestIds.current().ifPresent(id -> body.add("requestId", id));
        return Response.status(status.getStatusCode()).type(MEDIA_TYPE + ";charset=UTF-8").entity(body.build().toString()).build();
    }
}
