package se.ambassadorsportalen.load;

import static io.gatling.javaapi.core.CoreDsl.bodyLength;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.RawFileBodyPart;
import static io.gatling.javaapi.http.HttpDsl.flushCookieJar;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;
import static se.ambassadorsportalen.load.Portal.ajax;
import static se.ambassadorsportalen.load.Portal.nonce;
import static se.ambassadorsportalen.load.Portal.partialAnswered;
import static se.ambassadorsportalen.load.Portal.partialOk;
import static se.ambassadorsportalen.load.Portal.signedInPage;
import static se.ambassadorsportalen.load.Portal.viewState;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One pass of what each role does in the portal, as chains of real requests. The ids are the Faces
 * client ids of the views under src/main/webapp; each request checks for what shows it worked (the saved
 * message, the redirect to the new item, the table on the page), not only for a 200.
 */
final class Journeys {

    static final String STATIC_CSS = "/resources/css/portal.css";
    static final String STATIC_JS = "/jakarta.faces.resource/core.js.xhtml?ln=primefaces";

    private static final AtomicLong STORIES = new AtomicLong();
    private static final List<String> PRESS_QUESTIONS = List.of(
            "Väntetider på akuten i helgen",
            "Hur går rekryteringen av sjuksköterskor?",
            "Ambulansens utryckningstider på landsbygden",
            "Kollektivtrafikens nya tidtabell",
            "Vårdplatser på medicinavdelningen");
    private static final DateTimeFormatter DATE_PICKER = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter BROWSER_ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");

    private Journeys() {}

    static ChainBuilder home() {
        return exec(http("home").get("/index.xhtml").check(signedInPage("#main")));
    }

    /**
     * The employee reads the policy list and the policy that asks for a read acknowledgement, and
     * acknowledges it when they have not yet (the button is gone once they have).
     */
    static ChainBuilder readPolicy() {
        return exec(http("policy list")
                        .get("/policy/index.xhtml")
                        .check(signedInPage("[id='documentsForm:documents']"))
                        .check(regex("document\\.xhtml\\?id=(\\d+)\">[^<]*</a>").saveAs("policyId")))
                .exec(http("policy document")
                        .get("/policy/document.xhtml?id=#{policyId}")
                        .check(signedInPage("#policyBody"))
                        .check(
                                viewState(),
                                nonce(),
                                css("[id='ackForm:acknowledge']").count().saveAs("ackButtons")))
                .doIf(session -> session.getInt("ackButtons") > 0)
                .then(exec(ajax(
                                "policy acknowledge",
                                "/policy/document.xhtml?id=#{policyId}",
                                "ackForm",
                                "ackForm:acknowledge",
                                "ackForm:acknowledge",
                                "ackForm")
                        .check(partialOk())
                        .check(substring("id=\"acknowledged\""))));
    }

    /**
     * The employee writes a story on the edit page: saves the draft (ajax), gives a caption and uploads a
     * photo (PrimeFaces' advanced upload: multipart with the partial-request parameters), submits it to
     * their manager and lands on the story's page.
     */
    static ChainBuilder writeStory() {
        String page = "/story/edit.xhtml";
        return exec(session -> session.set(
                        "storyTitle", "Lasttest " + session.getString("username") + " " + STORIES.incrementAndGet()))
                .exec(http("story edit page")
                        .get(page)
                        .check(signedInPage("[id='storyForm:title']"))
                        .check(viewState(), nonce()))
                .exec(storyForm(ajax("story save draft", page, "storyForm", "storyForm:save", "@all", "storyForm"))
                        .check(partialOk())
                        .check(substring("portal-message-info"), substring("storyForm:photo_input")))
                .exec(ajax("story photo caption", page, "storyForm", "storyForm:altText", "storyForm:altText", null)
                        .formParam("jakarta.faces.behavior.event", "change")
                        .formParam("jakarta.faces.partial.event", "change")
                        .formParam("storyForm:altText", "Kollegor i korridoren på avdelningen")
                        .check(partialOk()))
                .exec(http("story photo upload")
                        .post(page)
                        .header("Faces-Request", "partial/ajax")
                        .header("X-Requested-With", "XMLHttpRequest")
                        .formParam("storyForm_SUBMIT", "1")
                        .formParam("storyForm:altText", "Kollegor i korridoren på avdelningen")
                        .formParam(Portal.VIEW_STATE, "#{viewState}")
                        .formParam(Portal.NONCE, "#{nonce}")
                        .formParam("jakarta.faces.partial.ajax", "true")
                        .formParam("jakarta.faces.partial.execute", "storyForm:photo")
                        .formParam("jakarta.faces.source", "storyForm:photo")
                        .formParam("storyForm:photo_totalFilesCount", "1")
                        .formParam("jakarta.faces.partial.render", "storyForm:photos")
                        .bodyPart(RawFileBodyPart("storyForm:photo", "photos/ward.jpg")
                                .contentType("image/jpeg")
                                .fileName("ward.jpg"))
                        .asMultipartForm()
                        .check(partialOk())
                        .check(substring("/api/v1/stories/photos/"), substring("portal-message-info")))
                .exec(storyForm(ajax("story submit", page, "storyForm", "storyForm:submit", "@all", "storyForm"))
                        .check(
                                status().is(200),
                                substring("<error>").notExists(),
                                substring(Portal.AJAX_FAILURE).notExists(),
                                regex("<redirect url=\"[^\"]*/story/view\\.xhtml\\?id=(\\d+)\"")
                                        .saveAs("storyId")))
                .exec(http("story view")
                        .get("/story/view.xhtml?id=#{storyId}")
                        .check(signedInPage("#storyTitle"))
                        .check(
                                // a manager in the same run may approve it between the submit and this view
                                css("#storyStatus", "class").in("status status-SUBMITTED", "status status-APPROVED"),
                                substring("Berättelsen är skickad till din chef")));
    }

    private static HttpRequestActionBuilder storyForm(HttpRequestActionBuilder request) {
        return request.formParam("storyForm:title", "#{storyTitle}")
                .formParam(
                        "storyForm:body",
                        "Jag började här som nyexaminerad. I dag handleder jag studenter. "
                                + "Vi hjälps åt på avdelningen och patienterna märker det.")
                .formParam("storyForm:materialType_input", "STAFF_PORTRAIT")
                .formParam("storyForm:targetGroups", "POTENTIAL_EMPLOYEES")
                .formParam("storyForm:brands", "CLOSE")
                .formParam("storyForm:channels", "INTRANET");
    }

    /**
     * The manager opens the approvals list and, when a story waits for them, opens one at random and
     * approves it. Managers without waiting stories only see the list.
     */
    static ChainBuilder approveStory() {
        return exec(session -> session.remove("approveId"))
                .exec(http("approvals list")
                        .get("/story/approvals.xhtml")
                        .check(signedInPage("[id='approvalsForm:waiting']"))
                        .check(regex("story/view\\.xhtml\\?id=(\\d+)")
                                .findRandom()
                                .optional()
                                .saveAs("approveId")))
                .doIf(session -> session.contains("approveId"))
                .then(exec(session -> session.remove("approveButton"))
                        .exec(http("story to approve")
                                .get("/story/view.xhtml?id=#{approveId}")
                                .check(signedInPage("#main"))
                                // a story decided meanwhile is shown without the decision form
                                .check(css("[id='decisionForm:approve']", "id")
                                        .optional()
                                        .saveAs("approveButton"))
                                .checkIf(session -> session.contains("approveButton"))
                                .then(viewState(), nonce()))
                        // Several virtual users share a manager account: another may have decided
                        // the story between the list and its page, or between the page and the click
                        // (then the portal says the story was handled or changed meanwhile).
                        .doIf(session -> session.contains("approveButton"))
                        .then(exec(ajax(
                                        "story approve",
                                        "/story/view.xhtml?id=#{approveId}",
                                        "decisionForm",
                                        "decisionForm:approve",
                                        "decisionForm:approve",
                                        "decisionForm story")
                                .check(partialAnswered())
                                // two managers may open the same story: the later one is told it changed meanwhile
                                .check(regex("Berättelsen är godkänd|Någon annan har redan hanterat den"
                                                + "|Någon annan har ändrat detta|Någon annan har ändrat berättelsen")
                                        .exists()))));
    }

    /**
     * The press officer types a journalist's question (the page routes it on opening, as from the home
     * page's search box), gets the proposed spokespeople, and logs the inquiry; the log page then shows it,
     * and once the spokesperson has talked to the journalist the officer marks it answered. Left open,
     * every run's inquiries would stay on the board and each later run would page a longer one.
     */
    static ChainBuilder lookUpAndLogInquiry() {
        return exec(session -> session.set(
                        "question",
                        PRESS_QUESTIONS.get(ThreadLocalRandom.current().nextInt(PRESS_QUESTIONS.size()))))
                .exec(http("press lookup")
                        .get("/press/lookup.xhtml")
                        .queryParam("q", "#{question}")
                        .check(signedInPage("#proposals"))
                        .check(css("[id='logForm:log']").exists(), viewState(), nonce()))
                .exec(ajax("press log inquiry", "/press/lookup.xhtml", "logForm", "logForm:log", "@all", "logForm")
                        .formParam("logForm:journalist", "Lasttest Journalist")
                        .formParam("logForm:outlet", "Lokalradion")
                        .formParam("logForm:channel", "PHONE")
                        .formParam(
                                "logForm:deadline_input",
                                session -> LocalDate.now().plusDays(1) + " 15:00")
                        .formParam("logForm:question", "#{question}")
                        .check(
                                status().is(200),
                                substring("<error>").notExists(),
                                substring(Portal.AJAX_FAILURE).notExists(),
                                regex("<redirect url=\"([^\"]*/press/inquiries\\.xhtml\\?id=\\d+)\"")
                                        .saveAs("inquiryUrl")))
                .exec(session -> session.set("inquiryPath", relative(session.getString("inquiryUrl"))))
                .exec(http("press inquiry log")
                        .get("#{inquiryPath}")
                        .check(signedInPage("[id='logTableForm:log']"))
                        .check(
                                substring("är loggad"),
                                css("[id='inquiryForm:answer']").exists(),
                                viewState(),
                                nonce()))
                .exec(ajax(
                                "press answer inquiry",
                                "#{inquiryPath}",
                                "inquiryForm",
                                "inquiryForm:answer",
                                "inquiryForm:answer",
                                "inquiryPanel boardForm figures")
                        .check(partialOk())
                        .check(substring("är markerad som besvarad")));
    }

    /** HR opens the recommendation dashboard and exports the unit table as CSV (a full, non-ajax post). */
    static ChainBuilder dashboardAndExport() {
        return exec(http("recommendation dashboard")
                        .get("/recommendation/dashboard.xhtml")
                        .check(signedInPage("[id='dashboardForm:unitTable']"))
                        .check(
                                viewState(),
                                nonce(),
                                css("select[name='dashboardForm:goal_input'] option[selected]", "value")
                                        .saveAs("goal"),
                                css("select[name='dashboardForm:round_input'] option[selected]", "value")
                                        .saveAs("round"),
                                css("select[name='dashboardForm:grouping_input'] option[selected]", "value")
                                        .saveAs("grouping")))
                .exec(http("recommendation export csv")
                        .post("/recommendation/dashboard.xhtml")
                        .formParam("dashboardForm:goal_input", "#{goal}")
                        .formParam("dashboardForm:round_input", "#{round}")
                        .formParam("dashboardForm:grouping_input", "#{grouping}")
                        .formParam("dashboardForm_SUBMIT", "1")
                        .formParam("dashboardForm:exportUnits", "")
                        .formParam(Portal.VIEW_STATE, "#{viewState}")
                        .formParam(Portal.NONCE, "#{nonce}")
                        .check(
                                status().is(200),
                                header("Content-Disposition")
                                        .transform(value -> value.contains(".csv"))
                                        .is(true),
                                bodyLength().gt(20)));
    }

    /**
     * The communicator opens the publishing calendar, the calendar fetches this week's posts by ajax, and
     * the communicator plans one of the approved stories waiting at the top of the list, when there is
     * one: approved stories that nobody plans would lengthen that list run after run.
     */
    static ChainBuilder calendar() {
        return exec(session -> session.remove("planButton"))
                .exec(http("publishing calendar")
                        .get("/story/calendar.xhtml")
                        .check(signedInPage("[id='calendarForm:schedule']"))
                        .check(viewState(), nonce())
                        .check(regex("id=\"(toScheduleForm:toSchedule:\\d+:plan)\"")
                                .findRandom()
                                .optional()
                                .saveAs("planButton")))
                .exec(session -> {
                    LocalDate monday = LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                    return session.set("weekStart", browserIso(monday)).set("weekEnd", browserIso(monday.plusWeeks(1)));
                })
                .exec(ajax(
                                "publishing calendar events",
                                "/story/calendar.xhtml",
                                "calendarForm",
                                "calendarForm:schedule",
                                "calendarForm:schedule",
                                "calendarForm:schedule")
                        .formParam("primefaces.ignoreautoupdate", "true")
                        .formParam("calendarForm:schedule_event", "true")
                        .formParam("calendarForm:schedule_start", "#{weekStart}")
                        .formParam("calendarForm:schedule_end", "#{weekEnd}")
                        .check(partialOk())
                        .check(substring("\"events\"")))
                .doIf(session -> session.contains("planButton"))
                .then(planStory());
    }

    /**
     * Opens the planning dialog for the chosen story and plans it on the channel the dialog proposes, at a
     * quarter hour of a working day within the coming year. Where the portal warns (another post near that
     * time, a channel the guide advises against), the communicator plans it anyway, as the button offers.
     * Several virtual users share a communicator account and plan from the same list: when a colleague
     * planned a story above the chosen one meanwhile, the click reaches no story and the dialog opens
     * empty (the communicator closes it and chooses again next round), and when two plan the same story
     * at once the later one is told it changed meanwhile.
     */
    private static ChainBuilder planStory() {
        String page = "/story/calendar.xhtml";
        return exec(session -> session.remove("planAnyway").remove("planChannel"))
                .exec(ajax("plan story dialog", page, "toScheduleForm", "#{planButton}", "#{planButton}", "planForm")
                        .check(partialOk())
                        .check(regex("<option value=\"([^\"]+)\" selected=\"selected\"")
                                .optional()
                                .saveAs("planChannel")))
                .doIf(session -> session.contains("planChannel"))
                .then(exec(session -> session.set("planAt", aWorkingQuarterHourWithinAYear()))
                        .exec(planned("plan story", "planForm:planSave")
                                .check(regex("id=\"(planForm:planAnyway)\"")
                                        .optional()
                                        .saveAs("planAnyway")))
                        .doIf(session -> session.contains("planAnyway"))
                        .then(exec(planned("plan story anyway", "planForm:planAnyway"))));
    }

    /** The dialog's save: planned, warned (with the button to plan anyway), or told a colleague changed it. */
    private static HttpRequestActionBuilder planned(String name, String button) {
        return ajax(name, "/story/calendar.xhtml", "planForm", button, "planForm", "planForm toScheduleForm")
                .formParam("planForm:channel_input", "#{planChannel}")
                .formParam("planForm:scheduledAt_input", "#{planAt}")
                .check(partialAnswered())
                .check(regex("Berättelsen är planerad|planForm:planAnyway|Någon annan har ändrat")
                        .exists());
    }

    /** As the dialog's date picker writes it (yyyy-MM-dd HH:mm), Monday to Friday, 08:00–15:45. */
    private static String aWorkingQuarterHourWithinAYear() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        LocalDate day = LocalDate.now().plusDays(1 + random.nextInt(365));
        while (day.getDayOfWeek().getValue() > 5) {
            day = day.plusDays(1);
        }
        return day.atTime(8 + random.nextInt(8), 15 * random.nextInt(4)).format(DATE_PICKER);
    }

    /**
     * A careers-site visitor, never signed in: the public portrait page, its JSON and its Atom feed. A
     * feed reader asks again with the validator it was given (ETag or Last-Modified) and must get 304;
     * while the portal sends neither, that second request is left out and the report shows no such line.
     */
    static ChainBuilder publicPortraits() {
        return exec(http("public portraits page")
                        .get("/public/ambassadors.xhtml")
                        .check(
                                status().is(200),
                                css("#portraits").exists(),
                                css(".portal-user").notExists()))
                .exec(validated(
                        "public portraits json",
                        "/api/v1/public/portraits?first=0&size=20",
                        "application/json",
                        jsonPath("$.total").ofInt().gt(0),
                        jsonPath("$.items[0].title").exists()))
                .exec(validated(
                        "public portraits atom",
                        "/feed/portraits.atom",
                        "application/atom+xml",
                        substring("<feed"),
                        substring("<entry")));
    }

    private static ChainBuilder validated(String name, String path, String accept, CheckBuilder... proof) {
        return exec(session -> session.remove("etag").remove("lastModified"))
                .exec(http(name)
                        .get(path)
                        .header("Accept", accept)
                        .check(status().is(200))
                        .check(proof)
                        .check(
                                header("ETag").optional().saveAs("etag"),
                                header("Last-Modified").optional().saveAs("lastModified")))
                .doIfOrElse(session -> session.contains("etag"))
                .then(exec(http(name + " (If-None-Match)")
                        .get(path)
                        .header("Accept", accept)
                        .header("If-None-Match", "#{etag}")
                        .check(status().is(304))))
                .orElse(doIf(session -> session.contains("lastModified"))
                        .then(exec(http(name + " (If-Modified-Since)")
                                .get(path)
                                .header("Accept", accept)
                                .header("If-Modified-Since", "#{lastModified}")
                                .check(status().is(304)))));
    }

    /**
     * An integration calling the REST API with HTTP Basic and no cookies (the server sets an SSO cookie
     * that a script does not keep), so every call authenticates with the password.
     */
    static ChainBuilder apiClient() {
        return exec(flushCookieJar())
                .exec(http("api me (basic)")
                        .get("/api/v1/me")
                        .basicAuth("#{username}", Portal.password())
                        .header("Accept", "application/json")
                        .check(status().is(200), jsonPath("$.username").is(session -> session.getString("username"))))
                .exec(flushCookieJar())
                .exec(http("api policies (basic)")
                        .get("/api/v1/policies")
                        .basicAuth("#{username}", Portal.password())
                        .header("Accept", "application/json")
                        .check(status().is(200), jsonPath("$[0].id").exists()));
    }

    /** A stylesheet and a script, named by whether the request carries a session cookie. */
    static ChainBuilder staticFiles(String suffix) {
        return exec(http("static css " + suffix)
                        .get(STATIC_CSS)
                        .check(status().is(200), bodyLength().gt(1000)))
                .exec(http("static js " + suffix)
                        .get(STATIC_JS)
                        .check(status().is(200), bodyLength().gt(10_000)));
    }

    private static String browserIso(LocalDate day) {
        return day.atStartOfDay(ZoneId.systemDefault())
                .withZoneSameInstant(ZoneOffset.UTC)
                .format(BROWSER_ISO);
    }

    /** The redirect in a partial response is absolute to the server; Gatling's base URL supplies the host. */
    private static String relative(String url) {
        int path = url.indexOf("/press/");
        return url.substring(path);
    }
}
