package se.ambassadorsportalen.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.ambassadorsportalen.it.TestAccounts.Account;

/**
 * Access that is taken away ends on the very next request: deactivation, a removed role, a
 * changed password, an admin ending the sessions, a revoked token. Each test makes its own
 * account through the admin API, so no test depends on another's data.
 */
@ExtendWith(ArquillianExtension.class)
class SignedInAccessIT {

    private static final String PASSWORD = TestAccounts.PASSWORD;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.modules("policy");
    }

    @ArquillianResource
    URL base;

    private Account newAccount(String... roles) {
        return TestAccounts.create(base, "access", null, roles);
    }

    private void changeRoles(Account account, boolean active, String... roles) {
        long version = Api.as(base, "admin")
                .get("/api/v1/admin/users/" + account.id())
                .json()
                .getJsonNumber("version")
                .longValue();
        Api.Reply changed = Api.as(base, "admin")
                .put(
                        "/api/v1/admin/users/" + account.id() + "/roles",
                        "{\"version\":" + version + ",\"roles\":[\"" + String.join("\",\"", roles) + "\"],\"active\":"
                                + active + "}");
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    }

    @Test
    void aDeactivatedAccountsOpenSessionIsSentToTheLoginPageOnItsNextRequest() {
        Account account = newAccount("EMPLOYEE");
        WebSession session = WebSession.signIn(base, account.username(), PASSWORD);
        assertThat(session.get("/index.xhtml").status()).isEqualTo(200);

        changeRoles(account, false, "EMPLOYEE");

        Api.Reply page = session.get("/index.xhtml");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).contains("/login.xhtml");
        assertThat(session.get("/api/v1/me").status()).isEqualTo(401);
        assertThat(Api.as(base, account.username(), PASSWORD).get("/api/v1/me").status())
                .isEqualTo(401);
    }

    @Test
    void aReactivatedAccountMustSignInAgain() {
        Account account = newAccount("EMPLOYEE");
        WebSession session = WebSession.signIn(base, account.username(), PASSWORD);

        changeRoles(account, false, "EMPLOYEE");
        changeRoles(account, true, "EMPLOYEE");

        assertThat(session.get("/index.xhtml").status()).isEqualTo(302);
        assertThat(WebSession.signIn(base, account.username(), PASSWORD)
                        .get("/index.xhtml")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aRoleRemovedFromAnOpenSessionIsDeniedOnItsNextRequestAndAGrantedOneAllowed() {
        Account account = newAccount("EMPLOYEE", "COMMUNICATOR");
        WebSession session = WebSession.signIn(base, account.username(), PASSWORD);
        assertThat(session.get("/policy/manage/edit.xhtml").status()).isEqualTo(200);

        changeRoles(account, true, "EMPLOYEE");
        assertThat(session.get("/policy/manage/edit.xhtml").outcome()).isEqualTo(Api.BY_ROLE);
        assertThat(session.get("/index.xhtml").status())
                .as("still signed in as an employee")
                .isEqualTo(200);

        changeRoles(account, true, "EMPLOYEE", "COMMUNICATOR");
        assertThat(session.get("/policy/manage/edit.xhtml").status()).isEqualTo(200);
    }

    @Test
    void aRoleRemovedIsDeniedOnTheNextApiCallEvenWithARememberedPassword() {
        Account account = newAccount("EMPLOYEE", "ADMIN");
        try {
            Api api = Api.as(base, account.username(), PASSWORD);
            assertThat(api.get("/api/v1/admin/users?size=1").status()).isEqualTo(200);

            changeRoles(account, true, "EMPLOYEE");

            assertThat(api.get("/api/v1/admin/users?size=1").outcome()).isEqualTo(Api.BY_ROLE);
        } finally {
            TestAccounts.retire(base, account);
        }
    }

    @Test
    void changingTheOwnPasswordEndsOtherSessionsAndTheOldPasswordAtOnce() {
        Account account = newAccount("EMPLOYEE");
        WebSession otherBrowser = WebSession.signIn(base, account.username(), PASSWORD);
        Api oldPassword = Api.as(base, account.username(), PASSWORD);
        assertThat(oldPassword.get("/api/v1/me").status()).isEqualTo(200);

        Api.Reply changed = oldPassword.put(
                "/api/v1/me/password",
                "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"ett annat långt lösenord\"}");

        assertThat(changed.status()).as(changed.toString()).isEqualTo(204);
        assertThat(oldPassword.get("/api/v1/me").status()).isEqualTo(401);
        assertThat(otherBrowser.get("/index.xhtml").status()).isEqualTo(302);
        assertThat(Api.as(base, account.username(), "ett annat långt lösenord")
                        .get("/api/v1/me")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aWrongCurrentPasswordIsRefusedAtItsField() {
        Account account = newAccount("EMPLOYEE");

        Api.Reply refused = Api.as(base, account.username(), PASSWORD)
                .put(
                        "/api/v1/me/password",
                        "{\"currentPassword\":\"inte rätt alls\",\"newPassword\":\"ett annat långt lösenord\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().getString("field")).isEqualTo("currentPassword");
        assertThat(Api.as(base, account.username(), PASSWORD).get("/api/v1/me").status())
                .isEqualTo(200);
    }

    @Test
    void aCommonPasswordOrOneBuiltOnTheUsernameIsRefusedAtTheNewPasswordsField() {
        Account account = newAccount("EMPLOYEE");
        Api api = Api.as(base, account.username(), PASSWORD);

        for (String weak : List.of("password123!", "qwertyuiop", account.username() + "2026")) {
            Api.Reply refused = api.put(
                    "/api/v1/me/password",
                    "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"" + weak + "\"}");

            assertThat(refused.status()).as(weak).isEqualTo(400);
            assertThat(refused.json().getString("field")).isEqualTo("newPassword");
            assertThat(refused.json().getString("detail")).contains("för lätt att gissa");
        }
        assertThat(api.get("/api/v1/me").status())
                .as("the password is unchanged")
                .isEqualTo(200);
    }

    @Test
    void anAdminEndsEverySessionOfAnAccount() {
        Account account = newAccount("EMPLOYEE");
        WebSession session = WebSession.signIn(base, account.username(), PASSWORD);

        Api.Reply ended = Api.as(base, "admin").post("/api/v1/admin/users/" + account.id() + "/sessions/end", "");

        assertThat(ended.status()).as(ended.toString()).isEqualTo(200);
        assertThat(session.get("/index.xhtml").status()).isEqualTo(302);
    }

    @Test
    void onlyAnAdminEndsAnotherAccountsSessions() {
        Account account = newAccount("EMPLOYEE");

        assertThat(Api.as(base, "klara")
                        .post("/api/v1/admin/users/" + account.id() + "/sessions/end", "")
                        .outcome())
                .isEqualTo(Api.BY_ROLE);
    }

    @Test
    void theSessionCookieAloneCannotChangeAnythingThroughTheApiButCanRead() {
        Account account = newAccount("EMPLOYEE");
        WebSession session = WebSession.signIn(base, account.username(), PASSWORD);

        Api.Reply refused = session.post("/api/v1/me/tokens", "{\"name\":\"från en annan sida\"}");

        assertThat(refused.outcome())
                .as("the employee may make tokens, but not with the session cookie alone")
                .isEqualTo(Api.BY_RULE);
        assertThat(refused.rule()).isEqualTo("platform.error.sessionCookieWrite");
        assertThat(session.get("/api/v1/me").status()).isEqualTo(200);
        assertThat(Api.as(base, account.username(), PASSWORD)
                        .get("/api/v1/me/tokens")
                        .jsonArray())
                .isEmpty();
    }

    @Test
    void signingInSetsNoSingleSignOnCookieThatCouldOutliveTheSession() {
        Account account = newAccount("EMPLOYEE");

        WebSession session = WebSession.signIn(base, account.username(), PASSWORD);

        assertThat(session.cookieNames()).contains("JSESSIONID").doesNotContain("PORTAL_SSO", "LtpaToken2");
    }

    @Test
    void aPersonalTokenWorksUntilItIsRevokedAndIsShownOnlyOnce() {
        Account account = newAccount("EMPLOYEE");
        Api owner = Api.as(base, account.username(), PASSWORD);
        Api.Reply issued = owner.post("/api/v1/me/tokens", "{\"name\":\"Rapportverktyget\",\"days\":30}");
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        String secret = issued.json().getString("secret");
        long tokenId = issued.json().getJsonObject("token").getJsonNumber("id").longValue();

        assertThat(Api.withToken(base, secret).get("/api/v1/me").json().getString("username"))
                .isEqualTo(account.username());
        JsonObject listed = owner.get("/api/v1/me/tokens").jsonArray().getJsonObject(0);
        assertThat(listed.toString()).doesNotContain(secret);
        assertThat(listed.getString("hint"))
                .isEqualTo(secret.substring(0, listed.getString("hint").length()));

        assertThat(owner.delete("/api/v1/me/tokens/" + tokenId).status()).isEqualTo(200);
        Api.Reply afterRevocation = Api.withToken(base, secret).get("/api/v1/me");
        assertThat(afterRevocation.status()).isEqualTo(401);
        assertThat(afterRevocation.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aTokenOfADeactivatedAccountIsRefused() {
        Account account = newAccount("EMPLOYEE");
        String secret = Api.as(base, account.username(), PASSWORD)
                .post("/api/v1/me/tokens", "{\"name\":\"Nattjobb\"}")
                .json()
                .getString("secret");

        changeRoles(account, false, "EMPLOYEE");

        assertThat(Api.withToken(base, secret).get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void anAdminSeesAndRevokesAnotherAccountsTokens() {
        Account account = newAccount("EMPLOYEE");
        String secret = Api.as(base, account.username(), PASSWORD)
                .post("/api/v1/me/tokens", "{\"name\":\"Glömd nyckel\"}")
                .json()
                .getString("secret");
        long tokenId = Api.as(base, "admin")
                .get("/api/v1/admin/users/" + account.id() + "/tokens")
                .jsonArray()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();

        assertThat(Api.as(base, "admin")
                        .delete("/api/v1/admin/users/tokens/" + tokenId)
                        .status())
                .isEqualTo(200);

        assertThat(Api.withToken(base, secret).get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void nobodyRevokesAnotherPersonsTokenThroughTheirOwnList() {
        Account owner = newAccount("EMPLOYEE");
        Account other = newAccount("EMPLOYEE");
        long tokenId = Api.as(base, owner.username(), PASSWORD)
                .post("/api/v1/me/tokens", "{\"name\":\"Min\"}")
                .json()
                .getJsonObject("token")
                .getJsonNumber("id")
                .longValue();

        assertThat(Api.as(base, other.username(), PASSWORD)
                        .delete("/api/v1/me/tokens/" + tokenId)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aTokenNameOrLifetimeOutOfBoundsIsRefusedAtItsField() {
        Api owner = Api.as(base, newAccount("EMPLOYEE").username(), PASSWORD);

        Api.Reply noName = owner.post("/api/v1/me/tokens", "{\"name\":\"  \"}");
        Api.Reply tooLong = owner.post("/api/v1/me/tokens", "{\"name\":\"Två år\",\"days\":730}");

        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.json().getString("field")).isEqualTo("name");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().getString("field")).isEqualTo("days");
    }

    @Test
    void anUnknownTokenIsAProblemDocumentNotALoginPage() {
        Api.Reply refused = Api.withToken(base, "ap_" + "A".repeat(43)).get("/api/v1/me");

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.contentType()).startsWith("application/problem+json");
    }
}
