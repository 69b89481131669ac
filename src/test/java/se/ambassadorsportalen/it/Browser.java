package se.ambassadorsportalen.it;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Debian's chromedriver (named explicitly, so nothing is
 * downloaded), with the steps every journey needs: log in, log out, and an axe check that
 * fails on serious or critical accessibility violations.
 */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final String base;
    private final Path profile;

    private Browser(URL base, String acceptLanguage) throws java.io.IOException {
        this.base = base.toString().endsWith("/") ? base.toString() : base + "/";
        this.profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=" + acceptLanguage,
                "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", acceptLanguage));
        // the console, so a test can fail on script errors and Content-Security-Policy refusals
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
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

    public WebDriver driver() {
        return driver;
    }

    public void go(String path) {
        driver.get(base + (path.startsWith("/") ? path.substring(1) : path));
    }

    public void login(String username) {
        login(username, Api.DEMO_PASSWORD);
    }

    public void login(String username, String password) {
        go("/login.xhtml");
        type(By.id("loginForm:username"), username);
        type(By.id("loginForm:password"), password);
        driver.findElement(By.id("loginForm:submit")).click();
        waitFor(ExpectedConditions.or(ExpectedConditions.presenceOfElementLocated(By.id("mainNav")),
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("#loginForm .ui-messages-error"))));
    }

    public void logout() {
        driver.findElement(By.id("logout")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("loggedOutNote")));
    }

    public void type(By field, String text) {
        WebElement element = waitFor(ExpectedConditions.elementToBeClickable(field));
        element.clear();
        element.sendKeys(text);
    }

    /**
     * Chooses from a PrimeFaces autocomplete with the keyboard only, as a screen-reader user would:
     * types into it, waits for the suggestions, takes the highlighted one with Enter, and returns
     * the text the field then shows.
     */
    public String chooseWithKeyboard(String autocompleteId, String typed) {
        type(By.id(autocompleteId + "_input"), typed);
        WebElement highlighted = waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                "[id='" + autocompleteId + "_panel'] li.ui-autocomplete-item.ui-state-highlight")));
        String label = highlighted.getText();
        driver.findElement(By.id(autocompleteId + "_input")).sendKeys(org.openqa.selenium.Keys.ENTER);
        waitFor(ExpectedConditions.attributeToBe(By.id(autocompleteId + "_input"), "value", label));
        return label;
    }

    public <T> T waitFor(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(condition);
    }

    /** Waits until PrimeFaces has no ajax request queued or under way (e.g. a schedule fetching its events). */
    public void waitForAjax() {
        waitFor(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "return !window.PrimeFaces || (PrimeFaces.ajax.Queue.isEmpty() && (!window.jQuery || jQuery.active === 0))")));
    }

    /** The ids (data-nav) of the main navigation's entries, in order. */
    public List<String> navigation() {
        return driver.findElements(By.cssSelector("#mainNav a[data-nav]")).stream()
                .map(link -> link.getAttribute("data-nav")).toList();
    }

    /** Runs axe-core on the current page; returns the serious and critical violations, described. */
    public List<String> seriousAccessibilityViolations() {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver);
        return results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(Browser::describe).collect(Collectors.toList());
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).limit(5).toList();
    }

    /**
     * The console's errors since the last call (the log is read and emptied): script errors,
     * failed loads and every Content-Security-Policy refusal, which Chromium logs as errors.
     */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()
                        || entry.getMessage().contains("Content Security Policy"))
                .map(entry -> entry.getLevel() + " " + entry.getMessage()).toList();
    }

    /** Saves a screenshot, for a person looking into a failed journey. */
    public void screenshot(String name) {
        try {
            Path target = Path.of("target", "screenshots");
            Files.createDirectories(target);
            byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            Files.write(target.resolve(name + ".png"), png);
        } catch (java.io.IOException | RuntimeException e) {
            // a missing screenshot must not hide the real failure
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (java.io.IOException | RuntimeException ignored) {
            // a temp folder left behind is harmless
        }
    }
}
