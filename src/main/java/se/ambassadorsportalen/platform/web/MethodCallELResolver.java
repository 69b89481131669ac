package se.ambassadorsportalen.platform.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Calls the methods that pages name with arguments ({@code #{portalTime.local(i.deadline)}},
 * {@code 'press.status.'.concat(...)}) without looking the method up again on every call. Liberty's EL
 * (its BeanELResolver) asks the class for all its public methods on each call, and the JDK copies
 * every one of them each time: on the press inquiry log, where each row makes several such calls, that
 * lookup took 6 % of the server's CPU under load (JFR, 2026-12-04; Tomcat's bug 69381 is the same).
 *
 * <p>This resolver stands before EL's own in the chain (faces-config.xml) and remembers, per class,
 * method name and argument types, the one method those arguments fit without conversion. A call it
 * cannot decide that way (several methods fit, a variable-argument method, a static one, an argument
 * that would need converting, as from a String to a number) it leaves to EL's own resolver, so what
 * a page calls never changes, only how fast it is found.
 */
public class MethodCallELResolver extends ELResolver {

    /** Distinct calls kept: the pages' call sites times the classes they meet, a few hundred. */
    static final int CALLS_KEPT = 2_048;

    private final Cache<Call, Optional<Method>> methods =
            Caffeine.newBuilder().maximumSize(CALLS_KEPT).build();

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base == null || !(method instanceof String name)) {
            return null;
        }
        Object[] arguments = params == null ? new Object[0] : params;
        List<Class<?>> argumentTypes = typesOf(arguments);
        if (paramTypes != null && !Arrays.asList(paramTypes).equals(argumentTypes)) {
            return null; // a method expression with declared parameter types: EL's own rules decide
        }
        Optional<Method> found = methods.get(
                new Call(base.getClass(), name, argumentTypes), call -> onlyMethodFor(base, name, arguments));
        if (found.isEmpty()) {
            return null;
        }
        Object result = invoke(found.get(), base, arguments);
        context.setPropertyResolved(base, method);
        return result;
    }

    private static Object invoke(Method method, Object base, Object[] arguments) {
        try {
            return method.invoke(base, arguments);
        } catch (IllegalAccessException | IllegalArgumentException e) {
            throw new ELException(e);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof VirtualMachineError error) {
                throw error;
            }
            throw new ELException(cause);
        }
    }

    /**
     * The one public instance method of that name whose parameters take the arguments as they are, if
     * this class may call it (not so for a public method of a class outside the public API).
     */
    private static Optional<Method> onlyMethodFor(Object base, String name, Object[] arguments) {
        List<Method> fitting = new ArrayList<>();
        for (Method candidate : base.getClass().getMethods()) {
            if (!candidate.getName().equals(name) || candidate.isBridge()) {
                continue;
            }
            if (candidate.isVarArgs() || Modifier.isStatic(candidate.getModifiers())) {
                return Optional.empty();
            }
            if (takes(candidate.getParameterTypes(), arguments)) {
                fitting.add(candidate);
            }
        }
        if (fitting.size() != 1) {
            return Optional.empty();
        }
        Method only = fitting.get(0);
        return only.canAccess(base) ? Optional.of(only) : Optional.empty();
    }

    private static boolean takes(Class<?>[] parameters, Object[] arguments) {
        if (parameters.length != arguments.length) {
            return false;
        }
        for (int i = 0; i < parameters.length; i++) {
            Object argument = arguments[i];
            if (argument == null
                    ? parameters[i].isPrimitive()
                    : !MethodType.methodType(parameters[i]).wrap().returnType().isInstance(argument)) {
                return false;
            }
        }
        return true;
    }

    private static List<Class<?>> typesOf(Object[] arguments) {
        List<Class<?>> types = new ArrayList<>(arguments.length);
        for (Object argument : arguments) {
            types.add(argument == null ? null : argument.getClass());
        }
        return types;
    }

    /** How many calls are remembered (for tests). */
    long callsKept() {
        methods.cleanUp();
        return methods.estimatedSize();
    }

    private record Call(Class<?> type, String name, List<Class<?>> argumentTypes) {}

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {}

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }
}
