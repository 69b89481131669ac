package se.ambassadorsportalen.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.VariableMapper;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MethodCallELResolverTest {

    private final MethodCallELResolver resolver = new MethodCallELResolver();
    private final ELContext context = new PlainContext();

    @Test
    void aMethodIsCalledWithTheArgumentsThePageGives() {
        Object result = resolver.invoke(context, "press.status.", "concat", null, new Object[] {"OPEN"});

        assertThat(result).isEqualTo("press.status.OPEN");
        assertThat(context.isPropertyResolved()).isTrue();
    }

    @Test
    void aPrimitiveParameterTakesItsBoxedArgument() {
        Object result = resolver.invoke(context, "abc", "charAt", new Class<?>[] {Integer.class}, new Object[] {1});

        assertThat(result).isEqualTo('b');
    }

    @Test
    void aMethodWithoutParametersIsCalledToo() {
        Object result = resolver.invoke(context, LocalDate.of(2026, 12, 4), "getDayOfMonth", null, null);

        assertThat(result).isEqualTo(4);
    }

    @Test
    void aCallMadeAgainUsesTheMethodFoundTheFirstTime() {
        resolver.invoke(context, "a", "concat", null, new Object[] {"b"});
        resolver.invoke(context, "c", "concat", null, new Object[] {"d"});

        assertThat(resolver.callsKept()).isEqualTo(1);
    }

    @Test
    void aCallThatSeveralMethodsFitIsLeftToTheOwnResolverOfEl() {
        Object result = resolver.invoke(context, new StringBuilder(), "append", null, new Object[] {"x"});

        assertThat(result).isNull();
        assertThat(context.isPropertyResolved()).isFalse();
    }

    @Test
    void anArgumentThatWouldNeedConvertingIsLeftToTheOwnResolverOfEl() {
        Object result = resolver.invoke(context, "abc", "charAt", null, new Object[] {"1"});

        assertThat(result).isNull();
        assertThat(context.isPropertyResolved()).isFalse();
    }

    @Test
    void aNullArgumentFitsAnObjectParameterButNotAPrimitiveOne() {
        assertThat(resolver.invoke(context, "abc", "equals", null, new Object[] {null}))
                .isEqualTo(false);
        ELContext another = new PlainContext();
        assertThat(resolver.invoke(another, "abc", "charAt", null, new Object[] {null}))
                .isNull();
        assertThat(another.isPropertyResolved()).isFalse();
    }

    @Test
    void aMethodOfAClassOutsideThePublicApiIsLeftToTheOwnResolverOfEl() {
        Object result = resolver.invoke(context, List.of("a", "b"), "get", null, new Object[] {0});

        assertThat(result).isNull();
        assertThat(context.isPropertyResolved()).isFalse();
    }

    @Test
    void aMethodExpressionWithDeclaredParameterTypesIsLeftToTheOwnResolverOfEl() {
        Object result =
                resolver.invoke(context, "a", "concat", new Class<?>[] {CharSequence.class}, new Object[] {"b"});

        assertThat(result).isNull();
        assertThat(context.isPropertyResolved()).isFalse();
    }

    @Test
    void whatTheMethodThrowsReachesThePageAsAnElException() {
        assertThatThrownBy(() -> resolver.invoke(context, "abc", "charAt", null, new Object[] {10}))
                .isInstanceOf(ELException.class)
                .hasCauseInstanceOf(StringIndexOutOfBoundsException.class);
    }

    @Test
    void theCallsKeptStayWithinTheirLimit() {
        for (int i = 0; i < MethodCallELResolver.CALLS_KEPT + 10; i++) {
            resolver.invoke(context, "abc", "method" + i, null, null);
        }

        assertThat(resolver.callsKept()).isBetween(1L, (long) MethodCallELResolver.CALLS_KEPT);
    }

    private static final class PlainContext extends ELContext {
        @Override
        public ELResolver getELResolver() {
            return null;
        }

        @Override
        public FunctionMapper getFunctionMapper() {
            return null;
        }

        @Override
        public VariableMapper getVariableMapper() {
            return null;
        }
    }
}
