package se.ambassadorsportalen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * On more than one node the session cache (Hazelcast) serialises every session attribute after each
 * request: the session-scoped beans and, through the view map, the view-scoped ones. A field that
 * cannot be serialised does not fail the page; the node logs a {@code NotSerializableException},
 * keeps the page to itself, and the user loses it when that node dies. The cluster check's load run
 * found two (the press lookup's rows and the inquiry figures) that the single-journey check never
 * met, so the rule is checked here on every such bean, field by field, through the types it holds.
 */
class SessionStateTest {

    private static final String BASE = "se.ambassadorsportalen.";

    @Test
    void everythingASessionOrViewScopedBeanKeepsCanBeSerialisedForTheSessionCache() {
        List<String> problems = new ArrayList<>();
        Set<Class<?>> checked = new HashSet<>();
        for (Class<?> bean : keptInTheSession()) {
            checkFields(bean, bean.getSimpleName(), checked, problems);
        }
        assertEquals(List.of(), problems, "fields the session cache could not serialise");
    }

    private static List<Class<?>> keptInTheSession() {
        List<Class<?>> beans = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("se.ambassadorsportalen")) {
            if (type.isAnnotatedWith(ViewScoped.class)
                    || type.isAnnotatedWith(SessionScoped.class)
                    || type.isAnnotatedWith(ConversationScoped.class)) {
                beans.add(type.reflect());
            }
        }
        return beans;
    }

    private static void checkFields(Class<?> owner, String path, Set<Class<?>> checked, List<String> problems) {
        if (!checked.add(owner)) {
            return;
        }
        for (Class<?> type = owner; type != null && type.getName().startsWith(BASE); type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                // Injected beans are the container's serialisable proxies (or refused at deployment).
                if (Modifier.isStatic(modifiers)
                        || Modifier.isTransient(modifiers)
                        || field.isAnnotationPresent(Inject.class)
                        || field.isSynthetic()) {
                    continue;
                }
                checkType(field.getGenericType(), path + "." + field.getName(), checked, problems);
            }
        }
    }

    private static void checkType(Type type, String path, Set<Class<?>> checked, List<String> problems) {
        if (type instanceof ParameterizedType parameterized) {
            checkType(parameterized.getRawType(), path, checked, problems);
            for (Type argument : parameterized.getActualTypeArguments()) {
                checkType(argument, path + "<>", checked, problems);
            }
        } else if (type instanceof GenericArrayType array) {
            checkType(array.getGenericComponentType(), path + "[]", checked, problems);
        } else if (type instanceof Class<?> raw) {
            checkClass(raw, path, checked, problems);
        }
        // Type variables and wildcards are checked where they are bound.
    }

    private static void checkClass(Class<?> raw, String path, Set<Class<?>> checked, List<String> problems) {
        if (raw.isArray()) {
            checkClass(raw.getComponentType(), path + "[]", checked, problems);
            return;
        }
        if (raw.isPrimitive() || raw.isEnum()) {
            return;
        }
        boolean ours = raw.getName().startsWith(BASE);
        // A library's interface (List, Map) says nothing; its implementations are serialisable.
        if (raw.isInterface() && !ours) {
            return;
        }
        if (!Serializable.class.isAssignableFrom(raw)) {
            problems.add(path + ": " + raw.getName());
            return;
        }
        if (ours) {
            checkFields(raw, path, checked, problems);
        }
    }
}
