package se.ambassadorsportalen.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every operation of the API that takes a JSON body, as the OpenAPI document lists them, answers
 * a body that is not JSON, is JSON of the wrong shape or has fields of the wrong type with a 400
 * problem document, never a 500. The caller holds every role, so no operation refuses by role
 * before it reads the body.
 */
@ExtendWith(ArquillianExtension.class)
class MalformedBodiesIT {

    private static final List<String> MALFORMED = List.of("", "{\"title\":", "\"just a string\"", "[1,2]", "nul",
            "{\"version\":\"x\",\"days\":\"x\",\"first\":{},\"roles\":7,\"active\":\"maybe\",\"start\":\"2026-13-45\","
                    + "\"at\":\"i går\",\"kind\":[],\"unitId\":\"nio\",\"target\":\"hög\"}");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private record Operation(String method, String path) {
    }

    private List<Operation> operationsWithJsonBodies() {
        JsonObject paths;
        try (var reader = Json.createReader(new StringReader(Api.anonymous(base).get("/openapi?format=JSON").body()))) {
            paths = reader.readObject().getJsonObject("paths");
        }
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonValue> path : paths.entrySet()) {
            for (Map.Entry<String, JsonValue> operation : path.getValue().asJsonObject().entrySet()) {
                JsonObject body = operation.getValue().asJsonObject().getJsonObject("requestBody");
                if (body != null && body.getJsonObject("content").containsKey("application/json")) {
                    operations.add(new Operation(operation.getKey().toUpperCase(),
                            path.getKey().replaceAll("\\{isoWeek}", "2026-W49").replaceAll("\\{[^}]+}", "1")));
                }
            }
        }
        return operations;
    }

    @Test
    void noOperationAnswersAMalformedBodyWithAServerError() {
        TestAccounts.Account account = TestAccounts.create(base, "kropp", null, "EMPLOYEE", "MANAGER", "PRESS_OFFICER",
                "HR", "COMMUNICATOR", "ADMIN");
        Api everyRole = Api.as(base, account.username(), TestAccounts.PASSWORD);
        List<Operation> operations = operationsWithJsonBodies();
        assertThat(operations).hasSizeGreaterThan(30);

        List<String> serverErrors = new ArrayList<>();
        try {
            for (Operation operation : operations) {
                for (String body : MALFORMED) {
                    Api.Reply reply = everyRole.send(operation.path(), operation.method(), "application/json",
                            body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    if (reply.status() >= 500 || !reply.contentType().startsWith("application/problem+json")
                            && reply.status() >= 400) {
                        serverErrors.add(operation + " with " + body + ": " + reply);
                    }
                }
            }
        } finally {
            TestAccounts.retire(base, account);
        }
        assertThat(serverErrors).isEmpty();
    }
}
