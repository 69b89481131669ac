package se.ambassadorsportalen.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.RSAKey;
import java.net.URL;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The API accepts the region's provider's own bearer tokens, besides passwords and personal
 * tokens: a token the real test provider issued for the portal lets its holder in with their
 * roles; a token signed by the provider's key but expired or for another application, one signed
 * by a key the provider never published, and one from another application of the same provider
 * are all refused with 401 and a problem document.
 */
@ExtendWith(ArquillianExtension.class)
class ProviderTokensIT {

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

    @Test
    void aTokenTheProviderIssuedForThePortalLetsItsHolderInWithTheirRoles() {
        Api.Reply me = Api.withToken(base, TestProvider.accessToken(TestProvider.COMMUNICATOR))
                .get("/api/v1/me");

        assertThat(me.status()).as(me.body()).isEqualTo(200);
        assertThat(me.json().getString("displayName")).isEqualTo("Siri Ström");
        assertThat(me.json().getJsonArray("roles").toString())
                .contains("COMMUNICATOR")
                .doesNotContain("ADMIN");
    }

    @Test
    void aTokenSignedWithTheProvidersKeyForThePortalIsAcceptedSoTheRefusalsBelowAreForTheirOneFlaw() {
        String token = TestProvider.sign(
                TestProvider.claimsFor(TestProvider.COMMUNICATOR, List.of("portal-staff", "portal-communicators"))
                        .build(),
                TestProvider.providerKey());

        assertThat(Api.withToken(base, token).get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void anExpiredTokenIsRefusedWithAProblemDocument() {
        Instant anHourAgo = Instant.now().minusSeconds(3600);
        String expired = TestProvider.sign(
                TestProvider.claimsFor(TestProvider.COMMUNICATOR, List.of())
                        .issueTime(Date.from(anHourAgo.minusSeconds(300)))
                        .expirationTime(Date.from(anHourAgo))
                        .build(),
                TestProvider.providerKey());

        assertRefused(Api.withToken(base, expired).get("/api/v1/me"));
    }

    @Test
    void aTokenSignedByAKeyTheProviderNeverPublishedIsRefused() {
        RSAKey genuine = TestProvider.providerKey();
        String forged = TestProvider.sign(
                TestProvider.claimsFor(TestProvider.ADMIN, List.of("portal-admins"))
                        .build(),
                TestProvider.foreignKey(genuine.getKeyID()));

        assertRefused(Api.withToken(base, forged).get("/api/v1/me"));
    }

    @Test
    void aTokenForAnotherAudienceIsRefusedWhetherMadeOrIssuedByTheProvider() {
        String otherAudience = TestProvider.sign(
                TestProvider.claimsFor(TestProvider.COMMUNICATOR, List.of())
                        .audience("other-app")
                        .build(),
                TestProvider.providerKey());
        assertRefused(Api.withToken(base, otherAudience).get("/api/v1/me"));

        String otherApplications = TestProvider.accessToken(TestProvider.COMMUNICATOR, "other-app", "other-app-secret");
        assertRefused(Api.withToken(base, otherApplications).get("/api/v1/me"));
    }

    @Test
    void aTokenOfSomeoneTheHrSystemDoesNotKnowIsRefused() {
        assertRefused(Api.withToken(base, TestProvider.accessToken(TestProvider.NOT_IN_HR))
                .get("/api/v1/me"));
    }

    @Test
    void aProviderTokenMayChangeThingsSinceItIsNotABrowserCookie() {
        Api.Reply created = Api.withToken(base, TestProvider.accessToken(TestProvider.COMMUNICATOR))
                .post("/api/v1/me/tokens", "{\"name\":\"från SSO\",\"days\":1}");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    private static void assertRefused(Api.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(401);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().getInt("status")).isEqualTo(401);
        assertThat(reply.json().getString("detail")).contains("regionens inloggning");
    }
}
