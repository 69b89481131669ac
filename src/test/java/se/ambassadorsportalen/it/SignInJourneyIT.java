package se.ambassadorsportalen.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Every demo user signs in, sees exactly the navigation their roles allow, switches language
 * and signs out; pages they may not open answer with the access-denied page. Each page visited
 * passes an axe check for serious and critical violations.
 */
@ExtendWith(ArquillianExtension.class)
class SignInJourneyIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @Test
    void everyDemoUserSeesExactlyTheNavigationTheirRolesAllowAndAnAccessibleHomePage() throws Exception {
        try (Browser browser = Browser.open(base)) {
            for (Map.Entry<String, List<String>> user : RoleNavigation.EXPECTED.entrySet()) {
                browser.login(user.getKey());
                assertThat(browser.navigation())
                        .as("navigation of " + user.getKey())
                        .containsExactlyElementsOf(user.getValue());
                assertThat(browser.driver().findElement(By.id("signedInAs")).getText())
                        .contains(user.getKey());
                assertThat(browser.seriousAccessibilityViolations())
                        .as("home page of " + user.getKey())
                        .isEmpty();
                assertThat(browser.javascriptErrors())
                        .as("console on the home page of " + user.getKey())
                        .isEmpty();
                assertThat(browser.layoutProblems())
                        .as("layout of the home page of " + user.getKey())
                        .isEmpty();
                assertThat(browser.controlsWithoutAFocusRing(8))
                        .as("focus ring on the home page of " + user.getKey())
                        .isEmpty();
                browser.logout();
            }
            assertThat(browser.seriousViolationsInEnglish())
                    .as("the pages of this journey in English")
                    .isEmpty();
        }
    }

    /**
     * The whole page matrix, every demo user against every page: a session of the real login form
     * without a browser (about 200 pages; the browser took a minute for what the server decides
     * alone). A page outside the user's roles answers 403 with the access-denied page; one inside
     * answers with the page itself, never the denied page.
     */
    @Test
    void pagesOutsideTheUsersRolesShowTheAccessDeniedPage() {
        for (String user : RoleNavigation.EXPECTED.keySet()) {
            WebSession session = WebSession.signIn(base, user, Api.DEMO_PASSWORD);
            for (Map.Entry<String, List<String>> page : RoleNavigation.PAGE_ACCESS.entrySet()) {
                Api.Reply reply = session.get(page.getKey());
                String where = user + " on " + page.getKey() + " (" + reply.status() + ")";
                if (page.getValue().contains(user)) {
                    assertThat(reply.status()).as(where).isLessThan(400);
                    assertThat(reply.body()).as(where).doesNotContain("id=\"errorText\"");
                } else {
                    assertThat(reply.status()).as(where).isEqualTo(403);
                    assertThat(reply.body()).as(where).contains("id=\"errorText\"");
                }
            }
        }
    }

    @Test
    void loginPageIsAccessibleAndSaysClearlyWhenThePasswordIsWrong() throws Exception {
        try (Browser browser = Browser.open(base)) {
            browser.go("/login.xhtml");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();

            browser.login("eva", "wrong-password");

            assertThat(browser.driver().findElement(By.id("loginForm")).getText())
                    .contains("Fel användarnamn eller lösenord");
            assertThat(browser.driver().findElement(By.id("loginForm:username")).getAttribute("value"))
                    .isEqualTo("eva");
        }
    }

    /**
     * The check every journey relies on can fail: axe stays in the page after its first run, and a
     * second run must still see what changed since, at both widths.
     */
    @Test
    void theAccessibilityCheckFindsAnImageWithoutAltTextAddedAfterItsFirstRun() throws Exception {
        try (Browser browser = Browser.open(base)) {
            browser.go("/login.xhtml");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();

            ((JavascriptExecutor) browser.driver())
                    .executeScript("var image = document.createElement('img');"
                            + " image.src = 'resources/images/none.png';"
                            + " (document.querySelector('main') || document.body).appendChild(image);");

            assertThat(browser.seriousAccessibilityViolations())
                    .anyMatch(violation -> violation.startsWith("desktop: image-alt"))
                    .anyMatch(violation -> violation.startsWith("phone width: image-alt"));
        }
    }

    @Test
    void loginGivesTheSessionANewIdSoAnEarlierIdCannotBeFixed() throws Exception {
        try (Browser browser = Browser.open(base)) {
            browser.go("/login.xhtml");
            String before =
                    browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
            browser.login("eva");
            String after =
                    browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
            assertThat(after).isNotEqualTo(before);
        }
    }

    @Test
    void languageSwitchIsRememberedForTheNextLogin() throws Exception {
        try (Browser browser = Browser.open(base)) {
            browser.loginKeepingTheAccountsLanguage("hanna");
            assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang"))
                    .isEqualTo("sv");

            browser.driver().findElement(By.id("switchLanguage")).click();
            browser.waitFor(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
            assertThat(browser.driver().findElement(By.cssSelector("h1")).getText())
                    .isEqualTo("Home");
            browser.logout();

            browser.loginKeepingTheAccountsLanguage("hanna");
            assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang"))
                    .isEqualTo("en");
            browser.driver().findElement(By.id("switchLanguage")).click();
            browser.waitFor(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "sv"));
        }
    }

    @Test
    void languageSwitchWorksOnTheContextRootWherePeopleLand() throws Exception {
        try (Browser browser = Browser.open(base)) {
            browser.login("eva");
            browser.go("/");
            assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang"))
                    .isEqualTo("sv");

            browser.driver().findElement(By.id("switchLanguage")).click();

            browser.waitFor(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
            assertThat(browser.driver().findElement(By.cssSelector("h1")).getText())
                    .isEqualTo("Home");
            assertThat(browser.driver().getCurrentUrl()).doesNotContain("lang=");
            browser.go("/?lang=sv");
            assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang"))
                    .isEqualTo("sv");
        }
    }

    @Test
    void unknownAddressShowsTheTranslatedNotFoundPage() throws Exception {
        try (Browser browser = Browser.open(base)) {
            browser.login("eva");
            browser.go("/no-such-page.xhtml");
            assertThat(browser.driver().getTitle()).startsWith("Sidan finns inte");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        }
    }

    @Test
    void adminPagesAreAccessible() throws Exception {
        try (Browser browser = Browser.open(base)) {
            browser.login("admin");
            for (String page : List.of(
                    "/admin/units.xhtml",
                    "/admin/people.xhtml",
                    "/admin/users.xhtml",
                    "/admin/profile.xhtml",
                    "/admin/backups.xhtml",
                    "/accessibility.xhtml")) {
                browser.go(page);
                assertThat(browser.seriousAccessibilityViolations()).as(page).isEmpty();
            }
            browser.logout();
            assertThat(browser.seriousViolationsInEnglish())
                    .as("the pages of this journey in English")
                    .isEmpty();
        }
    }

    @Test
    void adminCreatesAnAdministrationAndIsToldAtTheFieldWhenTheCodeIsTaken() throws Exception {
        String code = "IT-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        try (Browser browser = Browser.open(base)) {
            browser.login("admin");
            browser.go("/admin/units.xhtml");
            // Through the menu's own widget: in two of three runs after today's merges the opening panel
            // lost a mouse click on its option (choosing with the mouse is NewsJourneyIT's part).
            ((JavascriptExecutor) browser.driver())
                    .executeScript("PrimeFaces.getWidgetById('unitForm:kind').selectValue('ADMINISTRATION');");
            browser.waitFor(
                    ExpectedConditions.textToBePresentInElementLocated(By.id("unitForm:kind_label"), "Förvaltning"));
            browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("unitForm:kind_items")));
            browser.type(By.id("unitForm:code"), "HSF-MED3");
            browser.type(By.id("unitForm:name"), "Ny förvaltning");
            browser.driver().findElement(By.id("unitForm:save")).click();

            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("unitForm"), "används redan"));
            assertThat(browser.driver().findElement(By.id("unitForm:name")).getAttribute("value"))
                    .isEqualTo("Ny förvaltning");
            assertThat(browser.driver()
                            .findElement(By.id("unitForm:kind_label"))
                            .getText())
                    .isEqualTo("Förvaltning");

            browser.type(By.id("unitForm:code"), code);
            browser.driver().findElement(By.id("unitForm:save")).click();

            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "är sparad"));
            Object focused = ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript(
                            "return document.activeElement === document.body ? 'body' : document.activeElement.id");
            assertThat(focused)
                    .as("focus after the ajax save stays in the page, not on <body>")
                    .isNotEqualTo("body");
            assertThat(Api.as(base, "admin")
                            .get("/api/v1/admin/units?code=" + code)
                            .json()
                            .getJsonArray("items"))
                    .hasSize(1);
        }
    }
}
