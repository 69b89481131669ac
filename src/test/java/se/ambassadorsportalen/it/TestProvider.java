package se.ambassadorsportalen.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;
import org.awaitility.Awaitility;

/**
 * The real OpenID provider the build starts for the single sign-on tests (a second Liberty server
 * with its openidConnectServer feature, configured in src/test/liberty-op): its people, tokens from
 * it, tokens signed with its own key for the cases a real provider never hands out (expired, for
 * another audience), and a way to change a group while it runs.
 */
final class TestProvider {

    static final String ISSUER = System.getProperty("it.op.issuer", "http://localhost:9190/oidc/endpoint/OP");
    static final Path SERVER_DIR =
            Path.of(System.getProperty("it.op.server.dir", "target/liberty/wlp/usr/servers/oidcprovider"));
    static final String CLIENT_ID = "portal";
    static final String CLIENT_SECRET = "portal-it-secret";
    /** The claim in which the test provider lists a user's groups, by name. */
    static final String GROUPS_CLAIM = "groupIds";

    /** Users of the test provider (their user names are employee numbers; see registry.xml). */
    static final String COMMUNICATOR = "90001";

    static final String ADMIN = "90002";
    static final String MANAGER = "90003";
    static final String PRESS_OFFICER = "90004";
    static final String NOT_IN_HR = "90009";
    /** Someone who signs in with a directory password instead (DirectoryLoginIT), not a user of the provider. */
    static final String DIRECTORY_USER = "90005";

    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private TestProvider() {}

    static String password(String user) {
        return "sso-test-" + user.charAt(user.length() - 1);
    }

    /**
     * Brings the provider's people into the portal through the HR import, as a region would: a
     * unit of their own, 90003 its manager, 90005 who signs in with a directory password, and 90009
     * left out (the HR system does not know them).
     * The same file twice changes nothing, so every test may call it.
     */
    static void importPeople(URL base) {
        String file =
                "unit_code;unit_name;parent_code;merged_into;employee_number;first_name;last_name;email;profession;manager;employment_ends\n"
                        + "SSO-ADM;Förvaltningen för inloggningstest;;;;;;;;;\n"
                        + "SSO-U1;Enheten för inloggningstest;SSO-ADM;;;;;;;;\n"
                        + "SSO-U1;;;;90001;Siri;Ström;siri.strom@sso.example;Kommunikatör;nej;\n"
                        + "SSO-U1;;;;90002;Åke;Öberg;;IT-samordnare;nej;\n"
                        + "SSO-U1;;;;90003;Maja;Lund;maja.lund@sso.example;Enhetschef;ja;\n"
                        + "SSO-U1;;;;90004;Pelle;Berg;pelle.berg@sso.example;Presssekreterare;nej;\n"
                        + "SSO-U1;;;;90005;Elin;Ek;elin.ek@sso.example;Pressekreterare;nej;\n";
        Api.Reply reply = Api.as(base, "admin")
                .send("/api/v1/hr-import", "POST", "text/csv", file.getBytes(StandardCharsets.UTF_8));
        assertThat(reply.status()).as(reply.body()).isIn(200, 201);
    }

    /** An access token from the provider's token endpoint (password grant) for the given client. */
    static String accessToken(String user, String clientId, String secret) {
        return token(user, clientId, secret).getString("access_token");
    }

    static String accessToken(String user) {
        return accessToken(user, CLIENT_ID, CLIENT_SECRET);
    }

    private static JsonObject token(String user, String clientId, String secret) {
        String form = "grant_type=password&scope=" + URLEncoder.encode("openid profile", StandardCharsets.UTF_8)
                + "&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password(user), StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(ISSUER + "/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode())
                    .as("the provider's token endpoint: " + response.body())
                    .isEqualTo(200);
            try (var reader = Json.createReader(new StringReader(response.body()))) {
                return reader.readObject();
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The groups the provider puts in a fresh token for the user, as the portal reads them. */
    static List<String> groupsNow(String user) {
        try {
            Object groups = SignedJWT.parse(accessToken(user)).getJWTClaimsSet().getClaim(GROUPS_CLAIM);
            return groups instanceof List<?> list
                    ? list.stream().map(String::valueOf).toList()
                    : List.of();
        } catch (ParseException e) {
            throw new IllegalStateException("the provider's access token is not a JWT", e);
        }
    }

    /** The provider's own signing key, read from its keystore, with the key id its JWK set publishes. */
    static RSAKey providerKey() {
        try (InputStream in = Files.newInputStream(SERVER_DIR.resolve("resources/security/key.p12"))) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, "op-test-keys".toCharArray());
            RSAKey key = RSAKey.load(store, "default", "op-test-keys".toCharArray());
            JWKSet published = JWKSet.load(URI.create(ISSUER + "/jwk").toURL());
            String kid = published.getKeys().stream()
                    .filter(jwk -> jwk.toRSAKey().getModulus().equals(key.getModulus()))
                    .map(jwk -> jwk.getKeyID())
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("the provider does not publish its keystore's key"));
            return new RSAKey.Builder(key).keyID(kid).build();
        } catch (Exception e) {
            throw new IllegalStateException("the test provider's key could not be read from " + SERVER_DIR, e);
        }
    }

    /** A key of the same shape and id as the provider's, that the provider never published. */
    static RSAKey foreignKey(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Claims as the provider writes them into an access token for the portal, valid for five minutes. */
    static JWTClaimsSet.Builder claimsFor(String user, List<String> groups) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(user)
                .audience(CLIENT_ID)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .claim(GROUPS_CLAIM, groups);
    }

    static String sign(JWTClaimsSet claims, RSAKey key) {
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(key.getKeyID())
                            .build(),
                    claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Rewrites the provider's registry while {@code during} runs and puts it back after; each time
     * waits until the provider's tokens for {@code user} show the change (the server applies a
     * changed file on its own, within a second or two).
     */
    static void withRegistryChanged(String user, String group, UnaryOperator<String> change, Runnable during) {
        Path registry = SERVER_DIR.resolve("registry.xml");
        try {
            String original = Files.readString(registry);
            boolean member = groupsNow(user).stream().anyMatch(g -> g.endsWith(group));
            Files.writeString(registry, change.apply(original));
            try {
                waitUntil(() -> groupsNow(user).stream().anyMatch(g -> g.endsWith(group)) != member);
                during.run();
            } finally {
                Files.writeString(registry, original);
                waitUntil(() -> groupsNow(user).stream().anyMatch(g -> g.endsWith(group)) == member);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) {
        Awaitility.await("the test provider applying its changed registry")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(condition::getAsBoolean);
    }
}
