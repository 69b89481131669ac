package se.ambassadorsportalen.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Every role's own pages on a phone (360 × 740), in Swedish and in English: no page scrolls
 * sideways and none has a serious or critical axe violation at that width. The employee's
 * journeys run on a phone in their own tests (policy, ambassador, story); these are the pages of
 * managers, the press desk, HR, communicators and admins, found from each one's navigation, so a
 * page added to a role's menu is checked here without a change. One browser for the class.
 *
 * <p>Also the organisation's colours: a profile's colours reach the parts added for issue 14 (the
 * to-do list, badges, module menus, breadcrumbs) and the calendars, not only the header.
 */
@ExtendWith(ArquillianExtension.class)
class PhonePagesIT {

    private static final String PROFILE = "/api/v1/admin/organisation/profile";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private static Browser browser;

    private Browser browser() throws java.io.IOException {
        if (browser == null) {
            browser = Browser.open(base);
        }
        return browser;
    }

    @AfterAll
    static void closeTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /** The entries every employee has: another role's own pages are the rest of its navigation. */
    private static final Set<String> EVERYONES = Set.copyOf(RoleNavigation.EXPECTED.get("eva"));

    /** The role's own pages, from its navigation (folded on a phone, so read from the markup): home first. */
    private static List<String> ownPages(Browser browser) {
        List<String> pages = new ArrayList<>();
        for (WebElement link : browser.driver().findElements(By.cssSelector("#mainNav a[data-nav]"))) {
            String nav = link.getAttribute("data-nav");
            if ("nav-home".equals(nav) || !EVERYONES.contains(nav)) {
                pages.add(link.getDomProperty("href"));
            }
        }
        return pages;
    }

    /**
     * The pages that still scroll sideways at 360 px: none since 2026-12-02. The last three left this
     * list when the select menus of the dashboard and the press releases stopped taking the width of
     * their longest option (PrimeFaces' autoWidth off, the field's width on phones) and the press
     * registry's tables reflowed into one block per row. A ratchet, not a pass: a page named here must
     * still scroll, so a page that is fixed fails the test until it leaves this list.
     */
    private static final Set<String> STILL_SCROLL_SIDEWAYS = Set.of();

    @Test
    void everyRolesOwnPagesFitAPhoneWithoutSidewaysScrollingOrSeriousAxeViolationsInSwedishAndEnglish()
            throws Exception {
        Browser browser = browser();
        List<String> problems = new ArrayList<>();
        Set<String> scrolled = new java.util.TreeSet<>();
        int checked = 0;
        browser.phone(Browser.PHONE_WIDTH);
        try {
            for (String user : List.of("magnus", "petra", "hanna", "klara", "admin")) {
                browser.login(user);
                List<String> pages = ownPages(browser);
                assertThat(pages).as(user + "'s own pages").hasSizeGreaterThan(1);
                try {
                    for (String language : List.of("sv", "en")) {
                        browser.go("/index.xhtml?lang=" + language);
                        for (String page : pages) {
                            browser.open(page);
                            browser.waitForAjax();
                            String path = page.replace(base.toString(), "/").replaceFirst("[?#].*", "");
                            String where = user + " " + path + " (" + language + ")";
                            String lang = browser.driver()
                                    .findElement(By.tagName("html"))
                                    .getAttribute("lang");
                            if (!language.equals(lang)) {
                                problems.add(where + ": the page is in " + lang);
                            }
                            List<String> sideways = browser.sidewaysScrolling();
                            if (!sideways.isEmpty()) {
                                scrolled.add(path);
                                if (!STILL_SCROLL_SIDEWAYS.contains(path)) {
                                    sideways.forEach(problem -> problems.add(where + ": " + problem));
                                }
                            }
                            browser.seriousViolationsAtThisSize("phone")
                                    .forEach(problem -> problems.add(where + ": " + problem));
                            checked++;
                        }
                    }
                } finally {
                    browser.go("/index.xhtml?lang=sv"); // the account remembers the language
                    browser.logout();
                }
            }
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("phone-pages");
            throw e;
        } finally {
            browser.desktop();
        }
        assertThat(checked).as("pages checked").isGreaterThan(20);
        assertThat(scrolled)
                .as("the pages known to scroll sideways still do (one that fits now leaves STILL_SCROLL_SIDEWAYS)")
                .containsAll(STILL_SCROLL_SIDEWAYS);
        assertThat(problems)
                .as("problems on a phone in " + checked + " page visits")
                .isEmpty();
    }

    /**
     * The tables the tester found unusable on a 390 px phone (recommendation dashboard, press
     * inquiries' board and log, the story list, a policy's version history, the admin's units, the
     * public lobbying register): each must be among the tables checked with rows, so the test cannot
     * pass by missing them.
     */
    private static final Set<String> TABLES_FOUND_SQUEEZED =
            Set.of("trendTable", "unitTable", "board", "log", "stories", "versions", "units", "meetings");

    /**
     * At 390 × 844 (the tester's phone) every table with rows on every role's pages reflows: its
     * cells stacked, each under its column's name, no header, label or paginator cut off and no
     * sideways scrolling ({@link Browser#tableProblemsOnAPhone}). Each page once, in Swedish; the axe
     * checks at phone width are the test above. Failed on 34 tables (638 problems) before they
     * reflowed.
     */
    @Test
    void everyTableOnEveryRolesPagesStacksItsCellsUnderTheirColumnNamesOnAPhoneWithNothingCutOffOrSideways()
            throws Exception {
        Browser browser = browser();
        List<String> problems = new ArrayList<>();
        Set<String> tables = new java.util.TreeSet<>();
        Set<String> visited = new java.util.HashSet<>();
        browser.phone(390, 844);
        try {
            for (String user : List.of("eva", "magnus", "petra", "hanna", "klara", "admin")) {
                browser.login(user);
                try {
                    List<String> pages = new ArrayList<>();
                    for (WebElement link : browser.driver().findElements(By.cssSelector("#mainNav a[data-nav]"))) {
                        pages.add(link.getDomProperty("href"));
                    }
                    if ("eva".equals(user)) {
                        // a policy's version history, opened from the policy list (no menu leads to it)
                        browser.go("/policy/index.xhtml");
                        pages.add(browser.driver()
                                .findElement(By.cssSelector("[id$='documents'] tbody a[href*='document.xhtml']"))
                                .getDomProperty("href"));
                    }
                    for (String page : pages) {
                        String path = page.replace(base.toString(), "/").replaceFirst("#.*", "");
                        if (!visited.add(path)) {
                            continue;
                        }
                        browser.open(page);
                        browser.waitForAjax();
                        Set<String> here = new java.util.TreeSet<>();
                        browser.tableProblemsOnAPhone(here)
                                .forEach(problem -> problems.add(user + " " + path + ": " + problem));
                        tables.addAll(here);
                    }
                } finally {
                    browser.logout();
                }
            }
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("phone-tables");
            throw e;
        } finally {
            browser.desktop();
        }
        assertThat(tables)
                .as("the tables checked with rows, in " + visited.size() + " pages")
                .containsAll(TABLES_FOUND_SQUEEZED);
        assertThat(problems).as("tables at 390 px").isEmpty();
    }

    /** A colour as the browser computes it, e.g. rgb(26, 77, 46). */
    private static String rgb(String hex) {
        int value = Integer.parseInt(hex.substring(1), 16);
        return "rgb(" + (value >> 16 & 0xFF) + ", " + (value >> 8 & 0xFF) + ", " + (value & 0xFF) + ")";
    }

    private static double px(String size) {
        return Double.parseDouble(size.replace("px", "").trim());
    }

    private static String computed(Browser browser, String selector, String property) {
        return (String) ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "var el = document.querySelector(arguments[0]);"
                                + " return el ? getComputedStyle(el).getPropertyValue(arguments[1]) : 'missing: ' + arguments[0];",
                        selector,
                        property);
    }

    @Test
    void theOrganisationsColoursReachTheToDoListBadgesModuleMenusBreadcrumbsAndCalendars() throws Exception {
        Api admin = Api.as(base, "admin");
        JsonObject before = admin.get(PROFILE).json();
        String header = "#1a4d2e";
        String accent = "#2e6b3f";
        Browser browser = browser();
        try {
            Api.Reply saved = admin.put(PROFILE, OrganisationProfileApiIT.changed(before, header, "#ffffff", accent));
            assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
            // a story waiting for klara's calendar gives her a to-do entry and a badge
            browser.login("klara");
            browser.go("/story/calendar.xhtml");
            browser.waitForAjax();
            assertThat(computed(browser, "[data-group='story'] > summary", "color"))
                    .as("a module menu")
                    .isEqualTo(rgb(header));
            assertThat(computed(browser, "nav.portal-breadcrumbs a", "color"))
                    .as("the breadcrumbs")
                    .isEqualTo(rgb(header));
            assertThat(computed(browser, ".fc .fc-button", "background-color"))
                    .as("the calendar's buttons, as every button")
                    .isEqualTo(rgb(accent));
            browser.go("/index.xhtml");
            if (!browser.driver()
                    .findElements(By.cssSelector("#tasks a.portal-task"))
                    .isEmpty()) {
                assertThat(computed(browser, "#tasks a.portal-task", "color"))
                        .as("the to-do list")
                        .isEqualTo(rgb(header));
            }
            assertThat(px(computed(browser, "#cardTasks .card-title", "font-size")))
                    .as("a card's heading is smaller than the page's h1")
                    .isLessThan(px(computed(browser, "main h1", "font-size")));
            assertThat(browser.layoutProblems())
                    .as("home page in the organisation's colours")
                    .isEmpty();
            browser.phone(Browser.PHONE_WIDTH);
            assertThat(computed(browser, "#navToggle", "color"))
                    .as("the phone's menu button")
                    .isEqualTo(rgb(header));
            assertThat(browser.seriousViolationsAtThisSize("phone, the organisation's colours"))
                    .isEmpty();
        } finally {
            browser.desktop();
            if (!browser.driver().findElements(By.id("logout")).isEmpty()) {
                browser.logout();
            }
            JsonObject now = admin.get(PROFILE).json();
            admin.put(
                    PROFILE,
                    OrganisationProfileApiIT.changed(
                            now,
                            before.getString("headerColour"),
                            before.getString("headerTextColour"),
                            before.getString("accentColour")));
        }
    }
}
