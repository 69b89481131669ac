package se.ambassadorsportalen.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Someone signs in on a browser where another person is still signed in, as on a shared desk:
 * the second person is signed in and lands where a fresh sign-in lands, the first person's session
 * ends with everything it held, and no page of the browser answers 500 afterwards. Liberty's
 * session security integration (on) refuses a session to anyone but the user it belongs to, so
 * the portal must never let a second login into the first one's session; a request of another
 * user that still reaches a session (another person's password sent beside the cookie) has that
 * session invalidated and gets a fresh one, never the 500.
 */
@ExtendWith(ArquillianExtension.class)
class SwitchingUserIT {

    private static final String POLICIES = "/policy/index.xhtml";
    private static final List<String> PAGES =
            List.of("/", "/index.xhtml", "/login.xhtml", POLICIES, "/accessibility.xhtml", "/search.xhtml");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.modules("policy");
    }

    @ArquillianResource
    URL base;

    @Test
    void signingInAsSomeoneElseSignsThemInAndEndsTheFirstPersonsSessionWithItsData() throws Exception {
        long log = ServerLog.mark();
        WebSession browser = WebSession.signIn(base, "eva", Api.DEMO_PASSWORD);
        String evasSession = browser.cookie("JSESSIONID");
        Api.Reply evasPage = browser.get(POLICIES);
        assertThat(evasPage.status()).isEqualTo(200);

        Api.Reply login = browser.submitLoginForm("magnus", Api.DEMO_PASSWORD);

        assertThat(login.status()).as(login.toString()).isEqualTo(302);
        assertThat(login.location()).as("where a fresh sign-in lands").endsWith("/index.xhtml");
        assertThat(browser.get("/api/v1/me").json().getString("username")).isEqualTo("magnus");
        for (String page : PAGES) {
            assertThat(browser.get(page).status()).as(page).isEqualTo(200);
        }
        assertThat(browser.cookie("JSESSIONID")).isNotEqualTo(evasSession);

        WebSession evasCookie = WebSession.holdingSessionCookie(base, evasSession);
        assertThat(evasCookie.get("/api/v1/me").status())
                .as("eva's session no longer signs anyone in")
                .isEqualTo(401);
        Api.Reply evasForm = browser.postForm(
                POLICIES,
                Map.of(
                        "documentsForm",
                        "documentsForm",
                        "jakarta.faces.ViewState",
                        WebSession.viewStateOf(evasPage),
                        "primefaces.nonce",
                        WebSession.nonceOf(evasPage)),
                false);
        assertThat(evasForm.status())
                .as("eva's views went with her session: " + evasForm)
                .isEqualTo(302);
        assertThat(evasForm.location()).contains("/view-expired.xhtml");

        Api.Reply logout = browser.postForm("/logout", Map.of(), false);
        assertThat(logout.status()).isEqualTo(302);
        assertThat(logout.location()).endsWith("/login.xhtml?loggedOut=true");
        assertThat(browser.get("/api/v1/me").status()).isEqualTo(401);
        assertThat(ServerLog.since(log)).doesNotContain("SESN0008E");
    }

    @Test
    void aWrongPasswordForSomeoneElseLeavesTheBrowserSignedOutOnTheLoginPageNotBroken() throws Exception {
        long log = ServerLog.mark();
        WebSession browser = WebSession.signIn(base, "klara", Api.DEMO_PASSWORD);

        Api.Reply refused = browser.submitLoginForm("hanna", "wrong-password");

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Fel användarnamn eller lösenord");
        assertThat(browser.get("/api/v1/me").status())
                .as("klara was signed out")
                .isEqualTo(401);
        assertThat(browser.get("/login.xhtml").status()).isEqualTo(200);
        Api.Reply login = browser.submitLoginForm("hanna", Api.DEMO_PASSWORD);
        assertThat(login.status()).as(login.toString()).isEqualTo(302);
        assertThat(browser.get("/api/v1/me").json().getString("username")).isEqualTo("hanna");
        for (String page : PAGES) {
            assertThat(browser.get(page).status()).as(page).isEqualTo(200);
        }
        assertThat(ServerLog.since(log)).doesNotContain("SESN0008E");
    }

    @Test
    void aPageAskedWithAnotherPersonsPasswordBesideASessionCookieIsAnsweredAndNeverLocksTheBrowserOut()
            throws Exception {
        long log = ServerLog.mark();
        WebSession browser = WebSession.signIn(base, "eva", Api.DEMO_PASSWORD);
        String evasSession = browser.cookie("JSESSIONID");
        String magnus = "Basic "
                + Base64.getEncoder().encodeToString(("magnus:" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));

        Api.Reply asMagnus = browser.get("/index.xhtml", Map.of("Authorization", magnus));

        assertThat(asMagnus.status()).as(asMagnus.toString()).isEqualTo(200);
        assertThat(asMagnus.body()).contains("magnus");
        for (String page : PAGES) {
            assertThat(browser.get(page).status()).as(page).isIn(200, 302);
        }
        assertThat(WebSession.holdingSessionCookie(base, evasSession)
                        .get("/api/v1/me")
                        .status())
                .as("eva's session was not handed to magnus, and it is over")
                .isEqualTo(401);
        assertThat(ServerLog.since(log)).doesNotContain("SESN0008E");
    }

    @Test
    void inTheBrowserTheLoginPageSaysWhoIsSignedInAndTheNextPersonLandsOnTheirHomePage() throws Exception {
        try (Browser browser = Browser.open(base)) {
            browser.login("eva");
            browser.go("/login.xhtml");
            assertThat(browser.driver().findElement(By.id("signedInNote")).getText())
                    .contains("eva");

            browser.login("magnus");

            assertThat(browser.driver().findElement(By.id("signedInAs")).getText())
                    .contains("magnus");
            for (String page : PAGES) {
                browser.go(page);
                assertThat(browser.driver().getPageSource()).as(page).doesNotContain("HTTP ERROR");
                assertThat(browser.driver().findElements(By.id("mainNav")))
                        .as(page)
                        .isNotEmpty();
            }
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
            browser.logout();
            browser.go("/login.xhtml");
            assertThat(browser.driver().findElements(By.id("signedInNote"))).isEmpty();
        }
    }
}
