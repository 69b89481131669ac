package se.ambassadorsportalen.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.annotation.Resource;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The authentication mechanism runs at the start of every request, outside any transaction. A
 * connection of the transactional data source taken there stays with the request until it ends,
 * so each signed-in request would hold two pooled connections at once (that one and its
 * transaction's); in 300-user load runs that used up the pool and the portal stopped answering.
 * These rules keep the mechanism's reads on the non-transactional data source, whose connections
 * go back to their own pool when closed.
 */
class RequestStartConnectionsTest {

    @Test
    void theSignInLimitsUseTheNonTransactionalDataSource() throws NoSuchFieldException {
        assertNonTransactional(PortalAuthenticationMechanism.class.getDeclaredField("dataSource"));
    }

    @Test
    void theCallerChecksUseTheNonTransactionalDataSource() throws NoSuchFieldException {
        assertNonTransactional(CallerDirectory.class.getDeclaredField("perCheck"));
    }

    @Test
    void theAuthenticationMechanismHoldsNoOtherDataSource() {
        List<String> dataSources = Arrays.stream(PortalAuthenticationMechanism.class.getDeclaredFields())
                .filter(field -> DataSource.class.isAssignableFrom(field.getType()))
                .map(Field::getName)
                .toList();
        assertEquals(List.of("dataSource"), dataSources);
    }

    @Test
    void theIdentityStoreChecksPasswordsThroughTheNonTransactionalDataSource() {
        assertEquals(
                "jdbc/portalReads",
                SecurityConfiguration.class
                        .getAnnotation(DatabaseIdentityStoreDefinition.class)
                        .dataSourceLookup());
    }

    @Test
    void theSignInSettingIsReadThroughTheNonTransactionalSourceOutsideATransaction() {
        assertEquals("non-transactional", sourceAskedForTheSignInSetting(null));
    }

    @Test
    void theSignInSettingIsReadThroughTheTransactionsConnectionInsideOne() {
        assertEquals("transactional", sourceAskedForTheSignInSetting("a transaction"));
    }

    /** Which data source the directory asks, told by the message of the failure each one throws. */
    private static String sourceAskedForTheSignInSetting(Object transactionKey) {
        CallerDirectory directory = new CallerDirectory();
        directory.database = failing("transactional");
        directory.perCheck = failing("non-transactional");
        directory.transactions = (TransactionSynchronizationRegistry) Proxy.newProxyInstance(
                TransactionSynchronizationRegistry.class.getClassLoader(),
                new Class<?>[] {TransactionSynchronizationRegistry.class},
                (proxy, method, args) -> "getTransactionKey".equals(method.getName()) ? transactionKey : null);
        CallerDirectory.Unavailable failure =
                assertThrows(CallerDirectory.Unavailable.class, directory::localPasswordsAllowed);
        return failure.getCause().getMessage();
    }

    private static DataSource failing(String name) {
        return (DataSource) Proxy.newProxyInstance(
                DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    throw new SQLException(name);
                });
    }

    private static void assertNonTransactional(Field field) {
        Resource resource = field.getAnnotation(Resource.class);
        assertEquals("jdbc/portalReads", resource.lookup(), field + " names the non-transactional data source");
    }
}
