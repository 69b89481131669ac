package se.ambassadorsportalen.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The hostile-input suite: every operation of the API that takes input, as the OpenAPI document
 * lists them, gets the {@link HostilePayloads} corpus in its JSON fields, its query parameters,
 * its path and as whole bodies, from a caller holding every role (so no role check answers
 * before the input is read). No answer may be a 500 or carry a stack trace, and refusals are
 * problem documents. Then stored hostile text is shown in the browser on the pages that show it,
 * where no script of it may run. Requests run on four threads against the one test server.
 */
@ExtendWith(ArquillianExtension.class)
class HostileInputIT {

    static final Pattern STACK_TRACE =
            Pattern.compile("Exception|\\bat (java|jakarta|org|com|se)\\.[\\w.$]+\\(|\\.java:\\d+\\)");
    private static final int REQUESTS_PER_OPERATION = 24;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private TestAccounts.Account everyRole;

    private record Operation(
            String method, String path, List<String> fields, List<String> queryParameters, boolean json) {}

    private Api caller() {
        return Api.as(base, everyRole.username(), TestAccounts.PASSWORD);
    }

    private List<Operation> operations() {
        JsonObject document;
        try (var reader = Json.createReader(
                new StringReader(Api.anonymous(base).get("/openapi?format=JSON").body()))) {
            document = reader.readObject();
        }
        JsonObject schemas = document.getJsonObject("components") == null
                ? JsonValue.EMPTY_JSON_OBJECT
                : document.getJsonObject("components").getJsonObject("schemas");
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonValue> path : document.getJsonObject("paths").entrySet()) {
            for (Map.Entry<String, JsonValue> entry :
                    path.getValue().asJsonObject().entrySet()) {
                if (!entry.getValue().getValueType().equals(JsonValue.ValueType.OBJECT)) {
                    continue;
                }
                JsonObject operation = entry.getValue().asJsonObject();
                List<String> query = new ArrayList<>();
                for (JsonValue parameter : operation
                        .getOrDefault("parameters", JsonValue.EMPTY_JSON_ARRAY)
                        .asJsonArray()) {
                    if ("query".equals(parameter.asJsonObject().getString("in", ""))) {
                        query.add(parameter.asJsonObject().getString("name"));
                    }
                }
                JsonObject body = operation.getJsonObject("requestBody");
                boolean json = body != null && body.getJsonObject("content").containsKey("application/json");
                List<String> fields = json
                        ? fields(
                                body.getJsonObject("content")
                                        .getJsonObject("application/json")
                                        .getJsonObject("schema"),
                                schemas)
                        : List.of();
                if (json || !query.isEmpty() || path.getKey().contains("{")) {
                    operations.add(new Operation(entry.getKey().toUpperCase(), path.getKey(), fields, query, json));
                }
            }
        }
        return operations;
    }

    private static List<String> fields(JsonObject schema, JsonObject schemas) {
        if (schema == null) {
            return List.of();
        }
        if (schema.containsKey("$ref")) {
            String name = schema.getString("$ref").replaceAll(".*/", "");
            return fields(schemas.getJsonObject(name), schemas);
        }
        JsonObject properties = schema.getJsonObject("properties");
        return properties == null
                ? List.of("title", "name", "body", "text", "comment")
                : List.copyOf(properties.keySet());
    }

    private static String concrete(String path, String segment) {
        return path.replaceAll("\\{isoWeek}", "2026-W49").replaceAll("\\{[^}]+}", segment);
    }

    /**
     * Reads go to id 1, which exists in the demo; changes go to an id that does not, so that the
     * suite never renames, deletes or locks what the other tests on this server rely on (creating
     * new rows is fine: nobody counts them).
     */
    private static String target(Operation operation) {
        return concrete(operation.path(), operation.method().equals("GET") ? "1" : "987654321");
    }

    /** A call with or without a JSON body; GET and DELETE without one. */
    private static Api.Reply call(Api api, String method, String path, byte[] json) {
        if (json == null) {
            return switch (method) {
                case "GET" -> api.get(path);
                case "DELETE" -> api.delete(path);
                default -> api.send(path, method, "application/json", "{}".getBytes(StandardCharsets.UTF_8));
            };
        }
        return api.send(path, method, "application/json", json);
    }

    /** The requests one operation gets: payloads in its fields and parameters, whole bodies, odd path segments. */
    private List<Callable<String>> attacks(Operation operation, int index, List<String> strings, List<String> bodies) {
        List<Callable<String>> attacks = new ArrayList<>();
        Api api = caller();
        for (int r = 0; r < REQUESTS_PER_OPERATION; r++) {
            int offset = index * 37 + r * operation.fields().size() + r;
            if (operation.json()) {
                JsonObjectBuilder body = Json.createObjectBuilder();
                for (int f = 0; f < operation.fields().size(); f++) {
                    body.add(operation.fields().get(f), strings.get((offset + f) % strings.size()));
                }
                byte[] bytes = body.build().toString().getBytes(StandardCharsets.UTF_8);
                attacks.add(() -> judge(
                        operation, "fields from " + offset, call(api, operation.method(), target(operation), bytes)));
            }
            if (!operation.queryParameters().isEmpty()) {
                StringBuilder query = new StringBuilder();
                for (int q = 0; q < operation.queryParameters().size(); q++) {
                    query.append(q == 0 ? '?' : '&')
                            .append(operation.queryParameters().get(q))
                            .append('=')
                            .append(URLEncoder.encode(
                                    strings.get((offset + q) % strings.size()), StandardCharsets.UTF_8));
                }
                String path = target(operation) + query;
                attacks.add(() -> judge(
                        operation,
                        "query " + query.length() + " chars from " + offset,
                        call(api, operation.method(), path, null)));
            }
        }
        if (operation.json()) {
            for (int b = 0; b < bodies.size(); b++) {
                byte[] bytes = bodies.get(b).getBytes(StandardCharsets.UTF_8);
                int number = b;
                attacks.add(() ->
                        judge(operation, "body " + number, call(api, operation.method(), target(operation), bytes)));
            }
            byte[] utf16 = "{\"title\":\"Åsa\"}".getBytes(StandardCharsets.UTF_16);
            attacks.add(() -> judge(operation, "UTF-16 body", call(api, operation.method(), target(operation), utf16)));
        }
        if (operation.path().contains("{")) {
            for (String segment : List.of(
                    "-1",
                    "0",
                    "99999999999999999999",
                    "1e5",
                    "abc",
                    "%2e%2e%2f%2e%2e%2fetc",
                    "..%252f..%252f",
                    "%00",
                    "1%0d%0aX-Injected:%20yes",
                    "%3Cscript%3E")) {
                String path = concrete(operation.path(), segment);
                attacks.add(
                        () -> judge(operation, "path segment " + segment, call(api, operation.method(), path, null)));
            }
        }
        return attacks;
    }

    /** Null when the answer is acceptable, else what was wrong with it. */
    private static String judge(Operation operation, String what, Api.Reply reply) {
        String body = reply.body();
        if (reply.status() >= 500) {
            return operation.method() + " " + operation.path() + " with " + what + ": " + reply.status() + " "
                    + body.substring(0, Math.min(300, body.length()));
        }
        if (STACK_TRACE.matcher(body).find() && !reply.contentType().startsWith("image/")) {
            return operation.method() + " " + operation.path() + " with " + what + ": a stack trace in "
                    + reply.status();
        }
        // Odd path segments and over-long query strings may be refused by the web container before
        // the application sees them (its own 400 page); what the application answers is a problem.
        boolean containerMayAnswer = what.startsWith("path segment") || what.startsWith("query");
        if (reply.status() >= 400
                && reply.status() != 404
                && reply.status() != 405
                && reply.status() != 415
                && !containerMayAnswer
                && !reply.contentType().startsWith("application/problem+json")) {
            return operation.method() + " " + operation.path() + " with " + what + ": " + reply.status()
                    + " not a problem document but " + reply.contentType();
        }
        return null;
    }

    /** Sends the requests on four threads against the one test server; what was wrong with the answers. */
    private static List<String> failures(List<Callable<String>> attacks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<String> failures = new ArrayList<>();
        try {
            for (Future<String> outcome : pool.invokeAll(attacks)) {
                String failure = outcome.get();
                if (failure != null) {
                    failures.add(failure);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return failures;
    }

    @Test
    void everyInputTakingOperationAnswersTheHostileCorpusWithoutAServerErrorOrStackTrace() throws Exception {
        everyRole = TestAccounts.create(
                base, "fientlig", null, "EMPLOYEE", "MANAGER", "PRESS_OFFICER", "HR", "COMMUNICATOR", "ADMIN");
        List<String> strings = HostilePayloads.strings();
        List<String> bodies = HostilePayloads.bodies();
        assertThat(strings.size() + bodies.size()).as("payloads in the corpus").isGreaterThanOrEqualTo(500);
        List<Operation> operations = operations();
        assertThat(operations).as("operations that take input").hasSizeGreaterThan(40);

        List<Callable<String>> attacks = new ArrayList<>();
        for (int i = 0; i < operations.size(); i++) {
            attacks.addAll(attacks(operations.get(i), i, strings, bodies));
        }
        Collections.shuffle(attacks, new java.util.Random(16));
        List<String> failures;
        long started = System.nanoTime();
        try {
            failures = failures(attacks);
        } finally {
            TestAccounts.retire(base, everyRole);
        }
        System.out.println("Hostile requests sent: " + attacks.size() + " to " + operations.size() + " operations in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
        assertThat(failures).isEmpty();
    }

    /** Inputs that carry a date, a time or a week, by their names ("heldOn", "from", "isoWeek" ...). */
    private static final Pattern DATE_INPUT = Pattern.compile(
            "at|from|to|day|date|week|isoWeek|starts|ends|deadline|.+(Date|At|On|Due|Until|From|To|Week|Day|Start|End)");

    /** Dates and times at the ends of the calendar, and ones whose weeks or zone run past them. */
    private static final List<String> EXTREME_DATES = List.of(
            "+999999999-12-31",
            "-999999999-01-01",
            "0000-01-01",
            "0001-01-01",
            "9999-12-31",
            "+999999999-12-31T23:59:59",
            "+999999999-12-31T23:59:59Z",
            "-999999999-01-01T00:00:00+18:00",
            "0000-01-01T00:00",
            "9999-12-31T23:59:59-18:00",
            "+10000-W01",
            "0000-W01",
            "9999-W52");

    /** The body fields the OpenAPI document types as a date or a time: JSON-B reads them, and refuses them at the field. */
    private static List<String> typedDateFields(JsonObject document, String path, String method) {
        JsonObject operation =
                document.getJsonObject("paths").getJsonObject(path).getJsonObject(method.toLowerCase());
        JsonObject body = operation.getJsonObject("requestBody");
        if (body == null || !body.getJsonObject("content").containsKey("application/json")) {
            return List.of();
        }
        JsonObject schema =
                body.getJsonObject("content").getJsonObject("application/json").getJsonObject("schema");
        if (schema.containsKey("$ref")) {
            schema = document.getJsonObject("components")
                    .getJsonObject("schemas")
                    .getJsonObject(schema.getString("$ref").replaceAll(".*/", ""));
        }
        JsonObject properties = schema == null ? null : schema.getJsonObject("properties");
        if (properties == null) {
            return List.of();
        }
        return properties.entrySet().stream()
                .filter(p -> p.getValue().getValueType() == JsonValue.ValueType.OBJECT)
                .filter(p -> List.of("date", "date-time")
                        .contains(p.getValue().asJsonObject().getString("format", "")))
                .map(Map.Entry::getKey)
                .toList();
    }

    /**
     * Every date, time or week an operation takes (body fields, query parameters, path segments),
     * near year 0 or year 999,999,999, or so that a few weeks or a zone carry it past them, is
     * answered without a server error; a body field JSON-B reads as a date is refused at that field.
     */
    @Test
    void everyDateInputAnswersDatesAtTheEndsOfTheCalendarWithoutAServerErrorAndTypedOnesAtTheirField()
            throws Exception {
        everyRole = TestAccounts.create(
                base, "kalender", null, "EMPLOYEE", "MANAGER", "PRESS_OFFICER", "HR", "COMMUNICATOR", "ADMIN");
        JsonObject document;
        try (var reader = Json.createReader(
                new StringReader(Api.anonymous(base).get("/openapi?format=JSON").body()))) {
            document = reader.readObject();
        }
        Api api = caller();
        List<Callable<String>> attacks = new ArrayList<>();
        int[] inputs = {0};
        for (Operation operation : operations()) {
            List<String> typed = typedDateFields(document, operation.path(), operation.method());
            for (String field : operation.fields()) {
                if (!DATE_INPUT.matcher(field).matches() && !typed.contains(field)) {
                    continue;
                }
                inputs[0]++;
                for (String date : EXTREME_DATES) {
                    byte[] body = Json.createObjectBuilder()
                            .add(field, date)
                            .build()
                            .toString()
                            .getBytes(StandardCharsets.UTF_8);
                    boolean refusedAtField = typed.contains(field) && !date.equals("9999-12-31");
                    attacks.add(() -> {
                        Api.Reply reply = call(api, operation.method(), target(operation), body);
                        String failure = judge(operation, field + "=" + date, reply);
                        if (failure == null
                                && refusedAtField
                                && (reply.status() != 400
                                        || !field.equals(reply.json().getString("field", "")))) {
                            failure = operation.method() + " " + operation.path() + " with " + field + "=" + date + ": "
                                    + reply.status() + " not refused at the field: " + reply.body();
                        }
                        return failure;
                    });
                }
            }
            for (String parameter : operation.queryParameters()) {
                if (!DATE_INPUT.matcher(parameter).matches()) {
                    continue;
                }
                inputs[0]++;
                for (String date : EXTREME_DATES) {
                    String path =
                            target(operation) + "?" + parameter + "=" + URLEncoder.encode(date, StandardCharsets.UTF_8);
                    attacks.add(
                            () -> judge(operation, parameter + "=" + date, call(api, operation.method(), path, null)));
                }
            }
            Matcher segment = Pattern.compile("\\{(\\w+)[^}]*}").matcher(operation.path());
            while (segment.find()) {
                String name = segment.group(1);
                if (!DATE_INPUT.matcher(name).matches()) {
                    continue;
                }
                inputs[0]++;
                for (String date : EXTREME_DATES) {
                    String path = operation
                            .path()
                            .replace(segment.group(), URLEncoder.encode(date, StandardCharsets.UTF_8))
                            .replaceAll("\\{[^}]+}", operation.method().equals("GET") ? "1" : "987654321");
                    attacks.add(() -> judge(
                            operation,
                            "{" + name + "}=" + date,
                            call(
                                    api,
                                    operation.method(),
                                    path,
                                    operation.json() ? "{}".getBytes(StandardCharsets.UTF_8) : null)));
                }
            }
        }
        assertThat(inputs[0]).as("date, time and week inputs found").isGreaterThan(20);
        List<String> failures;
        try {
            failures = failures(attacks);
        } finally {
            TestAccounts.retire(base, everyRole);
        }
        System.out.println("Extreme dates sent: " + attacks.size() + " to " + inputs[0] + " inputs");
        assertThat(failures).isEmpty();
    }

    /** The title a hostile author gives a story: visible text, then markup that would run script if it were markup. */
    private static String hostileTitle(String visible) {
        return visible + " <img src=x onerror=\"window." + HostilePayloads.FLAG + "=1\">";
    }

    private static JsonObjectBuilder story(String title, String body, String materialType) {
        return Json.createObjectBuilder()
                .add("title", title)
                .add("body", body)
                .add("materialType", materialType)
                .add("targetGroups", Json.createArrayBuilder().add("POTENTIAL_EMPLOYEES"))
                .add("brands", Json.createArrayBuilder().add("CLOSE"))
                .add("channels", Json.createArrayBuilder().add("WEB"))
                .add("showFirstName", true);
    }

    /** Fails unless the page shows the text and none of the hostile markup became an element or ran. */
    private static void assertShownAsTextWithoutScript(Browser browser, String page, String text) {
        browser.go(page);
        JavascriptExecutor script = (JavascriptExecutor) browser.driver();
        Object flag = script.executeScript("return window." + HostilePayloads.FLAG + " === undefined ? null : 'ran';");
        Object injected = script.executeScript(
                "return document.querySelectorAll("
                        + "'img[src=\"x\"], svg[onload], iframe[src^=\"javascript\"], details[ontoggle], [onerror], [onmouseover]').length;");
        assertThat(flag).as("a hostile script ran on " + page).isNull();
        assertThat(((Number) injected).intValue())
                .as("hostile markup became elements on " + page)
                .isZero();
        assertThat(browser.driver().getPageSource())
                .as(page + " shows the title as text")
                .contains(text);
    }

    @Test
    void hostileTextStoredInAStoryIsShownAsTextAndNoScriptOfItRuns() throws Exception {
        List<String> scripts = HostilePayloads.strings().stream()
                .filter(s -> s.contains(HostilePayloads.FLAG))
                .limit(12)
                .toList();
        String title = "Fientlig " + java.util.UUID.randomUUID();
        Api.Reply story = Api.as(base, "eva")
                .post(
                        "/api/v1/stories",
                        story(hostileTitle(title), String.join("\n\n", scripts), "BRAG")
                                .build()
                                .toString());
        assertThat(story.status()).as(story.toString()).isEqualTo(201);
        long storyId = story.json().getJsonNumber("id").longValue();

        try (Browser browser = Browser.open(base)) {
            browser.login("eva");
            for (String page : List.of(
                    "/story/index.xhtml", "/story/view.xhtml?id=" + storyId, "/story/edit.xhtml?id=" + storyId)) {
                assertShownAsTextWithoutScript(browser, page, title);
            }
        }
    }

    @Test
    void aPublishedPortraitWithAHostileTitleIsShownAsTextOnThePublicPageAndNoScriptOfItRuns() throws Exception {
        String title = "Fientligt portratt " + java.util.UUID.randomUUID();
        Api.Reply created = Api.as(base, "eva")
                .post(
                        "/api/v1/stories",
                        story(
                                        hostileTitle(title),
                                        "<script>window." + HostilePayloads.FLAG + "=1</script>",
                                        "STAFF_PORTRAIT")
                                .build()
                                .toString());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String story = "/api/v1/stories/" + created.json().getJsonNumber("id").longValue();
        assertThat(Api.as(base, "eva").post(story + "/submit", "{}").status()).isEqualTo(200);
        assertThat(Api.as(base, "magnus").post(story + "/approve", "{}").status())
                .isEqualTo(200);
        java.time.LocalDateTime at = java.time.LocalDate.now()
                .plusWeeks(30)
                .with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.TUESDAY))
                .atTime(10, 0);
        Api.Reply scheduled = Api.as(base, "klara")
                .post(
                        story + "/schedule",
                        Json.createObjectBuilder()
                                .add("channel", "WEB")
                                .add("at", at.toString())
                                .add("confirm", true)
                                .build()
                                .toString());
        assertThat(scheduled.status()).as(scheduled.toString()).isEqualTo(200);
        Api.Reply published = Api.as(base, "klara")
                .post(
                        story + "/publish",
                        Json.createObjectBuilder()
                                .add("channel", "WEB")
                                .add("link", "https://www.region.example/berattelser/fientlig")
                                .build()
                                .toString());
        assertThat(published.status()).as(published.toString()).isEqualTo(200);

        try (Browser browser = Browser.open(base)) {
            assertShownAsTextWithoutScript(browser, "/public/ambassadors.xhtml", title);
        }
    }

    @Test
    void aRoundNamedToEndTheChartsScriptIsShownAsTextOnTheDashboardAndRunsNoScript() throws Exception {
        String name = "Runda " + java.util.UUID.randomUUID().toString().substring(0, 8) + " </script><script>window."
                + HostilePayloads.FLAG + "=1</script>";
        Api.Reply created = Api.as(base, "hanna")
                .post(
                        "/api/v1/survey-rounds",
                        Json.createObjectBuilder()
                                .add("name", name)
                                .add("heldOn", "2009-09-01")
                                .add("scale", "YES_NO")
                                .build()
                                .toString());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long round = created.json().getJsonNumber("id").longValue();
        try (Browser browser = Browser.open(base)) {
            browser.login("hanna");
            assertShownAsTextWithoutScript(browser, "/recommendation/dashboard.xhtml", "");
            String trend = browser.driver()
                    .findElement(org.openqa.selenium.By.id("dashboardForm:trendTable"))
                    .getText();
            assertThat(trend)
                    .as("the round's name is shown as text in the trend")
                    .contains(name);
        } finally {
            Api.as(base, "hanna").delete("/api/v1/survey-rounds/" + round);
        }
    }
}
