package se.ambassadorsportalen.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * A tiny REST client for integration tests: calls the portal as a given demo user (HTTP Basic,
 * password "demo") or anonymously, and reads JSON answers.
 */
public final class Api {

    public static final String DEMO_PASSWORD = "demo";
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final URI base;
    private final String authorization;
    private String language = "sv";
    private final java.util.Map<String, String> headers = new java.util.LinkedHashMap<>();

    private Api(URL base, String username, String password) {
        this(
                base,
                username == null
                        ? null
                        : "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    private Api(URL base, String authorization) {
        this.base = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
        this.authorization = authorization;
    }

    public static Api as(URL base, String username) {
        return new Api(base, username, DEMO_PASSWORD);
    }

    public static Api as(URL base, String username, String password) {
        return new Api(base, username, password);
    }

    /** A client that sends a personal API token instead of a password. */
    public static Api withToken(URL base, String token) {
        return new Api(base, "Bearer " + token);
    }

    public static Api anonymous(URL base) {
        return new Api(base, null, null);
    }

    public Api inLanguage(String languageTag) {
        this.language = languageTag;
        return this;
    }

    /** Sends this header with every later request of this client. */
    public Api withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    public Reply delete(String path) {
        return send(request(path).DELETE());
    }

    public Reply post(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json)));
    }

    public Reply put(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply patch(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A raw request for what the helpers above do not cover (multipart, other types). */
    public Reply send(String path, String method, String contentType, byte[] body) {
        return send(request(path)
                .header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(
                        base.resolve(path.startsWith("/") ? path.substring(1) : path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept-Language", language)
                .header("Accept", "application/json, application/problem+json, */*");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        headers.forEach(builder::header);
        return builder;
    }

    private static Reply send(HttpRequest.Builder builder) {
        try {
            HttpResponse<byte[]> response = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body(),
                    response.headers().firstValue("Location").orElse(null));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A 403 of the role check: no problem document of its own type, the status says it all. */
    public static final String BY_ROLE = "403 by role";
    /** A 403 a business rule raised, with its own problem type. */
    public static final String BY_RULE = "403 by rule";

    private static final String RULE_TYPE = "urn:ambassadorsportalen:problem:";

    /** A response: status, content type and body, with JSON accessors. */
    public record Reply(int status, String contentType, byte[] bytes, String location) {

        public Reply(int status, String contentType, byte[] bytes) {
            this(status, contentType, bytes, null);
        }

        public String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        public JsonObject json() {
            return (JsonObject) structure();
        }

        public JsonArray jsonArray() {
            return (JsonArray) structure();
        }

        private JsonStructure structure() {
            try (var reader = Json.createReader(new StringReader(body()))) {
                return reader.read();
            }
        }

        /**
         * The status as text, where a 403 also says who refused: {@link #BY_ROLE} or
         * {@link #BY_RULE}, so a role matrix can tell a caller without the role from one the
         * role lets in and a rule then refuses.
         */
        public String outcome() {
            if (status != 403) {
                return String.valueOf(status);
            }
            return rule() == null ? BY_ROLE : BY_RULE;
        }

        /** The message key of the business rule that refused the request, or null for any other answer. */
        public String rule() {
            if (contentType == null || !contentType.startsWith("application/problem+json")) {
                return null;
            }
            String type = json().getString("type", "");
            return type.startsWith(RULE_TYPE) ? type.substring(RULE_TYPE.length()) : null;
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body();
        }
    }
}
