package se.ambassadorsportalen.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A sign-in in a browser that holds a login ends that login first (sign-out, then the session
 * invalidated), and a browser that holds none keeps its session: the login page's own view and
 * the language chosen before signing in stay.
 */
class SignedInCallerTest {

    private final List<String> calls = new ArrayList<>();

    @Test
    void aRequestHoldsALoginWhenTheContainerKnowsItsCallerOrItsSessionKeepsOne() {
        assertThat(SignedInCaller.holdsLogin("eva", null)).isTrue();
        assertThat(SignedInCaller.holdsLogin(null, new SignedInCaller("eva", 1L)))
                .as("a login the mechanism no longer admits still belongs to eva")
                .isTrue();
        assertThat(SignedInCaller.holdsLogin(null, null)).isFalse();
        assertThat(SignedInCaller.holdsLogin(null, "something else")).isFalse();
    }

    @Test
    void aSignInWhereSomeoneIsSignedInSignsThemOutBeforeInvalidatingTheirSession() {
        HttpServletRequest request = request("eva", session(new SignedInCaller("eva", 1L)));

        assertThat(SignedInCaller.endHeldLogin(request)).isTrue();

        assertThat(calls).containsSubsequence("logout", "invalidate");
    }

    @Test
    void aSignInWhereNobodyIsSignedInLeavesTheSessionAlone() {
        HttpServletRequest request = request(null, session(null));

        assertThat(SignedInCaller.endHeldLogin(request)).isFalse();

        assertThat(calls).doesNotContain("logout", "invalidate");
    }

    @Test
    void aSignInWithoutASessionEndsTheContainersLoginAlone() {
        HttpServletRequest request = request("eva", null);

        assertThat(SignedInCaller.endHeldLogin(request)).isTrue();

        assertThat(calls).contains("logout").doesNotContain("invalidate");
    }

    private HttpSession session(Object login) {
        return recording(HttpSession.class, "getAttribute", login);
    }

    private HttpServletRequest request(String remoteUser, HttpSession session) {
        return HttpServletRequest.class.cast(Proxy.newProxyInstance(
                HttpServletRequest.class.getClassLoader(), new Class<?>[] {HttpServletRequest.class}, (p, m, a) -> {
                    calls.add(m.getName());
                    return switch (m.getName()) {
                        case "getRemoteUser" -> remoteUser;
                        case "getSession" -> session;
                        default -> null;
                    };
                }));
    }

    private <T> T recording(Class<T> type, String method, Object answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, m, a) -> {
            calls.add(m.getName());
            return m.getName().equals(method) ? answer : null;
        }));
    }
}
