package se.ambassadorsportalen.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * With local passwords switched off, an API call with HTTP Basic is refused at once with a
 * problem document that says why: the account is not read, the password not checked and no
 * sign-in attempt counted (so the owner is never locked out by calls that cannot succeed anyway).
 */
class LocalPasswordsOffTest {

    private final ExchangeRecorder exchange = new ExchangeRecorder();

    @Test
    void basicIsRefusedWithoutTouchingTheAccountWhenPasswordsAreOff() {
        PortalAuthenticationMechanism mechanism = new PortalAuthenticationMechanism();
        CallerDirectory untouchable = new CallerDirectory();
        untouchable.database = (DataSource) Proxy.newProxyInstance(
                DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    throw new SQLException("the account must not be read");
                });
        mechanism.directory = untouchable;
        mechanism.plainHttp = new se.ambassadorsportalen.platform.web.PlainHttpGuard(); // HTTPS not required here
        mechanism.methods = new SignInMethods() {
            @Override
            public boolean localPasswords() {
                return false;
            }
        };
        String basic = "Basic " + Base64.getEncoder().encodeToString("eva:demo".getBytes(StandardCharsets.UTF_8));
        HttpServletRequest request = proxy(
                HttpServletRequest.class,
                Map.of(
                        "getRequestURI",
                        "/api/v1/me",
                        "getContextPath",
                        "",
                        "getHeader",
                        basic,
                        "getLocales",
                        Collections.enumeration(List.of(Locale.ENGLISH))));

        AuthenticationStatus result = mechanism.validateRequest(
                request,
                exchange.response(),
                proxy(
                        HttpMessageContext.class,
                        Map.of("getAuthParameters", AuthenticationParameters.withParams(), "isProtected", true)));

        assertThat(result).isEqualTo(AuthenticationStatus.SEND_FAILURE);
        assertThat(exchange.status).isEqualTo(401);
        assertThat(exchange.body.toString()).contains("\"status\":401").contains("switched off");
    }

    @Test
    void onlyThreeDotSeparatedBase64UrlPartsAreTakenForTheProvidersTokens() {
        assertThat(PortalAuthenticationMechanism.looksLikeJwt("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiI5MDAwMSJ9.c2ln"))
                .isTrue();
        assertThat(PortalAuthenticationMechanism.looksLikeJwt("ap_abcdefghijklmnop"))
                .isFalse();
        assertThat(PortalAuthenticationMechanism.looksLikeJwt("a.b.c.d")).isFalse();
        assertThat(PortalAuthenticationMechanism.looksLikeJwt("a b.c.d")).isFalse();
    }

    private static <T> T proxy(Class<T> type, Map<String, Object> answers) {
        return ExchangeRecorder.proxy(type, answers);
    }
}
