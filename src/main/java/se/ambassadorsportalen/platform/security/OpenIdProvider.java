package se.ambassadorsportalen.platform.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.LogoutRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import se.ambassadorsportalen.platform.web.PortalAddress;

/**
 * The portal's side of OpenID Connect with the region's provider, with the Nimbus OAuth 2.0 /
 * OpenID Connect SDK doing the protocol: the authorization-code flow with PKCE, state and nonce,
 * the ID token checked against the provider's published keys (signature, issuer, audience,
 * expiry, nonce), and bearer tokens for the API checked the same way. The provider's metadata is
 * read from its discovery document on first use, not at start, so a provider that is down never
 * stops the portal from starting; a failed read is tried again after {@link #RETRY_DISCOVERY}.
 * The signing keys are cached by Nimbus and fetched again when a token names an unknown key
 * (the provider rotated them).
 */
@ApplicationScoped
public class OpenIdProvider {

    static final String CALLBACK_PATH = "/sso/callback";
    /** How long a sign-in sent to the provider may take before its answer is refused. */
    static final Duration LOGIN_TIMEOUT = Duration.ofMinutes(15);

    private static final Duration RETRY_DISCOVERY = Duration.ofSeconds(30);
    private static final int CONNECT_TIMEOUT_MS = 5_000;
    private static final int READ_TIMEOUT_MS = 10_000;
    private static final int MAX_CLOCK_SKEW_SECONDS = 60;
    private static final Logger LOG = Logger.getLogger(OpenIdProvider.class.getName());

    @Inject
    PortalAddress address;

    private ProviderSettings settings;
    private final Clock clock = Clock.systemUTC();
    private volatile Discovered discovered;
    private volatile Instant nextDiscovery = Instant.MIN;

    /** What discovery gave: the endpoints, and the checks built on the provider's keys. */
    private record Discovered(
            OIDCProviderMetadata metadata,
            IDTokenValidator idTokens,
            DefaultJWTProcessor<SecurityContext> bearerTokens) {}

    @PostConstruct
    void readSettings() {
        var config = ConfigProvider.getConfig();
        settings = ProviderSettings.read(name -> config.getOptionalValue(name, String.class));
        if (settings.enabled()) {
            LOG.info(() -> "Single sign-on through OpenID Connect is on: " + settings);
        }
    }

    public ProviderSettings settings() {
        return settings;
    }

    public boolean enabled() {
        return settings.enabled();
    }

    /**
     * Starts a sign-in: the provider's authorization address with a new state, nonce and PKCE
     * challenge; the values to check the answer against are returned for the session.
     */
    public Started begin(String next) {
        Discovered provider = discovered();
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        URI redirect = new AuthenticationRequest.Builder(
                        ResponseType.CODE,
                        new Scope(settings.scopes().toArray(String[]::new)),
                        new ClientID(settings.clientId()),
                        callback())
                .endpointURI(provider.metadata().getAuthorizationEndpointURI())
                .state(state)
                .nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256)
                .build()
                .toURI();
        return new Started(
                redirect,
                new ProviderLogin(state.getValue(), nonce.getValue(), verifier.getValue(), next, clock.instant()));
    }

    /** A sign-in sent off: where to send the browser, and what the session keeps until it returns. */
    public record Started(URI redirect, ProviderLogin login) {}

    /** A finished sign-in: whom the provider vouched for, and its ID token (kept for the logout). */
    public record Verified(ProviderIdentity identity, String idToken) {}

    /**
     * Finishes a sign-in: checks the answer belongs to the sign-in this session started and is not
     * stale, redeems the code with the PKCE verifier and the client's secret, and checks the ID token.
     */
    Verified finish(ProviderCredential answer, ProviderLogin started) {
        if (started == null || !started.state().equals(answer.state())) {
            throw new Refused("the answer's state is not the one this session sent");
        }
        if (started.startedAt().plus(LOGIN_TIMEOUT).isBefore(clock.instant())) {
            throw new Refused("the sign-in took longer than " + LOGIN_TIMEOUT);
        }
        if (!answer.isValid()) {
            throw new Refused("the provider answered with an error: " + answer.error());
        }
        Discovered provider = discovered();
        try {
            HTTPRequest request = new TokenRequest(
                            provider.metadata().getTokenEndpointURI(),
                            new ClientSecretBasic(
                                    new ClientID(settings.clientId()), new Secret(settings.clientSecret())),
                            new AuthorizationCodeGrant(
                                    new AuthorizationCode(answer.code()),
                                    callback(),
                                    new CodeVerifier(started.codeVerifier())))
                    .toHTTPRequest();
            request.setConnectTimeout(CONNECT_TIMEOUT_MS);
            request.setReadTimeout(READ_TIMEOUT_MS);
            TokenResponse response = OIDCTokenResponseParser.parse(request.send());
            if (!response.indicatesSuccess()) {
                ErrorObject error = response.toErrorResponse().getErrorObject();
                throw new Refused("the provider refused the code: " + error.getCode() + " " + error.getDescription());
            }
            JWT idToken = ((OIDCTokenResponse) response.toSuccessResponse())
                    .getOIDCTokens()
                    .getIDToken();
            IDTokenClaimsSet claims = provider.idTokens().validate(idToken, new Nonce(started.nonce()));
            return new Verified(identity(claims.toJWTClaimsSet()), idToken.serialize());
        } catch (IOException e) {
            throw new Unavailable("the provider's token endpoint could not be reached", e);
        } catch (com.nimbusds.oauth2.sdk.ParseException | BadJOSEException | JOSEException e) {
            throw new Refused("the token answer or ID token did not pass: " + e.getMessage());
        }
    }

    /**
     * The claims of a bearer token the provider signed for this portal (signature by the provider's
     * published keys, issuer, audience, expiry); empty for any other token.
     */
    Optional<JWTClaimsSet> verifyBearer(String token) {
        Discovered provider = discovered();
        try {
            return Optional.of(provider.bearerTokens().process(token, null));
        } catch (ParseException | BadJOSEException | JOSEException e) {
            LOG.fine(() -> "A bearer token was refused: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** The identity the claims (of an ID token or a bearer token) name, or a refusal when the key is missing. */
    ProviderIdentity identity(JWTClaimsSet claims) {
        Object key = claims.getClaim(settings.keyClaim());
        String normalised = settings.keyKind().normalise(key == null ? null : String.valueOf(key));
        if (normalised.isEmpty()) {
            throw new Refused("the token has no " + settings.keyClaim() + " claim to find the person by");
        }
        // Without a groups claim the token says nothing about groups: the group-owned roles stay as they are.
        return new ProviderIdentity(
                normalised,
                settings.keyKind(),
                settings.rolesFor(groups(claims)),
                groupsKnown(claims) ? settings.groupOwnedRoles() : Set.of(),
                settings.managerFromUnits());
    }

    boolean groupsKnown(JWTClaimsSet claims) {
        return claims.getClaim(settings.groupsClaim()) != null;
    }

    List<String> groups(JWTClaimsSet claims) {
        Object value = claims.getClaim(settings.groupsClaim());
        if (value instanceof Collection<?> many) {
            return many.stream().map(String::valueOf).toList();
        }
        return value == null ? List.of() : List.of(String.valueOf(value));
    }

    /**
     * Where to send the browser to end the provider's session too, when the provider publishes an
     * end-session endpoint; it sends the user back to the portal's login page.
     */
    public Optional<URI> endSession(ProviderSession session, URI afterLogout) {
        try {
            URI endpoint = discovered().metadata().getEndSessionEndpointURI();
            if (endpoint == null) {
                return Optional.empty();
            }
            return Optional.of(
                    new LogoutRequest(endpoint, JWTParser.parse(session.idToken()), afterLogout, null).toURI());
        } catch (Unavailable | ParseException e) {
            LOG.warning(() -> "The provider's session could not be ended from the portal: " + e.getMessage());
            return Optional.empty();
        }
    }

    URI callback() {
        return URI.create(address.root() + CALLBACK_PATH);
    }

    private Discovered discovered() {
        Discovered known = discovered;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (discovered == null) {
                if (clock.instant().isBefore(nextDiscovery)) {
                    throw new Unavailable("the provider could not be reached a moment ago", null);
                }
                try {
                    discovered = discover();
                } catch (Unavailable e) {
                    nextDiscovery = clock.instant().plus(RETRY_DISCOVERY);
                    throw e;
                }
            }
            return discovered;
        }
    }

    private Discovered discover() {
        URI issuerUri = settings.issuer().orElseThrow(() -> new Unavailable("single sign-on is not configured", null));
        try {
            Issuer issuer = new Issuer(issuerUri);
            OIDCProviderMetadata metadata = OIDCProviderMetadata.resolve(issuer, CONNECT_TIMEOUT_MS, READ_TIMEOUT_MS);
            JWKSource<SecurityContext> keys = JWKSourceBuilder.create(
                            metadata.getJWKSetURI().toURL(),
                            new DefaultResourceRetriever(CONNECT_TIMEOUT_MS, READ_TIMEOUT_MS, 512 * 1024))
                    .retrying(true)
                    .build();
            JWSAlgorithm algorithm = JWSAlgorithm.parse(settings.signatureAlgorithm());
            IDTokenValidator idTokens = new IDTokenValidator(
                    metadata.getIssuer(),
                    new ClientID(settings.clientId()),
                    new JWSVerificationKeySelector<>(algorithm, keys),
                    null);
            idTokens.setMaxClockSkew(MAX_CLOCK_SKEW_SECONDS);
            DefaultJWTProcessor<SecurityContext> bearer = new DefaultJWTProcessor<>();
            bearer.setJWSKeySelector(new JWSVerificationKeySelector<>(algorithm, keys));
            DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(
                    settings.audience(),
                    new JWTClaimsSet.Builder()
                            .issuer(metadata.getIssuer().getValue())
                            .build(),
                    new java.util.LinkedHashSet<>(List.of("sub", "exp", settings.keyClaim())));
            claims.setMaxClockSkew(MAX_CLOCK_SKEW_SECONDS);
            bearer.setJWTClaimsSetVerifier(claims);
            LOG.info(() -> "Read the OpenID provider's metadata from " + issuerUri);
            return new Discovered(metadata, idTokens, bearer);
        } catch (GeneralException | IOException | RuntimeException e) {
            throw new Unavailable("the provider's discovery document at " + issuerUri + " could not be read", e);
        }
    }

    /** The provider could not be reached or read: nobody is signed in, and nobody is refused for good. */
    public static final class Unavailable extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The provider's answer or token does not prove who the caller is. */
    public static final class Refused extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }
}
