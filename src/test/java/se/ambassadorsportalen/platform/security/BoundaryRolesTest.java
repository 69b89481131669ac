package se.ambassadorsportalen.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every public method of every session bean in a {@code boundary} package says who may call it:
 * {@code @RolesAllowed} (on the method or its class), or a deliberate {@code @PermitAll}. A
 * {@code @PermitAll} on a method must have a comment right above it saying why it is open (a
 * timer or the start-up has no caller, a public page has none); a whole class may be open only
 * when it is listed below with its reason. A method with no annotation at all would be open to
 * anyone by accident.
 */
class BoundaryRolesTest {

    private static final Path SOURCES = Path.of("src/main/java");

    /** Classes that are open as a whole, and why. */
    private static final Map<String, String> OPEN_CLASSES = Map.of(
            "se.ambassadorsportalen.policy.boundary.ChannelGuide", "the channel guide is for every member of staff",
            "se.ambassadorsportalen.policy.boundary.Readability", "a calculation on the text it is given, no data",
            "se.ambassadorsportalen.story.boundary.PublicPortraits", "the public careers feed, read without signing in",
            "se.ambassadorsportalen.organisation.boundary.SignInLockoutNotice",
            "mails the owner of a locked account, while nobody is signed in");

    @Test
    void everyPublicBoundaryMethodSaysWhoMayCallIt() throws Exception {
        List<String> unguarded = new ArrayList<>();
        for (Class<?> bean : sessionBeans()) {
            boolean classGuarded = bean.isAnnotationPresent(RolesAllowed.class)
                    || (bean.isAnnotationPresent(PermitAll.class) && OPEN_CLASSES.containsKey(bean.getName()));
            if (bean.isAnnotationPresent(PermitAll.class) && !OPEN_CLASSES.containsKey(bean.getName())) {
                unguarded.add(bean.getName() + " is open as a whole (@PermitAll on the class)");
            }
            for (Method method : bean.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers()) || Modifier.isStatic(method.getModifiers())
                        || method.isSynthetic() || method.isBridge()) {
                    continue;
                }
                boolean methodGuarded = method.isAnnotationPresent(RolesAllowed.class)
                        || method.isAnnotationPresent(DenyAll.class) || method.isAnnotationPresent(PermitAll.class);
                if (!methodGuarded && !classGuarded) {
                    unguarded.add(bean.getSimpleName() + "." + method.getName() + " has neither @RolesAllowed nor @PermitAll");
                }
            }
        }
        assertThat(unguarded).isEmpty();
    }

    @Test
    void everyPermitAllOnAMethodHasACommentSayingWhy() throws Exception {
        List<String> unexplained = new ArrayList<>();
        for (Class<?> bean : sessionBeans()) {
            List<String> lines = Files.readAllLines(source(bean));
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).trim().equals("@PermitAll") && !OPEN_CLASSES.containsKey(bean.getName())
                        && !commentedAbove(lines, i)) {
                    unexplained.add(bean.getSimpleName() + ":" + (i + 1));
                }
            }
        }
        assertThat(unexplained).as("@PermitAll without a comment right above").isEmpty();
    }

    private static boolean commentedAbove(List<String> lines, int annotation) {
        for (int i = annotation - 1; i >= 0; i--) {
            String line = lines.get(i).trim();
            if (line.startsWith("@")) {
                continue;
            }
            return line.startsWith("//") || line.endsWith("*/");
        }
        return false;
    }

    private static List<Class<?>> sessionBeans() throws IOException, ClassNotFoundException {
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> f.getParent().getFileName().toString().equals("boundary")).toList()) {
                String name = SOURCES.relativize(file).toString().replace('/', '.').replaceAll("\\.java$", "");
                Class<?> type = Class.forName(name);
                if (type.isAnnotationPresent(Stateless.class) || type.isAnnotationPresent(Singleton.class)
                        || type.isAnnotationPresent(Stateful.class)) {
                    beans.add(type);
                }
            }
        }
        assertThat(beans).as("session beans found").hasSizeGreaterThan(20);
        return beans;
    }

    private static Path source(Class<?> type) {
        return SOURCES.resolve(type.getName().replace('.', '/') + ".java");
    }
}
