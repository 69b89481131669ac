package se.ambassadorsportalen.it;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.ambassadorsportalen.platform.web.FacesFailureHandlerFactory;

/**
 * Headless Debian Chromium driven by Debian's chromedriver (named explicitly, so nothing is
 * downloaded), with the steps every journey needs: log in, log out, and an axe check that
 * fails on serious or critical accessibility violations.
 */
public final class Browser implements AutoCloseable {

    /** A mark on the page being left, so that {@link #open} can tell the new page from the old. */
    private static final String LEAVING_MARK = "portalTestsLeavingThisPage";

    private final ChromeDriver driver;
    private final String base;
    private final Path profile;
    /** Which browsers may take this one's place once it is closed (null: it is never reused). */
    private final String reuseKey;
    /** The pages checked by axe, by the user signed in then (null: nobody). */
    private final java.util.Map<String, java.util.Set<String>> visited = new java.util.LinkedHashMap<>();

    private String user;

    /** The language this browser asks for (its Accept-Language), as the page's {@code lang} names it. */
    private final String language;

    private Browser(URL base, String acceptLanguage) throws java.io.IOException {
        this(base, acceptLanguage, false);
    }

    private Browser(URL base, String acceptLanguage, boolean trustSelfSignedCertificates) throws java.io.IOException {
        this.base = base.toString().endsWith("/") ? base.toString() : base + "/";
        this.language = acceptLanguage.substring(0, 2);
        // a browser that accepted the provider's self-signed certificate may have met its HTTPS
        // pages and their headers: it is never handed to another test
        this.reuseKey = trustSelfSignedCertificates ? null : acceptLanguage;
        Idle idle = takeIdle(reuseKey);
        if (idle != null) {
            this.profile = idle.profile();
            this.driver = idle.driver();
            return;
        }
        this.profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=1280,1000",
                "--lang=" + acceptLanguage,
                "--user-data-dir=" + profile);
        // no saved passwords or form entries: a browser serves several tests (see close)
        options.setExperimentalOption(
                "prefs",
                java.util.Map.of(
                        "intl.accept_languages", acceptLanguage,
                        "credentials_enable_service", false,
                        "profile.password_manager_enabled", false,
                        "autofill.profile_enabled", false));
        options.setAcceptInsecureCerts(trustSelfSignedCertificates);
        // the console, so a test can fail on script errors and Content-Security-Policy refusals
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(
                        new java.io.File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    /** A browser whose user prefers Swedish, like most of the region's staff. */
    public static Browser open(URL base) throws java.io.IOException {
        return new Browser(base, "sv");
    }

    public static Browser open(URL base, String acceptLanguage) throws java.io.IOException {
        return new Browser(base, acceptLanguage);
    }

    /**
     * A browser that also accepts the test OpenID provider's self-signed certificate: the provider
     * sends its login page over HTTPS with the certificate Liberty made at its first start, which
     * staff's browsers would never see (a region's provider has a trusted one).
     */
    public static Browser openWithTestProvider(URL base) throws java.io.IOException {
        return new Browser(base, "sv", true);
    }

    public WebDriver driver() {
        return driver;
    }

    public void go(String path) {
        open(base + (path.startsWith("/") ? path.substring(1) : path));
    }

    /**
     * Opens an address and returns once the new page has loaded. ChromeDriver's own wait now and
     * then returns while the old page is still shown (2 of 15 sign-ins in a loop of
     * SingleSignOnJourneyIT's steps, 2026-12-05): the old document is marked before the
     * navigation, and the wait lasts until a document without the mark has loaded, wherever
     * redirects led.
     */
    public void open(String address) {
        boolean marked = markLeavingPage();
        driver.get(address);
        if (marked) {
            waitUntilTrue("return window." + LEAVING_MARK + " === undefined && document.readyState === 'complete'");
        }
    }

    private boolean markLeavingPage() {
        try {
            driver.executeScript("window." + LEAVING_MARK + " = true");
            return true;
        } catch (org.openqa.selenium.WebDriverException noScriptsHere) {
            return false; // e.g. an alert is open; then only ChromeDriver's own wait applies
        }
    }

    public void login(String username) {
        login(username, Api.DEMO_PASSWORD);
    }

    public void login(String username, String password) {
        loginKeepingTheAccountsLanguage(username, password);
        speakTheBrowsersLanguage();
    }

    /** Signs in and leaves the page in the language the account remembers (the language tests). */
    public void loginKeepingTheAccountsLanguage(String username) {
        loginKeepingTheAccountsLanguage(username, Api.DEMO_PASSWORD);
    }

    /**
     * Signs in and leaves the page in the language the portal chose: the account's, else the
     * browser's where the organisation offers it, else the organisation's default.
     */
    public void loginKeepingTheAccountsLanguage(String username, String password) {
        user = username;
        go("/login.xhtml");
        type(By.id("loginForm:username"), username);
        type(By.id("loginForm:password"), password);
        driver.findElement(By.id("loginForm:submit")).click();
        waitFor(ExpectedConditions.or(
                ExpectedConditions.presenceOfElementLocated(By.id("mainNav")),
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("#loginForm .ui-messages-error"))));
    }

    /**
     * An account remembers the language its user last chose, and other tests switch languages: a
     * test's browser asks for its own, so that what it reads does not depend on the tests before it.
     */
    private void speakTheBrowsersLanguage() {
        if (driver.findElements(By.id("mainNav")).isEmpty()
                || language.equals(driver.findElement(By.tagName("html")).getAttribute("lang"))) {
            return;
        }
        String page = driver.getCurrentUrl().replaceAll("[?&]lang=[^&#]*", "");
        open(page + (page.contains("?") ? "&" : "?") + "lang=" + language);
    }

    /**
     * Signs in through the region's provider, as staff would: the login page's single sign-on
     * button, the provider's own login page, and back to the portal signed in (or to the login page
     * with the reason it was refused).
     */
    public void loginThroughProvider(String username, String password) {
        user = null; // such a user cannot sign in again with a password for the English check
        go("/login.xhtml");
        waitFor(ExpectedConditions.elementToBeClickable(By.id("ssoLogin"))).click();
        type(By.name("j_username"), username);
        type(By.name("j_password"), password);
        driver.findElement(By.cssSelector("form [type=submit]")).click();
        waitFor(ExpectedConditions.or(
                ExpectedConditions.presenceOfElementLocated(By.id("mainNav")),
                ExpectedConditions.presenceOfElementLocated(By.id("ssoProblem"))));
    }

    public void logout() {
        user = null;
        driver.findElement(By.id("logout")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("loggedOutNote")));
    }

    /** What a field holds now (its value property): what the user typed or the page put back. */
    public String fieldValue(By field) {
        return driver.findElement(field).getDomProperty("value");
    }

    public void type(By field, String text) {
        WebElement element = waitFor(ExpectedConditions.elementToBeClickable(field));
        element.clear();
        element.sendKeys(text);
    }

    /**
     * Opens a PrimeFaces select menu with the mouse and returns its list once the list has finished
     * opening. PrimeFaces records the value to fall back to only when the opening transition ends
     * ({@code aria-expanded} turns true then); an option clicked before that throws inside the
     * widget and is lost, which made journeys fail now and then on a busy machine. The menu is
     * scrolled to the middle first, since a list opened near the top lies under the sticky header.
     */
    public WebElement openSelectMenu(String menuId) {
        By combobox = By.cssSelector("[id='" + menuId + "'] [role='combobox']");
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript(
                        "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})",
                        driver.findElement(By.id(menuId)));
        driver.findElement(combobox).click();
        waitFor(ExpectedConditions.attributeToBe(combobox, "aria-expanded", "true"));
        return waitFor(ExpectedConditions.visibilityOfElementLocated(By.id(menuId + "_items")));
    }

    /**
     * Chooses from a PrimeFaces autocomplete with the keyboard only, as a screen-reader user would:
     * types into it, waits for the suggestions, moves to the first with ArrowDown (which must be
     * the first suggestion, not the second) and takes it with Enter, and returns the text the
     * field then shows. The list of suggestions must be announced in the page's language.
     */
    public String chooseWithKeyboard(String autocompleteId, String typed) {
        type(By.id(autocompleteId + "_input"), typed);
        WebElement first = waitFor(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='" + autocompleteId + "_panel'] li.ui-autocomplete-item")));
        String listLabel = driver.findElement(By.cssSelector("[id='" + autocompleteId + "_panel'] ul"))
                .getAttribute("aria-label");
        if ("sv".equals(driver.findElement(By.tagName("html")).getAttribute("lang"))
                && "Options List".equals(listLabel)) {
            throw new AssertionError("the list of suggestions is announced in English: " + listLabel);
        }
        driver.findElement(By.id(autocompleteId + "_input")).sendKeys(org.openqa.selenium.Keys.ARROW_DOWN);
        WebElement highlighted = waitFor(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='" + autocompleteId + "_panel'] li.ui-autocomplete-item.ui-state-highlight")));
        if (!highlighted.equals(first)) {
            throw new AssertionError("ArrowDown skipped the first suggestion " + first.getText());
        }
        String label = highlighted.getText();
        driver.findElement(By.id(autocompleteId + "_input")).sendKeys(org.openqa.selenium.Keys.ENTER);
        waitFor(ExpectedConditions.attributeToBe(By.id(autocompleteId + "_input"), "value", label));
        return label;
    }

    public <T> T waitFor(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        // an ajax update may replace the element between finding it and reading it: look again
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    try {
                        return condition.apply(d);
                    } catch (org.openqa.selenium.WebDriverException e) {
                        if (replacedWhileRead(e)) {
                            return null;
                        }
                        throw e;
                    }
                });
    }

    /** Waits until a script run in the page returns true. */
    private void waitUntilTrue(String script) {
        waitFor(d -> Boolean.TRUE.equals(driver.executeScript(script)));
    }

    /**
     * Chromium reports a node an ajax update replaced while it was being read not always as a
     * stale element but sometimes as an "unknown error" of its inspector; both mean: look again.
     */
    static boolean replacedWhileRead(org.openqa.selenium.WebDriverException e) {
        return e.getMessage() != null && e.getMessage().contains("does not belong to the document");
    }

    /**
     * Waits until PrimeFaces has no ajax request queued or under way (e.g. a schedule fetching its
     * events), and fails when the server answered one of them with its unexpected-failure message.
     */
    public void waitForAjax() {
        waitUntilTrue(
                "return !window.PrimeFaces || (PrimeFaces.ajax.Queue.isEmpty() && (!window.jQuery || jQuery.active === 0))");
        List<String> failure = ajaxFailureShown();
        if (!failure.isEmpty()) {
            throw new AssertionError(failure.get(0));
        }
    }

    /**
     * The server's answer to an ajax request that failed unexpectedly (an exception no rule
     * expected), as the page shows it: a message with the id {@code ajaxFailure} in the layout's
     * messages, and nothing in the console. Empty when the page shows none.
     */
    private List<String> ajaxFailureShown() {
        return driver.findElements(By.id(FacesFailureHandlerFactory.FAILURE_MESSAGE_ID)).stream()
                .map(message ->
                        "the server failed an ajax request on " + driver.getCurrentUrl() + ": " + message.getText())
                .toList();
    }

    /** The ids (data-nav) of the main navigation's entries, in order. */
    public List<String> navigation() {
        return driver.findElements(By.cssSelector("#mainNav a[data-nav]")).stream()
                .map(link -> link.getAttribute("data-nav"))
                .toList();
    }

    /** The width of the phones employees on the wards use, in CSS pixels. */
    public static final int PHONE_WIDTH = 360;

    /**
     * Runs axe-core on the current page at desktop width and again at phone width (360 px: the
     * same page state, only the window narrower), and remembers the page for
     * {@link #seriousViolationsInEnglish()}; returns the serious and critical violations, described.
     */
    public List<String> seriousAccessibilityViolations() {
        org.openqa.selenium.Dimension desktop = driver.manage().window().getSize();
        // every journey checks its pages here: a failed ajax step must not pass as a sound page
        List<String> found = new java.util.ArrayList<>(ajaxFailureShown());
        if (onAPhone()) {
            // a journey that runs on a phone is checked at its own width, once
            found.addAll(axe("phone width"));
        } else {
            found.addAll(axe("desktop"));
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(PHONE_WIDTH, desktop.getHeight()));
            try {
                found.addAll(axe("phone width"));
            } finally {
                driver.manage().window().setSize(desktop);
            }
        }
        visited.computeIfAbsent(user, u -> new java.util.LinkedHashSet<>()).add(driver.getCurrentUrl());
        return found;
    }

    /**
     * Opens every page checked so far again in English, as the user who checked it, and runs axe
     * at desktop and phone width; the language is set back to Swedish afterwards. Pages are opened
     * afresh (their address), so a page's state after ajax steps is checked only in Swedish.
     */
    public List<String> seriousViolationsInEnglish() {
        List<String> found = new java.util.ArrayList<>();
        if (!driver.findElements(By.id("logout")).isEmpty()) {
            logout();
        }
        for (var pages : new java.util.LinkedHashMap<>(visited).entrySet()) {
            if (pages.getKey() == null) {
                continue;
            }
            login(pages.getKey());
            go("/index.xhtml?lang=en");
            try {
                for (String page : List.copyOf(pages.getValue())) {
                    open(page);
                    if (!"en".equals(driver.findElement(By.tagName("html")).getAttribute("lang"))) {
                        found.add(page + ": not in English");
                        continue;
                    }
                    seriousAccessibilityViolations()
                            .forEach(violation -> found.add(page + " in English: " + violation));
                }
            } finally {
                go("/index.xhtml?lang=sv"); // the account remembers the language: leave it Swedish for other tests
            }
            logout();
        }
        return found;
    }

    /** Runs axe on the current page at the window's present size only; the serious and critical violations. */
    public List<String> seriousViolationsAtThisSize(String where) {
        return axe(where);
    }

    private boolean onAPhone() {
        return ((Number) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("return window.innerWidth"))
                        .intValue()
                <= 414;
    }

    private List<String> axe(String where) {
        Results results = analyze(new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")));
        return results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(rule -> where + ": " + describe(rule))
                .collect(Collectors.toList());
    }

    /** axe-core's script (about 600 KB), read from the library once rather than for every check. */
    private static final String AXE_SCRIPT = readAxeScript();

    private static String readAxeScript() {
        try {
            return new AxeBuilder().getAxeScriptProvider().getScript();
        } catch (java.io.IOException | javax.naming.OperationNotSupportedException e) {
            throw new IllegalStateException("axe-core's script is not in the axe library", e);
        }
    }

    /**
     * Runs axe on the page as it is now, sending axe-core to the page only when the page does not
     * hold it yet: the phone-width check after the desktop one, and every check after an ajax step,
     * reuse the copy already there. The builder's own way sent the script twice per check and ran
     * the results' last step in a new blank window: measured in PhonePagesIT (89 checks, 2026-12-05),
     * 125 s that way against 52 s with the script already present, with as many violations and
     * passes in each check. Legacy mode is the one that runs axe in the page itself; it differs only for
     * frames from other origins, which the portal's pages do not have. A check axe could not run
     * fails instead of passing with no violations.
     */
    private Results analyze(AxeBuilder builder) {
        boolean axeInPage = Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return typeof window.axe === 'object' && typeof window.axe.run === 'function'"));
        if (!axeInPage) {
            com.deque.html.axecore.extensions.WebDriverInjectorExtensions.inject(driver, AXE_SCRIPT, false);
        }
        @SuppressWarnings("deprecation") // legacy mode stays in axe-core-maven-html 4.x, which the pom pins
        AxeBuilder inPage = builder.setLegacyMode(true);
        inPage.setInjectAxe(page -> {}, false);
        Results results = inPage.analyze(driver);
        if (results.isErrored()) {
            throw new AssertionError(
                    "axe could not check " + driver.getCurrentUrl() + ": " + results.getErrorMessage());
        }
        return results;
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget()))
                        .limit(5)
                        .toList();
    }

    /**
     * The JavaScript errors the console has logged since the last call (uncaught exceptions,
     * console.error and Content-Security-Policy refusals, see {@link #consoleErrors()}), e.g. a
     * script that breaks after an ajax update; a missing favicon is no error of the page. The
     * server's unexpected-failure message, which an ajax step leaves in the page and not in the
     * console, counts too.
     */
    public List<String> javascriptErrors() {
        List<String> errors = consoleErrors().stream()
                .filter(message -> !message.contains("favicon"))
                .collect(Collectors.toList());
        errors.addAll(ajaxFailureShown());
        return errors;
    }

    /**
     * What a reader would see cut off or out of scale on the current page: text whose box is
     * narrower than the text and hides the rest (overflow hidden or clipped, or an ellipsis), a
     * heading in the content larger than the page's h1, a duplicated message, a table cell in the
     * Tab order, and the page scrolling sideways. Empty when the layout is sound.
     */
    @SuppressWarnings("unchecked")
    public List<String> layoutProblems() {
        return (List<String>) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
                var problems = [];
                var main = document.querySelector('main') || document.body;
                function name(el) { return el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                    + (el.className && el.className.baseVal === undefined ? '.' + el.className.split(' ').join('.') : ''); }
                main.querySelectorAll('*').forEach(function (el) {
                    if (!el.offsetParent || el.children.length > 0 && el.tagName !== 'BUTTON' && el.tagName !== 'LABEL') { return; }
                    var text = (el.innerText || '').trim();
                    if (!text) { return; }
                    var style = getComputedStyle(el);
                    var hides = style.overflowX === 'hidden' || style.overflowX === 'clip' || style.textOverflow === 'ellipsis';
                    if (hides && el.scrollWidth > el.clientWidth + 2) {
                        problems.push('cut off: ' + name(el) + ' "' + text.substring(0, 60) + '"');
                    }
                });
                var h1 = document.querySelector('main h1');
                if (h1) {
                    var size = parseFloat(getComputedStyle(h1).fontSize);
                    main.querySelectorAll('h2, h3, h4, .ui-card-title').forEach(function (h) {
                        if (h.offsetParent && parseFloat(getComputedStyle(h).fontSize) > size) {
                            problems.push('larger than the h1: ' + name(h) + ' "' + h.innerText.trim().substring(0, 60) + '"');
                        }
                    });
                }
                var seen = {};
                main.querySelectorAll('.portal-message, .ui-messages-info-summary, .ui-messages-error-summary').forEach(function (m) {
                    var t = m.innerText.trim();
                    if (t && m.offsetParent) { if (seen[t]) { problems.push('message shown twice: "' + t + '"'); } seen[t] = true; }
                });
                main.querySelectorAll('td[tabindex="0"], th[tabindex="0"]:not(.ui-sortable-column)').forEach(function (cell) {
                    problems.push('a table cell is a Tab stop: ' + name(cell) + ' "' + cell.innerText.trim().substring(0, 40) + '"');
                });
                if (document.documentElement.scrollWidth > window.innerWidth + 1) {
                    problems.push('the page scrolls sideways: ' + document.documentElement.scrollWidth + ' px in ' + window.innerWidth);
                }
                return problems;
                """);
    }

    /** The smallest side a touch target may have, in CSS pixels (WCAG 2.5.5, target size). */
    public static final int TOUCH_TARGET = 44;

    /** The height of the phone viewport the journeys use (360 × 740, a common Android phone). */
    public static final int PHONE_HEIGHT = 740;

    /**
     * Shows the page at a phone's width (the window narrower; CSS and PrimeFaces' responsive
     * widgets follow at once) until {@link #desktop()} is called. The viewport is exactly
     * {@code width} × {@link #PHONE_HEIGHT} CSS px, whatever the window's frame takes.
     */
    public void phone(int width) {
        phone(width, PHONE_HEIGHT);
    }

    /** As {@link #phone(int)}, with the phone's own height (390 × 844, the tester's phone). */
    public void phone(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
        @SuppressWarnings("unchecked")
        List<Number> inner = (List<Number>) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return [window.innerWidth, window.innerHeight]");
        int frameWidth = width - inner.get(0).intValue();
        int frameHeight = height - inner.get(1).intValue();
        if (frameWidth != 0 || frameHeight != 0) {
            driver.manage()
                    .window()
                    .setSize(new org.openqa.selenium.Dimension(width + frameWidth, height + frameHeight));
        }
    }

    /**
     * What makes the current page's data tables unreadable on a phone, one line per kind of problem
     * and table: a table with rows that does not reflow (its cells side by side, squeezed into the
     * screen until words break letter by letter), a cell not stacked as a block of its own, a
     * stacked cell without its column's name as a label, a header, label or paginator cut off or
     * reaching past the screen's edge, and the page scrolling sideways. Tables that are hidden or
     * have no rows are passed over; {@code checked} (the ids of the tables looked at, last part) is
     * filled in. Empty when every table reads well.
     */
    @SuppressWarnings("unchecked")
    public List<String> tableProblemsOnAPhone(java.util.Set<String> checked) {
        Map<String, Object> found =
                (Map<String, Object>) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
                var width = window.innerWidth, problems = [], checked = [];
                function add(p) { if (problems.indexOf(p) < 0) { problems.push(p); } }
                function text(el) { return (el.innerText || '').trim().replace(/\\s+/g, ' ').substring(0, 40); }
                function cut(el) { return el.scrollWidth > el.clientWidth + 1; }
                if (document.documentElement.scrollWidth > width) {
                    add('the page is ' + document.documentElement.scrollWidth + ' px wide in a ' + width + ' px viewport');
                }
                document.querySelectorAll('.ui-datatable').forEach(function (table) {
                    if (table.getClientRects().length === 0 || table.closest('.ui-dialog:not([aria-hidden="false"])')) { return; }
                    var rows = table.querySelectorAll('tbody.ui-datatable-data > tr:not(.ui-datatable-empty-message)');
                    if (rows.length === 0) { return; }
                    var id = table.id.substring(table.id.lastIndexOf(':') + 1);
                    checked.push(id);
                    if (!table.classList.contains('ui-datatable-reflow')) { add(id + ': does not reflow'); }
                    var right = table.getBoundingClientRect().right;
                    if (right > width + 1) { add(id + ': reaches ' + Math.round(right) + ' px'); }
                    Array.prototype.slice.call(rows, 0, 5).forEach(function (row) {
                        row.querySelectorAll(':scope > td').forEach(function (td) {
                            if (td.getClientRects().length === 0) { return; }
                            if (getComputedStyle(td).display !== 'block') {
                                add(id + ': cells side by side, ' + Math.round(td.getBoundingClientRect().width) + ' px for "' + text(td) + '"');
                                return;
                            }
                            var label = td.querySelector(':scope > .ui-column-title');
                            if (!label || label.getClientRects().length === 0 || !text(label)) {
                                add(id + ': a stacked cell without its column name as label, "' + text(td) + '"');
                            } else if (cut(label) || label.getBoundingClientRect().right > td.getBoundingClientRect().right + 1) {
                                add(id + ': label cut off, "' + text(label) + '"');
                            }
                            if (td.getBoundingClientRect().right > width + 1) { add(id + ': a cell reaches past the edge, "' + text(td) + '"'); }
                        });
                    });
                    table.querySelectorAll('thead th, .ui-column-title').forEach(function (th) {
                        if (th.getClientRects().length > 0 && !th.closest('td') && cut(th)) { add(id + ': header cut off, "' + text(th) + '"'); }
                    });
                    table.querySelectorAll('.ui-paginator, .ui-reflow-dropdown').forEach(function (bar) {
                        if (bar.getClientRects().length > 0 && bar.getBoundingClientRect().right > width + 1) {
                            add(id + ': ' + bar.className.split(' ')[0] + ' reaches ' + Math.round(bar.getBoundingClientRect().right) + ' px');
                        }
                    });
                });
                return {problems: problems, checked: checked};
                """);
        checked.addAll((List<String>) found.get("checked"));
        return (List<String>) found.get("problems");
    }

    /**
     * Whether the page scrolls sideways (the document wider than its viewport, as
     * {@code documentElement.scrollWidth > clientWidth} tells), with the outermost elements that
     * reach past the right edge, to say what to fix. Empty when the page fits.
     */
    @SuppressWarnings("unchecked")
    public List<String> sidewaysScrolling() {
        return (List<String>) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
                var doc = document.documentElement, width = doc.clientWidth;
                if (doc.scrollWidth <= width) { return []; }
                function name(el) { return el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                    + (typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\\s+/).slice(0, 3).join('.') : ''); }
                function past(el) { return el.getClientRects().length > 0 && el.getBoundingClientRect().right > width + 1; }
                var wide = [];
                document.querySelectorAll('body *').forEach(function (el) {
                    if (wide.length < 8 && past(el) && !(el.parentElement && el.parentElement !== document.body && past(el.parentElement))) {
                        wide.push(name(el) + ' reaches ' + Math.round(el.getBoundingClientRect().right) + ' px');
                    }
                });
                if (wide.length === 0) {
                    // no box reaches past the edge: some content overflows its box (text, a canvas)
                    document.querySelectorAll('body *').forEach(function (el) {
                        if (wide.length < 8 && el.getClientRects().length > 0 && getComputedStyle(el).overflowX === 'visible'
                                && el.getBoundingClientRect().left + el.scrollWidth > width + 1
                                && el.querySelectorAll('*').length < 40) {
                            wide.push(name(el) + "'s content reaches " + Math.round(el.getBoundingClientRect().left + el.scrollWidth) + ' px');
                        }
                    });
                }
                return ['the page is ' + doc.scrollWidth + ' px wide in a ' + width + ' px viewport'].concat(wide);
                """);
    }

    /**
     * What stands in a phone user's way on the current page: controls smaller than a finger
     * ({@link #smallTouchTargets()}) and sideways scrolling ({@link #sidewaysScrolling()}).
     */
    public List<String> phoneProblems() {
        List<String> problems = new java.util.ArrayList<>();
        smallTouchTargets().forEach(target -> problems.add("small touch target: " + target));
        problems.addAll(sidewaysScrolling());
        problems.addAll(misalignedBreadcrumbs());
        return problems;
    }

    /**
     * Breadcrumb items on one line whose words do not sit on one line: on phones the links are
     * 44 px touch targets, and the current page's name, which is no link, stood 14 px above them.
     * Items the trail wraps onto a second line are compared only with their own line.
     */
    @SuppressWarnings("unchecked")
    public List<String> misalignedBreadcrumbs() {
        return (List<String>) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
                var items = Array.prototype.map.call(document.querySelectorAll('.portal-breadcrumbs li'), function (li) {
                    var words = document.createRange();
                    words.selectNodeContents(li.querySelector('a') || li);
                    var text = words.getBoundingClientRect(), box = li.getBoundingClientRect();
                    return { name: li.innerText.trim().substring(0, 30), top: box.top, bottom: box.bottom,
                             middle: text.top + text.height / 2 };
                });
                var problems = [];
                items.forEach(function (item, i) {
                    items.slice(i + 1).forEach(function (other) {
                        var sameLine = other.top < item.bottom && item.top < other.bottom;
                        if (sameLine && Math.abs(other.middle - item.middle) > 3) {
                            problems.push('breadcrumb "' + other.name + '" ' + Math.round(other.middle - item.middle)
                                + ' px off "' + item.name + '"');
                        }
                    });
                });
                return problems;
                """);
    }

    /** Back to the desktop window every other check assumes. */
    public void desktop() {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
    }

    /**
     * The controls on the current page a finger cannot hit reliably: every visible link, button,
     * field, menu, check box, sortable header and paginator entry whose target (with its label, for
     * a check box or radio button, since the label takes the tap too) is less than
     * {@link #TOUCH_TARGET} px high or wide. Links inside running text are left out, as WCAG 2.5.5
     * allows; so are controls that are not shown (folded menus, hidden helpers). Empty when every
     * target is large enough.
     */
    @SuppressWarnings("unchecked")
    public List<String> smallTouchTargets() {
        return (List<String>) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
                var min = arguments[0], small = [];
                var selector = 'a[href], button, summary, input:not([type=hidden]), select, textarea, [role=button], [role=link],'
                    + ' [role=tab], [role=menuitem], .ui-chkbox-box, .ui-radiobutton-box, .ui-selectonemenu,'
                    + ' th.ui-sortable-column, .ui-paginator-page';
                function name(el) { return el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                    + (typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\s+/).slice(0, 2).join('.') : '')
                    + ' "' + (el.innerText || el.value || el.getAttribute('aria-label') || '').trim().substring(0, 30) + '"'; }
                function inRunningText(el) {
                    if (el.tagName !== 'A' || getComputedStyle(el).display !== 'inline') { return false; }
                    var parent = el.parentElement;
                    return Array.prototype.some.call(parent.childNodes, function (n) {
                        return n !== el && (n.nodeType === 3 ? n.textContent.trim().length > 0
                            : n.nodeType === 1 && getComputedStyle(n).display === 'inline' && (n.innerText || '').trim().length > 0);
                    });
                }
                document.querySelectorAll(selector).forEach(function (el) {
                    if (el.closest('.ui-helper-hidden-accessible, .visually-hidden, [aria-hidden=true]')) { return; }
                    // a PrimeFaces widget's own parts are measured as the widget (its box, its menu)
                    if (el.matches('input, select') && el.closest('.ui-chkbox, .ui-radiobutton, .ui-selectonemenu')) { return; }
                    var style = getComputedStyle(el);
                    if (style.visibility === 'hidden' || el.getClientRects().length === 0) { return; }
                    var r = el.getBoundingClientRect();
                    if (r.width === 0 || r.height === 0 || r.right <= 0 || r.left >= window.innerWidth) { return; }
                    if (inRunningText(el)) { return; }
                    var left = r.left, top = r.top, right = r.right, bottom = r.bottom;
                    var box = el.closest('.ui-chkbox, .ui-radiobutton');
                    if (box) {
                        var input = box.querySelector('input');
                        var label = input && input.id ? document.querySelector('label[for="' + CSS.escape(input.id) + '"]') : null;
                        [label, box.querySelector('.ui-chkbox-label')].forEach(function (part) {
                            if (part && part.getClientRects().length) {
                                var l = part.getBoundingClientRect();
                                left = Math.min(left, l.left); top = Math.min(top, l.top);
                                right = Math.max(right, l.right); bottom = Math.max(bottom, l.bottom);
                            }
                        });
                    }
                    var width = right - left, height = bottom - top;
                    if (width < min - 0.5 || height < min - 0.5) {
                        small.push(name(el) + ' ' + Math.round(width) + '×' + Math.round(height) + ' px');
                    }
                });
                return small;
                """, TOUCH_TARGET);
    }

    /**
     * The select menus on the page whose accessible name (what a screen reader announces for the
     * combobox) is not the text of their label, e.g. a filter announced "Alla" by its value. Each
     * is described with the name it has and the label it should have.
     */
    public List<String> selectMenusNotNamedByTheirLabel() {
        List<String> wrong = new java.util.ArrayList<>();
        for (WebElement menu : driver.findElements(By.cssSelector(".ui-selectonemenu"))) {
            String id = menu.getAttribute("id");
            List<WebElement> labels = driver.findElements(By.cssSelector("label[for='" + id + "'], label[for='" + id
                    + "_input'], label[for='" + id + "_focus'], label[for='" + id + "_label']"));
            List<WebElement> combobox = menu.findElements(By.cssSelector(".ui-selectonemenu-label[role='combobox']"));
            if (labels.isEmpty() || combobox.isEmpty() || !combobox.get(0).isDisplayed()) {
                continue;
            }
            String label = labels.get(0).getText().replace("*", "").trim();
            String name = combobox.get(0).getAccessibleName().trim();
            if (!name.equals(label)) {
                wrong.add(id + " is announced \"" + name + "\" instead of \"" + label + "\"");
            }
        }
        return wrong;
    }

    /**
     * The date-picker buttons on the page whose visible text does not match their accessible name
     * (axe's experimental rule label-content-name-mismatch, which the tag-based check leaves out;
     * run on its own here because FullCalendar's day cells break it too, outside this check).
     */
    public List<String> datePickerButtonsWithMismatchedNames() {
        return analyze(new AxeBuilder().withOnlyRules(List.of("label-content-name-mismatch"))).getViolations().stream()
                .flatMap(rule -> rule.getNodes().stream())
                .map(node -> String.valueOf(node.getTarget()))
                .filter(target -> target.contains("ui-datepicker-trigger"))
                .collect(Collectors.toList());
    }

    /**
     * Moves through the page's first controls with the Tab key, as a keyboard user does, and
     * returns those whose focus ring is missing or thinner than 2 px (the theme's was a faint glow).
     */
    public List<String> controlsWithoutAFocusRing(int tabs) {
        List<String> missing = new java.util.ArrayList<>();
        driver.findElement(By.tagName("body")).click();
        for (int i = 0; i < tabs; i++) {
            new org.openqa.selenium.interactions.Actions(driver)
                    .sendKeys(org.openqa.selenium.Keys.TAB)
                    .perform();
            Object ring = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
                    var el = document.activeElement;
                    if (!el || el === document.body) { return null; }
                    var style = getComputedStyle(el);
                    return style.outlineStyle === 'none' || parseFloat(style.outlineWidth) < 2
                        ? el.tagName.toLowerCase() + '#' + el.id + ' "' + (el.innerText || '').trim().substring(0, 30) + '"' : null;
                    """);
            if (ring != null) {
                missing.add(ring.toString());
            }
        }
        return missing;
    }

    /**
     * The console's errors since the last call (the log is read and emptied): script errors,
     * failed loads and every Content-Security-Policy refusal, which Chromium logs as errors.
     */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()
                        || entry.getMessage().contains("Content Security Policy"))
                .map(entry -> entry.getLevel() + " " + entry.getMessage())
                .toList();
    }

    /** Saves a screenshot, for a person looking into a failed journey. */
    public void screenshot(String name) {
        try {
            Path target = Path.of("target", "screenshots");
            Files.createDirectories(target);
            byte[] png = ((org.openqa.selenium.TakesScreenshot) driver)
                    .getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            Files.write(target.resolve(name + ".png"), png);
        } catch (java.io.IOException | RuntimeException e) {
            // a missing screenshot must not hide the real failure
        }
    }

    /**
     * Hands the browser to the next test that opens one with the same language, emptied of
     * everything this test left (cookies of every site, storage, cache, console, other windows,
     * window size), as a browser just started has nothing: starting and quitting Chromium took 2.3 s
     * per test (measured 2026-12-05), about 90 times in `mvn verify`. A browser that cannot be
     * emptied is quit.
     */
    @Override
    public void close() {
        if (reuseKey != null && emptied()) {
            synchronized (IDLE) {
                IDLE.computeIfAbsent(reuseKey, key -> new java.util.ArrayDeque<>())
                        .push(new Idle(driver, profile));
            }
        } else {
            quit(driver, profile);
        }
    }

    private boolean emptied() {
        try {
            // a new tab has no history and no session storage of the last test's pages
            java.util.Set<String> used = driver.getWindowHandles();
            String fresh = driver.switchTo()
                    .newWindow(org.openqa.selenium.WindowType.TAB)
                    .getWindowHandle();
            for (String window : used) {
                driver.switchTo().window(window).close();
            }
            driver.switchTo().window(fresh);
            driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
            String origin = base.substring(0, base.indexOf('/', "https://".length()));
            driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", origin, "storageTypes", "all"));
            driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER);
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            return false;
        }
    }

    private record Idle(ChromeDriver driver, Path profile) {}

    /** Browsers closed by their tests, by language, waiting for the next test; quit when the tests end. */
    private static final Map<String, java.util.Deque<Idle>> IDLE = new java.util.HashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            synchronized (IDLE) {
                IDLE.values().forEach(idle -> idle.forEach(browser -> quit(browser.driver(), browser.profile())));
                IDLE.clear();
            }
        }));
    }

    private static Idle takeIdle(String reuseKey) {
        if (reuseKey == null) {
            return null;
        }
        synchronized (IDLE) {
            java.util.Deque<Idle> idle = IDLE.get(reuseKey);
            return idle == null ? null : idle.poll();
        }
    }

    private static void quit(WebDriver driver, Path profile) {
        try {
            driver.quit();
        } catch (org.openqa.selenium.WebDriverException ignored) {
            // a browser that is gone already needs no quitting
        }
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (java.io.IOException | RuntimeException ignored) {
            // a temp folder left behind is harmless
        }
    }
}
