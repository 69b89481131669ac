package se.ambassadorsportalen.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * When the accounts cannot be read (the connection pool ran dry under overload), a signed-in person
 * is told the portal is busy (503, Retry-After), not that they may not see the page.
 */
class UnreadableAccountsTest {

    private final ExchangeRecorder exchange = new ExchangeRecorder();

    @Test
    void aSignedInPageRequestIsAnsweredServiceUnavailableInTheCallersLanguage() {
        AuthenticationStatus result =
                mechanismWithoutDatabase().validateRequest(signedInRequest("/index.xhtml"), response(), context());

        assertThat(result).isEqualTo(AuthenticationStatus.SEND_FAILURE);
        assertThat(exchange.status).isEqualTo(503);
        assertThat(exchange.headers).containsEntry("Retry-After", "5");
        assertThat(exchange.body.toString()).contains("lang=\"en\"").contains("under heavy load");
    }

    @Test
    void anApiRequestGetsAProblemDocumentWithRetryAfter() {
        mechanismWithoutDatabase().validateRequest(signedInRequest("/api/v1/me"), response(), context());

        assertThat(exchange.status).isEqualTo(503);
        assertThat(exchange.headers)
                .containsKey("Retry-After")
                .containsEntry("Content-Type", "application/problem+json;charset=UTF-8");
        assertThat(exchange.body.toString()).contains("\"status\":503").contains("under heavy load");
    }

    private static PortalAuthenticationMechanism mechanismWithoutDatabase() {
        CallerDirectory directory = new CallerDirectory();
        DataSource exhausted = (DataSource) Proxy.newProxyInstance(
                DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    throw new SQLException("Connection not available: the pool is exhausted");
                });
        directory.database = exhausted;
        directory.perCheck = exhausted;
        PortalAuthenticationMechanism mechanism = new PortalAuthenticationMechanism();
        mechanism.directory = directory;
        mechanism.plainHttp = new se.ambassadorsportalen.platform.web.PlainHttpGuard(); // HTTPS not required here
        return mechanism;
    }

    private static HttpServletRequest signedInRequest(String path) {
        HttpSession session = proxy(HttpSession.class, Map.of("getAttribute", new SignedInCaller("eva", 1L)));
        return proxy(
                HttpServletRequest.class,
                Map.of(
                        "getRequestURI",
                        path,
                        "getContextPath",
                        "",
                        "getSession",
                        session,
                        "getLocales",
                        Collections.enumeration(List.of(Locale.ENGLISH))));
    }

    private HttpServletResponse response() {
        return exchange.response();
    }

    private static HttpMessageContext context() {
        return proxy(
                HttpMessageContext.class,
                Map.of("getAuthParameters", AuthenticationParameters.withParams(), "isProtected", true));
    }

    private static <T> T proxy(Class<T> type, Map<String, Object> answers) {
        return ExchangeRecorder.proxy(type, answers);
    }
}
