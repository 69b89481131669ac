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

    /**
     * The type of a problem a business rule raised, followed by the rule's message key (e.g.
     * {@code urn:ambassadorsportalen:problem:press.inquiry.notAssignee}). A client can tell such a
     * refusal from a 403 of the role check, whose type is {@code about:blank}: the status says it all.
     */
    public static final String RULE_TYPE = "urn:ambassadorsportalen:problem:";

    private Problem() {}

    public static Response response(Response.StatusType status, String title, String detail, String field) {
        return response(status, "about:blank", title, detail, field);
    }

    public static Response response(
            Response.StatusType status, String type, String title, String detail, String field) {
        JsonObjectBuilder body =
                Json.createObjectBuilder().add("type", type).add("title", title).add("status", status.getStatusCode());
        if (detail != null) {
            body.add("detail", detail);
        }
        if (field != null) {
            body.add("field", field);
        }
        RequestIds.current().ifPresent(id -> body.add("requestId", id));
        return Response.status(status.getStatusCode())
                .type(MEDIA_TYPE + ";charset=UTF-8")
                .entity(body.build().toString())
                .build();
    }
}
