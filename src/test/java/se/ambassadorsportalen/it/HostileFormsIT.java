package se.ambassadorsportalen.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

/**
 * The hostile corpus through the main Faces forms, as a browser posts them: each round opens the
 * page afresh, reads its form, view state and CSP nonce, and posts the form by its button with a
 * payload in its fields: in every text field on even rounds (dates and numbers included, so the
 * converters meet it), in the plain text fields only on odd rounds (so the rest stays valid and
 * the text is stored). A slice of {@value #PAYLOADS_PER_FORM} payloads per form, a different one for
 * each, keeps the test to seconds; {@link HostileInputIT} sends the whole corpus to the API, which
 * the forms call through the same boundaries. No answer may be a server error, an ajax
 * {@code <error>}, a stack trace, or the form's own hostile text unescaped.
 */
@ExtendWith(ArquillianExtension.class)
class HostileFormsIT {

    private static final int PAYLOADS_PER_FORM = 50;
    /** The view state as an ajax answer renews it. */
    private static final Pattern PARTIAL_VIEW_STATE =
            Pattern.compile("<update id=\"[^\"]*jakarta\\.faces\\.ViewState[^\"]*\"><!\\[CDATA\\[(.*?)\\]\\]>");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    /** A form to attack: who opens which page, the form, its button, and a step that must come first. */
    private record FormCase(String user, String page, String formId, String buttonId, Prelude prelude) {}

    /** Posts that must precede the form, for a form that appears only after another one was posted. */
    private interface Prelude {
        String open(WebSession session, Api.Reply page, String payload);
    }

    private List<FormCase> forms() {
        long storyId = Api.as(base, "eva")
                .post(
                        "/api/v1/stories",
                        Json.createObjectBuilder()
                                .add("title", "Formulärprov")
                                .add("body", "Text")
                                .add("materialType", "BRAG")
                                .add("targetGroups", Json.createArrayBuilder().add("POTENTIAL_EMPLOYEES"))
                                .add("brands", Json.createArrayBuilder().add("CLOSE"))
                                .add("channels", Json.createArrayBuilder().add("WEB"))
                                .add("showFirstName", true)
                                .build()
                                .toString())
                .json()
                .getJsonNumber("id")
                .longValue();
        // The log form appears once a question was routed: the payload is routed first, and when
        // the lookup refuses it (too long, say), a plain question opens the log form instead.
        Prelude routeTheQuestionFirst = (session, page, payload) -> {
            FacesForm lookup = FacesForm.of(page.body(), "lookupForm");
            String answer = "";
            for (String question : List.of(payload, "Hur många sjuksköterskor arbetar i regionen?")) {
                Api.Reply routed = session.postForm(
                        "/press/lookup.xhtml",
                        lookup.ajaxPost(
                                "lookupForm:route",
                                Map.of("lookupForm:q", question),
                                WebSession.viewStateOf(page),
                                WebSession.nonceOf(page),
                                "lookupForm results logPanel"),
                        true);
                String failure = judge("lookupForm", question, routed);
                if (failure != null) {
                    throw new AssertionError(failure);
                }
                answer = routed.body();
                if (answer.contains("<form id=\"logForm\"")) {
                    break;
                }
            }
            return answer;
        };
        return List.of(
                new FormCase("eva", "/story/edit.xhtml?id=" + storyId, "storyForm", "storyForm:save", null),
                new FormCase("petra", "/press/lookup.xhtml", "logForm", "logForm:log", routeTheQuestionFirst),
                new FormCase("klara", "/policy/manage/edit.xhtml", "policyForm", "policyForm:publish", null),
                new FormCase("nils", "/ambassador/me.xhtml", "profileForm", "profileForm:save", null),
                new FormCase("klara", "/news/manage/edit.xhtml", "newsForm", "newsForm:save", null));
    }

    /** Null when the answer is acceptable, else what was wrong with it. */
    private static String judge(String form, String payload, Api.Reply reply) {
        String what = form + " with " + payload.substring(0, Math.min(60, payload.length())) + ": ";
        String body = reply.body();
        if (reply.status() >= 500) {
            return what + reply.status() + " " + body.substring(0, Math.min(300, body.length()));
        }
        if (!body.contains("<partial-response")) {
            return what + reply.status() + " is no ajax answer: " + body.substring(0, Math.min(300, body.length()));
        }
        if (body.contains("view-expired.xhtml")) {
            return what + "the post was taken for a stale or forged one, so the form was never processed";
        }
        if (body.contains("<error>") || body.contains("<error-name>") || body.contains(WebSession.AJAX_FAILURE)) {
            return what + "an ajax error " + body.substring(0, Math.min(500, body.length()));
        }
        if (HostileInputIT.STACK_TRACE.matcher(body).find()) {
            return what + "a stack trace in " + reply.status();
        }
        if (payload.contains(HostilePayloads.FLAG) && payload.contains("<") && body.contains(payload)) {
            return what + "the payload is in the answer unescaped";
        }
        return null;
    }

    private List<String> attack(FormCase form, List<String> payloads) {
        WebSession session = WebSession.signIn(base, form.user(), Api.DEMO_PASSWORD);
        List<String> failures = new ArrayList<>();
        for (int round = 0; round < payloads.size(); round++) {
            try {
                attackOnce(session, form, payloads.get(round), round % 2 == 0).ifPresent(failures::add);
            } catch (AssertionError | RuntimeException e) {
                failures.add(form.formId() + " round " + round + ": " + e);
            }
        }
        return failures;
    }

    /** One round: the page afresh, the form read from it, the payload posted; what was wrong, if anything. */
    private Optional<String> attackOnce(WebSession session, FormCase form, String payload, boolean everyTextField) {
        Api.Reply page = session.get(form.page());
        assertThat(page.status()).as(form.page()).isEqualTo(200);
        String html = form.prelude() == null ? page.body() : form.prelude().open(session, page, payload);
        FacesForm read = FacesForm.of(html, form.formId());
        Matcher renewed = PARTIAL_VIEW_STATE.matcher(html);
        String viewState = renewed.find() ? renewed.group(1) : WebSession.viewStateOf(page);
        Map<String, String> changed = new HashMap<>();
        for (String field : everyTextField ? read.textFields : read.plainTextFields()) {
            changed.put(field, payload);
        }
        Api.Reply answer = session.postForm(
                form.page(), read.ajaxPost(form.buttonId(), changed, viewState, WebSession.nonceOf(page)), true);
        return Optional.ofNullable(judge(form.formId(), payload, answer));
    }

    @Test
    void theMainFormsAnswerHostileTextWithoutAServerErrorOrStackTraceAndNeverEchoItUnescaped() throws Exception {
        List<String> strings = HostilePayloads.strings();
        List<FormCase> forms = forms();
        List<Callable<List<String>>> attacks = new ArrayList<>();
        for (int f = 0; f < forms.size(); f++) {
            List<String> slice = new ArrayList<>();
            for (int p = 0; p < PAYLOADS_PER_FORM; p++) {
                slice.add(strings.get((p * strings.size() / PAYLOADS_PER_FORM + f * 3) % strings.size()));
            }
            FormCase form = forms.get(f);
            attacks.add(() -> attack(form, slice));
        }
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<String> failures = new ArrayList<>();
        long started = System.nanoTime();
        try {
            for (Future<List<String>> outcome : pool.invokeAll(attacks)) {
                failures.addAll(outcome.get());
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.println("Hostile form posts: " + forms.size() * PAYLOADS_PER_FORM + " in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
        assertThat(failures).isEmpty();
    }
    /**
     * A deadline the picker cannot read is refused at its field in the reader's language, naming the
     * field and what was typed, as a client without the picker's script posts it (the script clears
     * such text before it is sent), not in the converter's English default.
     */
    @Test
    void aDeadlineThatIsNoTimeIsRefusedInSwedishNamingTheFieldAndWhatWasTyped() {
        WebSession petra = WebSession.signIn(base, "petra", Api.DEMO_PASSWORD);
        FormCase log = forms().stream()
                .filter(form -> form.formId().equals("logForm"))
                .findFirst()
                .orElseThrow();
        Api.Reply page = petra.get(log.page());
        String html = log.prelude().open(petra, page, "Hur många sjuksköterskor arbetar i regionen?");
        Matcher renewed = PARTIAL_VIEW_STATE.matcher(html);
        String viewState = renewed.find() ? renewed.group(1) : WebSession.viewStateOf(page);

        Api.Reply answer = petra.postForm(
                log.page(),
                FacesForm.of(html, "logForm")
                        .ajaxPost(
                                "logForm:log",
                                Map.of("logForm:journalist", "Sven Sen", "logForm:deadline_input", "i morgon"),
                                viewState,
                                WebSession.nonceOf(page)),
                true);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.body())
                .as(answer.body())
                .contains("Deadline: ”i morgon” är ingen tidpunkt. Skriv datum och tid")
                .doesNotContain("could not be understood");
    }

    /**
     * A table's page request with numbers no paginator sends: PrimeFaces fails to read them, and
     * the answer must not carry that failure's class and message to the poster (MyFaces's error
     * element did), but say in the page that it went wrong, leaving the page as it was.
     */
    @Test
    void aTablePageRequestWithForgedNumbersIsAnsweredInThePageWithoutTheFailuresText() {
        WebSession klara = WebSession.signIn(base, "klara", Api.DEMO_PASSWORD);
        Api.Reply calendar = klara.get("/story/calendar.xhtml");
        String table = "toScheduleForm:toSchedule";
        Map<String, String> forged = WebSession.ajaxClick(calendar, "toScheduleForm", table, table, table);
        forged.remove(table);
        forged.put("jakarta.faces.behavior.event", "page");
        forged.put("jakarta.faces.partial.event", "page");
        forged.put(table + "_pagination", "true");
        forged.put(table + "_encodeFeature", "true");
        forged.put(table + "_first", "tio<b>");
        forged.put(table + "_rows", "10");

        Api.Reply answer = klara.postForm("/story/calendar.xhtml", forged, true);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.body())
                .as(answer.body())
                .contains("<partial-response")
                .doesNotContain("<error")
                .doesNotContain("Exception")
                .doesNotContain("tio<b>")
                .contains("<update id=\"messages\">")
                .contains(WebSession.AJAX_FAILURE)
                .contains("Det gick inte att göra det du bad om");
        assertThat(klara.get("/story/calendar.xhtml").status())
                .as("the session goes on")
                .isEqualTo(200);
    }
}
