package se.ambassadorsportalen.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.annotation.Resource;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The authentication mechanism runs at the start of every request, outside any transaction. A
 * shareable connection taken there stays with the request until it ends, so each signed-in request
 * would hold two pooled connections at once (that one and its transaction's); in a 300-user load
 * run that used up the pool and the portal stopped answering. These rules keep the mechanism's
 * connections unshareable, so each goes back to the pool when it is closed.
 */
class RequestStartConnectionsTest {

    @Test
    void theSignInLimitsUseAConnectionThatGoesBackToThePoolWhenClosed() throws NoSuchFieldException {
        assertUnshareable(PortalAuthenticationMechanism.class.getDeclaredField("dataSource"));
    }

    @Test
    void theCallerChecksUseAConnectionThatGoesBackToThePoolWhenClosed() throws NoSuchFieldException {
        assertUnshareable(CallerDirectory.class.getDeclaredField("perCheck"));
    }

    @Test
    void theAuthenticationMechanismHoldsNoOtherDataSource() {
        List<String> dataSources = Arrays.stream(PortalAuthenticationMechanism.class.getDeclaredFields())
                .filter(field -> DataSource.class.isAssignableFrom(field.getType()))
                .map(Field::getName)
                .toList();
        assertEquals(List.of("dataSource"), dataSources);
    }

    private static void assertUnshareable(Field field) {
        Resource resource = field.getAnnotation(Resource.class);
        assertEquals("jdbc/portal", resource.lookup(), field + " names the portal's data source");
        assertFalse(resource.shareable(), field + " must be unshareable");
    }
}
