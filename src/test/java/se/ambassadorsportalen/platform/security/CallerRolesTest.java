package se.ambassadorsportalen.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CallerRolesTest {

    /** A container that knows one caller and counts the role questions it answers. */
    private static final class Container implements SecurityContext {
        String caller;
        Set<Role> roles = Set.of();
        final List<String> asked = new ArrayList<>();

        @Override
        public Principal getCallerPrincipal() {
            return caller == null ? null : () -> caller;
        }

        @Override
        public <T extends Principal> Set<T> getPrincipalsByType(Class<T> type) {
            return Set.of();
        }

        @Override
        public boolean isCallerInRole(String role) {
            asked.add(role);
            return caller != null && roles.contains(Role.valueOf(role));
        }

        @Override
        public boolean hasAccessToWebResource(String resource, String... methods) {
            return false;
        }

        @Override
        public AuthenticationStatus authenticate(
                HttpServletRequest request, HttpServletResponse response, AuthenticationParameters parameters) {
            return AuthenticationStatus.NOT_DONE;
        }
    }

    private final Container container = new Container();
    private final CallerRoles roles = new CallerRoles();

    @BeforeEach
    void evaAManager() {
        roles.security = container;
        container.caller = "eva";
        container.roles = Set.of(Role.EMPLOYEE, Role.MANAGER);
    }

    @Test
    void eachRoleIsAskedOfTheContainerOnceHoweverOftenAPageAsks() {
        for (int i = 0; i < 20; i++) {
            assertThat(roles.holds(Role.MANAGER)).isTrue();
            assertThat(roles.holds(Role.HR)).isFalse();
            assertThat(roles.holdsAny(List.of(Role.ADMIN, Role.EMPLOYEE))).isTrue();
        }

        assertThat(container.asked).containsExactlyInAnyOrder("MANAGER", "HR", "ADMIN", "EMPLOYEE");
    }

    @Test
    void allIsEveryRoleTheCallerHoldsAskedOnceEach() {
        assertThat(roles.all()).containsExactlyInAnyOrder(Role.EMPLOYEE, Role.MANAGER);
        assertThat(roles.all()).containsExactlyInAnyOrder(Role.EMPLOYEE, Role.MANAGER);

        assertThat(container.asked).hasSize(Role.values().length);
    }

    @Test
    void aCallerWhoSignsInDuringTheRequestIsAskedAfresh() {
        container.caller = null;
        assertThat(roles.holds(Role.MANAGER)).isFalse();

        container.caller = "eva";
        assertThat(roles.holds(Role.MANAGER)).isTrue();

        container.caller = "olle";
        container.roles = Set.of(Role.EMPLOYEE);
        assertThat(roles.holds(Role.MANAGER)).isFalse();
        assertThat(container.asked).containsExactly("MANAGER", "MANAGER");
    }

    @Test
    void nobodySignedInHoldsNoRoleWithoutAskingTheContainer() {
        container.caller = null;

        assertThat(roles.holdsAny(Set.of(Role.values()))).isFalse();
        assertThat(container.asked).isEmpty();
    }
}
