package se.ambassadorsportalen.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A person's own account page in the browser: a personal API token created, shown once, used
 * and revoked; the password changed with messages at the field when it is refused. Checked
 * with axe at desktop and phone size. The journey makes its own account, so no demo user's
 * password changes.
 */
@ExtendWith(ArquillianExtension.class)
class AccountJourneyIT {

    private static final String PASSWORD = TestAccounts.PASSWORD;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.modules();
    }

    @ArquillianResource
    URL base;

    private String newEmployee() {
        return TestAccounts.create(base, "konto", null, "EMPLOYEE").username();
    }

    @Test
    void anEmployeeCreatesATokenSeesItOnceUsesItAndRevokesIt() throws Exception {
        String username = newEmployee();
        try (Browser browser = Browser.open(base)) {
            browser.login(username, PASSWORD);
            browser.driver()
                    .findElement(By.cssSelector("#mainNav a[data-nav='nav-account']"))
                    .click();
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("tokenForm:tokenName")));
            assertThat(browser.seriousAccessibilityViolations())
                    .as("account page, desktop")
                    .isEmpty();

            browser.type(By.id("tokenForm:tokenName"), "Kalenderexport");
            browser.driver().findElement(By.id("tokenForm:issueToken")).click();
            String secret = browser.waitFor(
                            ExpectedConditions.presenceOfElementLocated(By.id("tokenForm:issuedSecret")))
                    .getAttribute("value");

            assertThat(Api.withToken(base, secret).get("/api/v1/me").json().getString("username"))
                    .isEqualTo(username);
            assertThat(browser.driver().findElement(By.id("tokenForm:tokens")).getText())
                    .contains("Kalenderexport", "Gäller");
            assertThat(browser.seriousAccessibilityViolations())
                    .as("account page with a new token")
                    .isEmpty();

            browser.go("/account/index.xhtml");
            assertThat(browser.driver().findElements(By.id("tokenForm:issuedSecret")))
                    .as("shown only once")
                    .isEmpty();
            browser.driver().findElement(By.id("tokenForm:tokens:0:revoke")).click();
            browser.waitFor(
                    ExpectedConditions.textToBePresentInElementLocated(By.id("tokenForm:tokens"), "Återkallad"));
            assertThat(Api.withToken(base, secret).get("/api/v1/me").status()).isEqualTo(401);
        }
    }

    @Test
    void aPasswordChangeIsRefusedAtTheFieldThatIsWrongAndThenTakesEffect() throws Exception {
        String username = newEmployee();
        try (Browser browser = Browser.open(base)) {
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            browser.login(username, PASSWORD);
            browser.go("/account/index.xhtml");
            assertThat(browser.seriousAccessibilityViolations())
                    .as("account page, phone")
                    .isEmpty();

            changePassword(browser, "inte det rätta", "ett nytt långt lösenord", "ett nytt långt lösenord");
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("passwordForm"), "Det nuvarande lösenordet stämmer inte"));

            changePassword(browser, PASSWORD, "ett nytt långt lösenord", "ett annat långt lösenord");
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("passwordForm"), "Lösenorden är inte likadana"));

            changePassword(browser, PASSWORD, "Password123!", "Password123!");
            browser.waitFor(
                    ExpectedConditions.textToBePresentInElementLocated(By.id("passwordForm"), "för lätt att gissa"));

            changePassword(browser, PASSWORD, "ett nytt långt lösenord", "ett nytt långt lösenord");
            browser.waitFor(
                    ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Lösenordet är bytt"));

            browser.go("/index.xhtml");
            assertThat(browser.driver().findElements(By.id("mainNav")))
                    .as("the session that changed it stays")
                    .isNotEmpty();
            assertThat(Api.as(base, username, PASSWORD).get("/api/v1/me").status())
                    .isEqualTo(401);
            assertThat(Api.as(base, username, "ett nytt långt lösenord")
                            .get("/api/v1/me")
                            .status())
                    .isEqualTo(200);
        }
    }

    private static void changePassword(Browser browser, String current, String wanted, String repeated) {
        browser.type(By.id("passwordForm:currentPassword"), current);
        browser.type(By.id("passwordForm:newPassword"), wanted);
        browser.type(By.id("passwordForm:repeatedPassword"), repeated);
        browser.driver().findElement(By.id("passwordForm:changePassword")).click();
    }
}
