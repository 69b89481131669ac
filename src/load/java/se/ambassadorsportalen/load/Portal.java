package se.ambassadorsportalen.load;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;

/**
 * What every simulation needs to talk to the portal: its address and parameters, signing in through the
 * real login form, and Faces requests. The pages are Faces + PrimeFaces, so a form post carries the
 * view state from the page and an ajax post the partial-request parameters a browser's PrimeFaces sends;
 * a Faces page answers 200 with an error message too, so every check looks for what proves success.
 */
final class Portal {

    static final String VIEW_STATE = "jakarta.faces.ViewState";

    private Portal() {}

    static String url() {
        String url = System.getProperty("portal.url", "http://localhost:9080/");
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    static String password() {
        return System.getProperty("portal.password", "demo");
    }

    static int intParameter(String name, int fallback) {
        return Integer.parseInt(System.getProperty(name, Integer.toString(fallback)));
    }

    static Duration seconds(String name, int fallback) {
        return Duration.ofSeconds(intParameter(name, fallback));
    }

    /**
     * No HTTP cache and no warm-up call to an outside site: every request in the plan reaches the portal
     * and is measured, as the first visit of a browser with an empty cache would be.
     */
    static HttpProtocolBuilder protocol() {
        return http.baseUrl(url())
                .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .acceptLanguageHeader("sv-SE,sv;q=0.9,en;q=0.5")
                .acceptEncodingHeader("gzip, deflate")
                .userAgentHeader("Ambassadorsportalen load test (Gatling)")
                .disableCaching()
                .disableWarmUp();
    }

    /** The form field in which PrimeFaces' script sends the page's CSP nonce with every post of the view. */
    static final String NONCE = "primefaces.nonce";

    /** What marks the portal's answer to an ajax request that failed unexpectedly (its message's id). */
    static final String AJAX_FAILURE = "id=\"ajaxFailure\"";

    /**
     * The page's CSP nonce, which PrimeFaces' script puts into every form: a post without it is refused
     * as a forgery, so each virtual user sends it back as the browser would.
     */
    static CheckBuilder nonce() {
        return regex("PrimeFaces\\.csp\\.init\\('([^']+)'\\)").saveAs("nonce");
    }

    /** The page's view state, which every later post on the same view sends back. */
    static CheckBuilder viewState() {
        return css("input[name='" + VIEW_STATE + "']", "value").saveAs("viewState");
    }

    /** A page for a signed-in user: their name in the header, no error message, and the page's own element. */
    static CheckBuilder[] signedInPage(String provingSelector) {
        return new CheckBuilder[] {
            status().is(200),
            css(".portal-user").exists(),
            css(provingSelector).exists(),
            substring("portal-message-error").notExists()
        };
    }

    /**
     * Signs the virtual user in with {@code #{username}} through the login form, as a browser does: the
     * form's view state, the post, the redirect to the home page that shows the user's name. Each virtual
     * user keeps its own cookie jar, so this is its own session even when several share an account.
     */
    static ChainBuilder login() {
        return exec(http("login form")
                        .get("/login.xhtml")
                        .check(
                                status().is(200),
                                css("[id='loginForm:username']").exists(),
                                viewState(),
                                nonce()))
                .exec(http("login")
                        .post("/login.xhtml")
                        .formParam("loginForm:username", "#{username}")
                        .formParam("loginForm:password", password())
                        .formParam("loginForm_SUBMIT", "1")
                        .formParam("loginForm:submit", "")
                        .formParam(VIEW_STATE, "#{viewState}")
                        .formParam(NONCE, "#{nonce}")
                        .check(
                                status().is(200),
                                regex("class=\"portal-user\"><span[^>]*></span>\\s*([^<\\s]+)")
                                        .is(session -> session.getString("username")),
                                css("#main").exists()));
    }

    /**
     * A PrimeFaces ajax post from {@code form}, started by {@code source}, running {@code execute} and
     * rendering {@code render} (space-separated client ids, as PrimeFaces resolves them in the browser; a
     * button without {@code process} makes the browser send {@code @all}).
     */
    static HttpRequestActionBuilder ajax(
            String name, String page, String form, String source, String execute, String render) {
        HttpRequestActionBuilder request = http(name)
                .post(page)
                .header("Faces-Request", "partial/ajax")
                .header("X-Requested-With", "XMLHttpRequest")
                .formParam("jakarta.faces.partial.ajax", "true")
                .formParam("jakarta.faces.source", source)
                .formParam("jakarta.faces.partial.execute", execute)
                .formParam(source, source)
                .formParam(form + "_SUBMIT", "1")
                .formParam(VIEW_STATE, "#{viewState}")
                .formParam(NONCE, "#{nonce}");
        return render == null ? request : request.formParam("jakarta.faces.partial.render", render);
    }

    /**
     * An ajax answer that is a Faces partial response without a server error, whatever message it shows:
     * for steps where a refusal (someone else changed it meanwhile) is an answer too.
     */
    static CheckBuilder[] partialAnswered() {
        return new CheckBuilder[] {
            status().is(200),
            substring("<partial-response"),
            substring("<error>").notExists(),
            substring(AJAX_FAILURE).notExists()
        };
    }

    /**
     * An ajax answer that is a Faces partial response without a server error or a message in red, and
     * takes the view state it may carry for the next post.
     */
    static CheckBuilder[] partialOk() {
        return new CheckBuilder[] {
            status().is(200),
            substring("<partial-response"),
            substring("<error>").notExists(),
            substring(AJAX_FAILURE).notExists(),
            substring("portal-message-error").notExists(),
            substring("ui-message-error").notExists(),
            regex("ViewState[^\"]*\"><!\\[CDATA\\[([^\\]]+)\\]\\]>").optional().saveAs("viewState")
        };
    }
}
