package se.ambassadorsportalen.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Staff sign in through the region's OpenID provider (a real one the build starts: a second
 * Liberty server with its openidConnectServer feature), on the provider's own login page, in
 * headless Chromium: they land signed in with the roles their groups map to (the manager role
 * from managing a unit), lose a role when the provider takes them out of its group, are refused
 * when the HR system does not know them, and still get in when an admin has switched local
 * passwords off, which closes the password form and HTTP Basic.
 */
@ExtendWith(ArquillianExtension.class)
class SingleSignOnJourneyIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.modules();
    }

    @ArquillianResource
    URL base;

    @BeforeEach
    void thePeopleComeFromTheHrSystem() {
        TestProvider.importPeople(base);
    }

    private JsonObject me(Browser browser) {
        browser.go("/api/v1/me");
        String json = browser.driver().findElement(By.tagName("body")).getText();
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(json))) {
            return reader.readObject();
        }
    }

    private static List<String> roles(JsonObject me) {
        return me.getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString)
                .toList();
    }

    @Test
    void staffSignInOnTheProvidersOwnPageAndLandWithTheRolesTheirGroupsMapTo() throws Exception {
        try (Browser browser = Browser.openWithTestProvider(base)) {
            browser.go("/login.xhtml");
            assertThat(browser.driver().findElement(By.id("ssoLogin")).getText())
                    .contains("regionens inloggning");
            assertThat(browser.driver().findElements(By.id("loginForm:password")))
                    .as("passwords are still on")
                    .hasSize(1);
            assertThat(browser.seriousAccessibilityViolations())
                    .as("login page with single sign-on")
                    .isEmpty();

            browser.go("/account/index.xhtml");
            browser.driver().findElement(By.id("ssoLogin")).click();
            assertThat(browser.driver().getCurrentUrl())
                    .as("the provider's own login page")
                    .contains("/oidc/login.jsp");
            browser.type(By.name("j_username"), TestProvider.COMMUNICATOR);
            browser.type(By.name("j_password"), TestProvider.password(TestProvider.COMMUNICATOR));
            browser.driver().findElement(By.cssSelector("form [type=submit]")).click();

            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("mainNav")));
            assertThat(browser.driver().getCurrentUrl())
                    .as("back where the user was going")
                    .contains("/account/index.xhtml");
            JsonObject me = me(browser);
            assertThat(me.getString("displayName")).isEqualTo("Siri Ström");
            assertThat(roles(me)).containsExactlyInAnyOrder("EMPLOYEE", "COMMUNICATOR");

            browser.go("/index.xhtml");
            browser.logout();
            assertThat(browser.driver().getCurrentUrl())
                    .as("the provider's session ended and sent the browser back")
                    .contains("/login.xhtml?loggedOut=true");
            browser.go("/api/v1/me");
            assertThat(browser.driver().getPageSource()).doesNotContain("Siri");
        }
    }

    @Test
    void theManagerOfAUnitIsAManagerWithoutAGroupAndTheAdminGroupMakesAnAdmin() throws Exception {
        try (Browser browser = Browser.openWithTestProvider(base)) {
            browser.loginThroughProvider(TestProvider.MANAGER, TestProvider.password(TestProvider.MANAGER));
            assertThat(roles(me(browser))).containsExactlyInAnyOrder("EMPLOYEE", "MANAGER");
        }
        try (Browser browser = Browser.openWithTestProvider(base)) {
            browser.loginThroughProvider(TestProvider.ADMIN, TestProvider.password(TestProvider.ADMIN));
            assertThat(roles(me(browser))).containsExactlyInAnyOrder("EMPLOYEE", "ADMIN");
        }
    }

    @Test
    void signingInThroughTheProviderWhereSomeoneIsSignedInWithAPasswordSignsThemOutFirst() throws Exception {
        try (Browser browser = Browser.openWithTestProvider(base)) {
            browser.login("eva");

            browser.loginThroughProvider(TestProvider.MANAGER, TestProvider.password(TestProvider.MANAGER));

            JsonObject me = me(browser);
            assertThat(me.getString("username")).isNotEqualTo("eva");
            assertThat(roles(me)).containsExactlyInAnyOrder("EMPLOYEE", "MANAGER");
            for (String page : List.of("/", "/login.xhtml", "/account/index.xhtml")) {
                browser.go(page);
                assertThat(browser.driver().findElements(By.id("mainNav")))
                        .as(page + " answered, signed in")
                        .isNotEmpty();
            }
            assertThat(browser.driver().findElement(By.id("signedInAs")).getText())
                    .contains(me.getString("username"));
        }
    }

    @Test
    void someoneTakenOutOfAGroupLosesTheRoleAtTheirNextSignIn() throws Exception {
        String user = TestProvider.PRESS_OFFICER;
        try (Browser browser = Browser.openWithTestProvider(base)) {
            browser.loginThroughProvider(user, TestProvider.password(user));
            assertThat(roles(me(browser))).contains("PRESS_OFFICER");
        }
        TestProvider.withRegistryChanged(
                user,
                "portal-press",
                registry -> registry.replaceFirst("(<group name=\"portal-press\">\\s*)<member name=\"90004\"/>", "$1"),
                () -> {
                    try (Browser browser = Browser.openWithTestProvider(base)) {
                        browser.loginThroughProvider(user, TestProvider.password(user));
                        assertThat(roles(me(browser))).containsExactly("EMPLOYEE");
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
    }

    @Test
    void someoneTheHrSystemDoesNotKnowIsToldSoAndNotSignedIn() throws Exception {
        try (Browser browser = Browser.openWithTestProvider(base)) {
            browser.loginThroughProvider(TestProvider.NOT_IN_HR, TestProvider.password(TestProvider.NOT_IN_HR));

            assertThat(browser.driver().findElement(By.id("ssoProblem")).getText())
                    .contains("känner inte till dig");
            assertThat(browser.driver().findElements(By.id("mainNav"))).isEmpty();
            assertThat(browser.seriousAccessibilityViolations())
                    .as("login page with the refusal")
                    .isEmpty();
        }
    }

    @Test
    void withLocalPasswordsOffThePasswordFormIsGoneBasicIsRefusedAndEveryoneStillGetsInThroughTheProvider()
            throws Exception {
        assertThat(Api.as(base, "admin")
                        .put("/api/v1/admin/sign-in", "{\"localPasswords\":false}")
                        .status())
                .as("an admin signed in with a password may not switch passwords off")
                .isEqualTo(409);
        try (Browser admin = Browser.openWithTestProvider(base)) {
            admin.loginThroughProvider(TestProvider.ADMIN, TestProvider.password(TestProvider.ADMIN));
            admin.go("/admin/users.xhtml");
            assertThat(admin.driver().findElement(By.id("singleSignOnState")).getText())
                    .contains(TestProvider.ISSUER);
            admin.driver()
                    .findElement(By.cssSelector("[id='signInForm:localPasswords'] .ui-chkbox-box"))
                    .click();
            admin.driver().findElement(By.id("signInForm:saveSignIn")).click();
            admin.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("signInForm:signInMessages"), "avstängda"));
            try {
                try (Browser browser = Browser.openWithTestProvider(base)) {
                    browser.go("/login.xhtml");
                    assertThat(browser.driver().findElements(By.id("loginForm")))
                            .as("no password form")
                            .isEmpty();
                    assertThat(browser.seriousAccessibilityViolations())
                            .as("login page with single sign-on only")
                            .isEmpty();
                    browser.loginThroughProvider(
                            TestProvider.COMMUNICATOR, TestProvider.password(TestProvider.COMMUNICATOR));
                    assertThat(me(browser).getString("displayName")).isEqualTo("Siri Ström");
                    browser.go("/account/index.xhtml");
                    assertThat(browser.driver().findElements(By.id("passwordForm")))
                            .as("no portal password to change")
                            .isEmpty();
                    assertThat(browser.driver()
                                    .findElement(By.id("passwordsOff"))
                                    .getText())
                            .contains("regionens inloggning");
                }
                Api.Reply basic = Api.as(base, "eva").get("/api/v1/me");
                assertThat(basic.status()).isEqualTo(401);
                assertThat(basic.contentType()).startsWith("application/problem+json");
                assertThat(basic.json().getString("detail")).contains("avstängd");
            } finally {
                // back on through the API with the provider's token of the same admin, whatever happened above
                Api.Reply on = Api.withToken(base, TestProvider.accessToken(TestProvider.ADMIN))
                        .put("/api/v1/admin/sign-in", "{\"localPasswords\":true}");
                assertThat(on.status()).as(on.body()).isEqualTo(200);
            }
        }
        assertThat(Api.as(base, "eva").get("/api/v1/me").status())
                .as("passwords count again")
                .isEqualTo(200);
    }
}
