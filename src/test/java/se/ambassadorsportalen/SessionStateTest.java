package se.ambassadorsportalen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.organisation.entity.Person;
import se.ambassadorsportalen.organisation.entity.Unit;
import se.ambassadorsportalen.platform.web.LazyPage;
import se.ambassadorsportalen.platform.web.PerRequest;
import se.ambassadorsportalen.platform.web.PickedById;
import se.ambassadorsportalen.platform.web.RequestScheduleModel;

/**
 * What a session keeps, checked on every session-, view- and conversation-scoped bean, field by
 * field, through the types it holds.
 *
 * <p>On more than one node the session cache (Hazelcast) serialises every session attribute after each
 * request: the session-scoped beans and, through the view map, the view-scoped ones. A field that
 * cannot be serialised does not fail the page; the node logs a {@code NotSerializableException},
 * keeps the page to itself, and the user loses it when that node dies. The cluster check's load run
 * found two (the press lookup's rows and the inquiry figures) that the single-journey check never
 * met, so the rule is checked here on every such bean, field by field, through the types it holds.
 *
 * <p>An entity kept in such a bean between requests keeps the persistence context that read it (its
 * unit of work, with every object it read) on the heap for as long as the view or session lives: a
 * 300-user load run found about 2,700 of them. So no such bean may keep an entity or an embeddable,
 * alone or in a collection, in a record or in a helper of ours: views keep ids, versions, what the
 * user typed and small records (see README, "What a session keeps").
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
            // what these hold for one request is transient: it never travels with the session
            if (FORGOTTEN_AT_REQUEST_END.contains(parameterized.getRawType())) {
                return;
            }
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

    /**
     * Holders that drop what they read when the request ends ({@code RequestEnd}): their type
     * argument may be an entity, since it lives only for the request that read it.
     */
    private static final Set<Class<?>> FORGOTTEN_AT_REQUEST_END =
            Set.of(PerRequest.class, LazyPage.class, RequestScheduleModel.class);

    /**
     * Fields allowed to keep an entity between requests, each with why: none today. A field listed
     * here that no longer keeps one fails the test, so the list only shrinks.
     */
    private static final Map<String, String> KEPT_ON_PURPOSE = Map.of();

    @Test
    void noSessionOrViewScopedBeanKeepsAnEntityBetweenRequests() {
        Set<String> found = new TreeSet<>();
        for (Class<?> bean : keptInTheSession()) {
            for (Field field : fieldsOf(bean)) {
                findEntities(
                        field.getGenericType(),
                        Map.of(),
                        bean.getSimpleName() + "." + field.getName(),
                        new HashSet<>(),
                        found);
            }
        }
        Set<String> unexplained = new TreeSet<>();
        for (String path : found) {
            if (!KEPT_ON_PURPOSE.containsKey(path.substring(0, path.indexOf(':')))) {
                unexplained.add(path);
            }
        }
        Set<String> stale = new TreeSet<>(KEPT_ON_PURPOSE.keySet());
        found.forEach(path -> stale.remove(path.substring(0, path.indexOf(':'))));
        assertEquals(Set.of(), unexplained, "entities kept in the session between requests");
        assertEquals(Set.of(), stale, "fields listed as keeping an entity on purpose that keep none now");
    }

    /** What the rule sees in a bean: a fixture with one field of each kind. */
    @SuppressWarnings("unused")
    private static final class Fixture {
        record Row(long id, Person person) {}

        private List<Person> people;
        private transient Map<Long, Row> rows;
        private Unit unit;
        private final PerRequest<Person> shown = PerRequest.of(() -> null);
        private final PickedById<Person> picked = PickedById.of(id -> null);
        private final LazyPage<Unit> table = LazyPage.of(request -> null);
        private Row[] kept;
        private List<String> names;
    }

    @Test
    void theRuleFindsEntitiesInCollectionsRecordsAndArraysButNotInWhatIsForgottenAtTheRequestsEnd() {
        Set<String> found = new TreeSet<>();
        for (Field field : fieldsOf(Fixture.class)) {
            findEntities(field.getGenericType(), Map.of(), "Fixture." + field.getName(), new HashSet<>(), found);
        }
        assertEquals(
                Set.of(
                        "Fixture.people<>: " + Person.class.getName(),
                        "Fixture.rows<>.person: " + Person.class.getName(),
                        "Fixture.unit: " + Unit.class.getName(),
                        "Fixture.kept[].person: " + Person.class.getName()),
                found);
    }

    /**
     * Every field that stays with the instance: transient ones too, since a bean lives on the heap
     * between requests whether or not the session store serialises it; injected proxies do not.
     */
    private static List<Field> fieldsOf(Class<?> owner) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> type = owner; type != null && type.getName().startsWith(BASE); type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers())
                        && !field.isAnnotationPresent(Inject.class)
                        && !field.isSynthetic()) {
                    fields.add(field);
                }
            }
        }
        return fields;
    }

    /**
     * Reports where {@code type} holds an entity: itself, an element or type argument of a library
     * type (a list, a map, an optional), or a field of one of our records and classes, with its
     * type variables bound to the arguments it was declared with (so {@code PickedById<Person>}
     * is judged by what it keeps, not by its argument).
     */
    private static void findEntities(
            Type type, Map<TypeVariable<?>, Type> bound, String path, Set<String> seen, Set<String> found) {
        if (type instanceof TypeVariable<?> variable) {
            if (bound.containsKey(variable)) {
                findEntities(bound.get(variable), Map.of(), path, seen, found);
            }
        } else if (type instanceof GenericArrayType array) {
            findEntities(array.getGenericComponentType(), bound, path + "[]", seen, found);
        } else if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            // our interfaces here are the lambdas a view reads through (a bean or an EJB proxy inside)
            if (FORGOTTEN_AT_REQUEST_END.contains(raw)
                    || (raw.isInterface() && raw.getName().startsWith(BASE))) {
                return;
            }
            Type[] arguments = parameterized.getActualTypeArguments();
            if (raw.getName().startsWith(BASE)) {
                Map<TypeVariable<?>, Type> inner = new HashMap<>();
                TypeVariable<?>[] variables = raw.getTypeParameters();
                for (int i = 0; i < variables.length; i++) {
                    inner.put(variables[i], resolve(arguments[i], bound));
                }
                findInFields(raw, inner, path, seen, found);
            } else {
                for (Type argument : arguments) {
                    findEntities(argument, bound, path + "<>", seen, found);
                }
            }
        } else if (type instanceof Class<?> raw) {
            if (raw.isArray()) {
                findEntities(raw.getComponentType(), bound, path + "[]", seen, found);
            } else if (raw.isAnnotationPresent(Entity.class) || raw.isAnnotationPresent(Embeddable.class)) {
                found.add(path + ": " + raw.getName());
            } else if (raw.getName().startsWith(BASE)
                    && !raw.isInterface()
                    && !raw.isEnum()
                    && !FORGOTTEN_AT_REQUEST_END.contains(raw)) {
                findInFields(raw, Map.of(), path, seen, found);
            }
        }
        // Wildcards and library classes hold nothing we can name here.
    }

    private static void findInFields(
            Class<?> raw, Map<TypeVariable<?>, Type> bound, String path, Set<String> seen, Set<String> found) {
        if (!seen.add(raw.getName() + bound)) {
            return;
        }
        for (Field field : fieldsOf(raw)) {
            findEntities(field.getGenericType(), bound, path + "." + field.getName(), seen, found);
        }
    }

    private static Type resolve(Type argument, Map<TypeVariable<?>, Type> bound) {
        return argument instanceof TypeVariable<?> variable && bound.containsKey(variable)
                ? bound.get(variable)
                : argument;
    }
}
