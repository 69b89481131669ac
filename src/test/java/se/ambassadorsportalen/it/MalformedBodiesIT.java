package se.ambassadorsportalen.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.StringReader;
import java.lang.reflect.Method;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
 * before it reads the body. The document itself is first held against the resource methods in the
 * compiled classes, so an incomplete document cannot let the test pass on fewer operations.
 */
@ExtendWith(ArquillianExtension.class)
class MalformedBodiesIT {

    private static final List<String> MALFORMED = List.of(
            "",
            "{\"title\":",
            "\"just a string\"",
            "[1,2]",
            "nul",
            "{\"version\":\"x\",\"days\":\"x\",\"first\":{},\"roles\":7,\"active\":\"maybe\",\"start\":\"2026-13-45\","
                    + "\"at\":\"i går\",\"kind\":[],\"unitId\":\"nio\",\"target\":\"hög\"}");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private record Operation(String method, String path) {

        /** The path with its templates filled in: a week where one is asked for, else the id 1. */
        String concretePath() {
            return path.replaceAll("\\{isoWeek}", "2026-W49").replaceAll("\\{[^}]+}", "1");
        }
    }

    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private JsonObject openApiPaths() {
        try (var reader = Json.createReader(
                new StringReader(Api.anonymous(base).get("/openapi?format=JSON").body()))) {
            return reader.readObject().getJsonObject("paths");
        }
    }

    /** Every operation the OpenAPI document lists. */
    private static Set<Operation> operations(JsonObject paths) {
        Set<Operation> operations = new HashSet<>();
        paths.forEach((path, item) -> item.asJsonObject().keySet().stream()
                .filter(HTTP_METHODS::contains)
                .forEach(method -> operations.add(new Operation(method.toUpperCase(Locale.ROOT), path))));
        return operations;
    }

    private static List<Operation> withJsonBodies(JsonObject paths) {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonValue> path : paths.entrySet()) {
            for (Map.Entry<String, JsonValue> operation :
                    path.getValue().asJsonObject().entrySet()) {
                if (!HTTP_METHODS.contains(operation.getKey())) {
                    continue;
                }
                JsonObject body = operation.getValue().asJsonObject().getJsonObject("requestBody");
                if (body != null && body.getJsonObject("content").containsKey("application/json")) {
                    operations.add(new Operation(operation.getKey().toUpperCase(Locale.ROOT), path.getKey()));
                }
            }
        }
        return operations;
    }

    /**
     * Every resource method in the compiled classes, named as the OpenAPI document names it (the
     * application path in front, a template's pattern left out), so the test can tell that the
     * document it takes its operations from lists the whole API.
     */
    private static Set<Operation> resourceMethods() {
        Set<Operation> operations = new HashSet<>();
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("se.ambassadorsportalen");
        for (JavaClass type : classes) {
            if (!type.isAnnotatedWith(Path.class)) {
                continue;
            }
            Class<?> resource = type.reflect();
            String root = resource.getAnnotation(Path.class).value();
            for (Method method : resource.getMethods()) {
                Arrays.stream(method.getAnnotations())
                        .map(a -> a.annotationType().getAnnotation(HttpMethod.class))
                        .filter(Objects::nonNull)
                        .findFirst()
                        .ifPresent(verb -> {
                            Path sub = method.getAnnotation(Path.class);
                            operations.add(new Operation(verb.value(), apiPath(root, sub == null ? "" : sub.value())));
                        });
            }
        }
        return operations;
    }

    static String apiPath(String root, String sub) {
        String path =
                ("/api/v1/" + root + "/" + sub).replaceAll("/+", "/").replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}");
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    @Test
    void noOperationAnswersAMalformedBodyWithAServerError() {
        TestAccounts.Account account = TestAccounts.create(
                base, "kropp", null, "EMPLOYEE", "MANAGER", "PRESS_OFFICER", "HR", "COMMUNICATOR", "ADMIN");
        Api everyRole = Api.as(base, account.username(), TestAccounts.PASSWORD);
        JsonObject paths = openApiPaths();
        assertThat(operations(paths))
                .as("the document lists every resource method, and only those")
                .containsExactlyInAnyOrderElementsOf(resourceMethods());
        List<Operation> operations = withJsonBodies(paths);

        List<String> serverErrors = new ArrayList<>();
        try {
            for (Operation operation : operations) {
                for (String body : MALFORMED) {
                    Api.Reply reply = everyRole.send(
                            operation.concretePath(),
                            operation.method(),
                            "application/json",
                            body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    if (reply.status() >= 500
                            || !reply.contentType().startsWith("application/problem+json") && reply.status() >= 400) {
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
