package se.ambassadorsportalen.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.interceptor.InvocationContext;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.platform.PortalException;

class ConcurrentWriteRefusalTest {

    private final ConcurrentWriteRefusal interceptor = new ConcurrentWriteRefusal();

    @Test
    void aStaleVersionAtAFlushLeavesTheBoundaryAsTheConflictRefusal() {
        assertThatThrownBy(() -> interceptor.refuseConcurrentWrites(invocation(() -> {
                    throw new OptimisticLockException("stale version of Story 7");
                })))
                .isInstanceOfSatisfying(PortalException.class, refusal -> {
                    assertThat(refusal.kind()).isEqualTo(PortalException.Kind.CONFLICT);
                    assertThat(refusal.key()).isEqualTo("platform.error.conflict");
                    assertThat(refusal.getMessage()).doesNotContain("Story 7");
                });
    }

    @Test
    void aRowHeldPastTheLockTimeOutIsRefusedTheSameWay() {
        SQLException timeout = new SQLException("Timeout trying to lock table", "HYT00", 50200);
        assertThatThrownBy(() -> interceptor.refuseConcurrentWrites(invocation(() -> {
                    throw new PersistenceException(timeout);
                })))
                .isInstanceOf(PortalException.class)
                .hasMessageStartingWith("platform.error.conflict");
    }

    @Test
    void aRuleTheBoundaryRefusedPassesUnchanged() {
        PortalException refusal = PortalException.invalidField("channel", "story.channel.unknown", "X");
        assertThatThrownBy(() -> interceptor.refuseConcurrentWrites(invocation(() -> {
                    throw refusal;
                })))
                .isSameAs(refusal);
    }

    @Test
    void otherFailuresStayFailuresForTheContainerToReport() {
        PersistenceException uniqueKey =
                new PersistenceException(new SQLException("Unique index violated", "23505", 23505));
        assertThatThrownBy(() -> interceptor.refuseConcurrentWrites(invocation(() -> {
                    throw uniqueKey;
                })))
                .isSameAs(uniqueKey);
    }

    @Test
    void aCallThatSucceedsReturnsItsResult() throws Exception {
        assertThat(interceptor.refuseConcurrentWrites(invocation(() -> "planned")))
                .isEqualTo("planned");
    }

    /** The invocation of a boundary method that runs {@code body}. */
    private static InvocationContext invocation(Callable<Object> body) throws NoSuchMethodException {
        Method method = ConcurrentWriteRefusalTest.class.getDeclaredMethod("invocation", Callable.class);
        return new InvocationContext() {
            @Override
            public Object getTarget() {
                return null;
            }

            @Override
            public Object getTimer() {
                return null;
            }

            @Override
            public Method getMethod() {
                return method;
            }

            @Override
            public Constructor<?> getConstructor() {
                return null;
            }

            @Override
            public Object[] getParameters() {
                return new Object[0];
            }

            @Override
            public void setParameters(Object[] params) {}

            @Override
            public Map<String, Object> getContextData() {
                return Map.of();
            }

            @Override
            public Object proceed() throws Exception {
                return body.call();
            }
        };
    }
}
