package se.ambassadorsportalen.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;

/**
 * A browser's session without the browser: signs in on the real login form (with its Faces view
 * state) and keeps the cookies, so tests can call pages and the API as a signed-in person would,
 * thousands of times if need be.
 */
public final class WebSession {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** The page's CSP nonce, which PrimeFaces' script posts back with every form (as a browser does). */
    private static final Pattern NONCE = Pattern.compile("<script[^>]*nonce=\"([^\"]+)\"");

    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;

    private WebSession(URL base) {
        this(base, null);
    }

    private WebSession(URL base, SSLContext tls) {
        this.base = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
        HttpClient.Builder builder = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER);
        if (tls != null) {
            builder.sslContext(tls).version(HttpClient.Version.HTTP_1_1);
        }
        this.client = builder.build();
    }

    /** Signs in with the login form; fails the test if the portal does not accept the password. */
    public static WebSession signIn(URL base, String username, String password) {
        return signIn(new WebSession(base), username, password);
    }

    /** Signs in over HTTPS to the test server, whose certificate is self-signed (see {@link TrustingTls}). */
    public static WebSession signInOverHttps(URL httpsBase, String username, String password) {
        return signIn(new WebSession(httpsBase, TrustingTls.context()), username, password);
    }

    private static WebSession signIn(WebSession session, String username, String password) {
        int status = session.submitLogin(username, password);
        if (status != 302) {
            throw new AssertionError("The login of " + username + " answered " + status + " instead of a redirect");
        }
        return session;
    }

    /** Submits the login form once and returns the answer, whether or not it let the user in. */
    public static Api.Reply tryLogin(URL base, String username, String password) {
        return new WebSession(base).postLogin(username, password, null);
    }

    /**
     * Opens the login page as a redirect to it would, with {@code next} naming the page to return
     * to, and submits it: the answer to the login.
     */
    public static Api.Reply tryLoginReturningTo(URL base, String next, String username, String password) {
        return new WebSession(base).postLogin(username, password, next);
    }

    /**
     * A browser that holds only this session cookie, as one would that was handed a copy of
     * another's: to show what that session still lets in.
     */
    public static WebSession holdingSessionCookie(URL base, String sessionId) {
        WebSession session = new WebSession(base);
        HttpCookie cookie = new HttpCookie("JSESSIONID", sessionId);
        cookie.setPath("/");
        cookie.setVersion(0);
        session.cookies.getCookieStore().add(session.base, cookie);
        return session;
    }

    /**
     * Opens the login page and submits it in this session, with whatever cookies it already holds
     * (someone signing in on a browser where another person is signed in): the answer to the login.
     */
    public Api.Reply submitLoginForm(String username, String password) {
        return postLogin(username, password, null);
    }

    /** The value of the cookie of this name the portal set, or null. */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    private int submitLogin(String username, String password) {
        return postLogin(username, password, null).status();
    }

    private Api.Reply postLogin(String username, String password, String next) {
        Api.Reply page = get(
                next == null ? "login.xhtml" : "login.xhtml?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
        Map<String, String> form = Map.of(
                "loginForm",
                "loginForm",
                "loginForm_SUBMIT",
                "1",
                "loginForm:username",
                username,
                "loginForm:password",
                password,
                "loginForm:submit",
                "",
                "jakarta.faces.ViewState",
                viewStateOf(page),
                "primefaces.nonce",
                nonceOf(page));
        return send(HttpRequest.newBuilder(base.resolve("login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody(form))));
    }

    public Api.Reply get(String path) {
        return send(HttpRequest.newBuilder(resolve(path)).GET());
    }

    /** A GET with headers of the test's own besides this session's cookies (credentials of another caller). */
    public Api.Reply get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(resolve(path)).GET();
        headers.forEach(request::header);
        return send(request);
    }

    /** A GET of exactly this path and query, as sent (not resolved against the portal's root, so {@code //x} stays). */
    public Api.Reply getExactly(String pathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create(base.getScheme() + "://" + base.getRawAuthority() + pathAndQuery))
                .GET());
    }

    public Api.Reply post(String path, String json) {
        return send(HttpRequest.newBuilder(resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /**
     * Posts a Faces form as the browser would, as a full post or as a PrimeFaces ajax request
     * ({@code Faces-Request: partial/ajax}), with the page it was on as the Referer.
     */
    public Api.Reply postForm(String path, Map<String, String> fields, boolean ajax) {
        return postForm(path, fields, ajax, Map.of());
    }

    /** {@link #postForm(String, Map, boolean)} with headers of the test's own (a request id to count by). */
    public Api.Reply postForm(String path, Map<String, String> fields, boolean ajax, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Referer", resolve(path).toString())
                .POST(HttpRequest.BodyPublishers.ofString(formBody(fields)));
        if (ajax) {
            request.header("Faces-Request", "partial/ajax");
        }
        headers.forEach(request::header);
        return send(request);
    }

    /**
     * The page's CSP nonce, which PrimeFaces' script posts back with every form and ajax request
     * ({@code primefaces.nonce}), as a browser does: a postback that renders its view again checks it.
     */
    public static String nonceOf(Api.Reply page) {
        return nonceIn(page.body());
    }

    /** The CSP nonce of a page's HTML. */
    public static String nonceIn(String html) {
        Matcher nonce = NONCE.matcher(html);
        if (!nonce.find()) {
            throw new AssertionError("The page has no script nonce");
        }
        return nonce.group(1);
    }

    /** The Faces view state of a page, to post back to the view it names. */
    public static String viewStateOf(Api.Reply page) {
        Matcher viewState = VIEW_STATE.matcher(page.body());
        if (!viewState.find()) {
            throw new AssertionError("The page has no view state");
        }
        return viewState.group(1);
    }

    /**
     * What marks an ajax answer as an unexpected failure ({@code FacesFailureHandlerFactory}): the
     * portal answers such a failure with a message in the page instead of an error element.
     */
    public static final String AJAX_FAILURE =
            "id=\"" + se.ambassadorsportalen.platform.web.FacesFailureHandlerFactory.FAILURE_MESSAGE_ID + "\"";

    /**
     * What PrimeFaces posts when {@code source} in {@code form} of {@code page} is clicked: the partial
     * request running {@code execute} and rendering {@code render}, with the page's view state and nonce.
     * Add the form's fields to it before posting.
     */
    public static Map<String, String> ajaxClick(
            Api.Reply page, String form, String source, String execute, String render) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", source);
        fields.put("jakarta.faces.partial.execute", execute);
        fields.put("jakarta.faces.partial.render", render);
        fields.put(source, source);
        fields.put(form + "_SUBMIT", "1");
        fields.put("jakarta.faces.ViewState", viewStateOf(page));
        fields.put("primefaces.nonce", nonceOf(page));
        return fields;
    }

    private static String formBody(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public List<String> cookieNames() {
        return cookies.getCookieStore().getCookies().stream()
                .map(HttpCookie::getName)
                .toList();
    }

    /** The cookies the portal set, with their attributes (Secure, HttpOnly). */
    public List<HttpCookie> cookies() {
        return cookies.getCookieStore().getCookies();
    }

    private URI resolve(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    private Api.Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = client.send(
                    request.timeout(Duration.ofSeconds(60))
                            .header("Accept", "text/html, application/json, */*")
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Api.Reply(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body(),
                    response.headers().firstValue("Location").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
