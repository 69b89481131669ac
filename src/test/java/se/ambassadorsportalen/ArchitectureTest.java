package se.ambassadorsportalen;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.ambassadorsportalen.platform.security.OpenOnPurpose;
import se.ambassadorsportalen.platform.security.Role;

/**
 * The module rules of the README's <em>Architecture</em> section, checked on the compiled
 * production classes. There is no list of tolerated violations: a rule that breaks fails the
 * build. The organisation's shared-kernel types ({@link #KERNEL}) are a rule of the design, not an
 * exception; a boundary method open to every caller says why where it is declared
 * ({@link OpenOnPurpose}).
 */
@AnalyzeClasses(packages = "se.ambassadorsportalen", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String BASE = "se.ambassadorsportalen.";
    private static final Pattern MODULE = Pattern.compile("se\\.ambassadorsportalen\\.([a-z]+)(?:\\.([a-z]+))?.*");
    private static final String PLATFORM = "platform";
    private static final String ORGANISATION = "organisation";

    /** The packages of a module that other modules may use. */
    private static final Set<String> PUBLISHED_LAYERS = Set.of("boundary", "api");

    /**
     * The organisation is the shared kernel: every module's data hangs off a person or a unit, so
     * these entities (and their kinds) are published for other modules to reference in their own
     * mappings and queries, and to read. Only the organisation changes them
     * ({@link #kernelEntitiesAreReadOnlyOutsideTheOrganisation}).
     */
    private static final Set<String> KERNEL = Set.of(
            BASE + "organisation.entity.Person", BASE + "organisation.entity.Unit",
            BASE + "organisation.entity.PersonKind", BASE + "organisation.entity.UnitKind");

    /** What other modules may call on the kernel's entities: reading and navigating, never changing. */
    private static final Pattern KERNEL_READS = Pattern.compile(
            "(get|is|has)[A-Z].*|manager|managerOtherThan|administration|path|ancestors|isAncestorOf|subtree"
                    + "|equals|hashCode|toString|values|valueOf|name|ordinal|compareTo");

    @ArchTest
    static final ArchRule modulesUseEachOtherOnlyThroughTheirPublishedApi = classes()
            .that()
            .resideInAPackage("se.ambassadorsportalen..")
            .should(new ArchCondition<JavaClass>("use another module only through its boundary, api or kernel types") {
                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                    Optional<String[]> from = moduleOf(origin);
                    if (from.isEmpty() || from.get()[0].equals(PLATFORM)) {
                        return;
                    }
                    boolean fromDemo = "demo".equals(from.get()[1]);
                    for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                        JavaClass target = dependency.getTargetClass().getBaseComponentType();
                        Optional<String[]> to = moduleOf(target);
                        if (to.isEmpty() || to.get()[0].equals(PLATFORM) || to.get()[0].equals(from.get()[0])) {
                            continue;
                        }
                        boolean published = PUBLISHED_LAYERS.contains(to.get()[1])
                                || KERNEL.contains(outermost(target).getName())
                                || fromDemo && "demo".equals(to.get()[1]);
                        if (!published) {
                            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                        }
                    }
                    for (JavaMethodCall call : origin.getMethodCallsFromSelf()) {
                        Optional<String[]> to = moduleOf(call.getTargetOwner());
                        if (to.isEmpty() || to.get()[0].equals(PLATFORM) || to.get()[0].equals(from.get()[0])) {
                            continue;
                        }
                        call.getTarget().resolveMember().ifPresent(target -> {
                            Set<JavaClass> involved = new java.util.HashSet<>(
                                    target.getReturnType().getAllInvolvedRawTypes());
                            target.getParameterTypes().forEach(type -> involved.addAll(type.getAllInvolvedRawTypes()));
                            involved.stream()
                                    .filter(type ->
                                            type.isAnnotatedWith(Entity.class) && !KERNEL.contains(type.getName()))
                                    .forEach(entity -> events.add(SimpleConditionEvent.violated(
                                            call,
                                            call.getDescription() + ", which hands over the entity "
                                                    + entity.getName())));
                        });
                    }
                }
            });

    /**
     * The module dependencies of the README's diagram. A module not named here may use the
     * organisation only; a new dependency between business modules is a design decision, made here
     * and in the diagram together.
     */
    private static final Map<String, Set<String>> MODULE_DEPENDENCIES = Map.of(
            "organisation", Set.of(),
            "story", Set.of("organisation", "policy", "brandplan"),
            "news", Set.of("organisation", "brandplan"),
            "recommendation", Set.of("organisation", "brandplan"),
            "followup", Set.of("organisation", "policy", "story"));

    private static final Set<String> DEFAULT_DEPENDENCIES = Set.of("organisation");

    @ArchTest
    static final ArchRule modulesDependOnlyAsTheDiagramShows = classes()
            .that()
            .resideInAPackage("se.ambassadorsportalen..")
            .should(new ArchCondition<JavaClass>("depend on no business module the README's diagram does not show") {
                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                    Optional<String[]> from = moduleOf(origin);
                    if (from.isEmpty() || from.get()[0].equals(PLATFORM)) {
                        return;
                    }
                    Set<String> allowed = MODULE_DEPENDENCIES.getOrDefault(from.get()[0], DEFAULT_DEPENDENCIES);
                    for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                        moduleOf(dependency.getTargetClass().getBaseComponentType())
                                .map(m -> m[0])
                                .filter(to ->
                                        !to.equals(PLATFORM) && !to.equals(from.get()[0]) && !allowed.contains(to))
                                .ifPresent(to -> events.add(SimpleConditionEvent.violated(
                                        dependency,
                                        dependency.getDescription() + " (" + from.get()[0] + " -> " + to + ")")));
                    }
                }
            });

    @ArchTest
    static final ArchRule kernelEntitiesAreReadOnlyOutsideTheOrganisation = noClasses()
            .that()
            .resideInAPackage("se.ambassadorsportalen..")
            .and()
            .resideOutsideOfPackage("se.ambassadorsportalen.organisation..")
            .should()
            .callMethodWhere(new DescribedPredicate<JavaMethodCall>("it changes a kernel entity") {
                @Override
                public boolean test(JavaMethodCall call) {
                    return KERNEL.contains(call.getTargetOwner().getName())
                            && !KERNEL_READS.matcher(call.getName()).matches();
                }
            })
            .orShould()
            .callConstructorWhere(new DescribedPredicate<>("it makes a kernel entity") {
                @Override
                public boolean test(com.tngtech.archunit.core.domain.JavaConstructorCall call) {
                    return KERNEL.contains(call.getTargetOwner().getName());
                }
            });

    @ArchTest
    static final ArchRule platformKnowsNoBusinessModule = noClasses()
            .that()
            .resideInAPackage("se.ambassadorsportalen.platform..")
            .should()
            .dependOnClassesThat(new DescribedPredicate<>("belong to a business module") {
                @Override
                public boolean test(JavaClass target) {
                    return moduleOf(target)
                            .filter(module -> !module[0].equals(PLATFORM))
                            .isPresent();
                }
            });

    @ArchTest
    static final ArchRule modulesDependOnEachOtherWithoutCycles =
            slices().matching("se.ambassadorsportalen.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule facesOnlyInWebPackages = noClasses()
            .that()
            .resideInAPackage("se.ambassadorsportalen..")
            .and()
            .resideOutsideOfPackage("..web..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("jakarta.faces..", "org.primefaces..")
            .because("Faces and PrimeFaces belong to the backing beans (web) and the platform's web support");

    @ArchTest
    static final ArchRule jaxRsOnlyInRestPackages = noClasses()
            .that()
            .resideInAPackage("se.ambassadorsportalen..")
            .and()
            .resideOutsideOfPackage("..rest..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("jakarta.ws.rs..")
            .because("HTTP resources and their problem mappers live in rest packages; boundaries stay protocol-free");

    @ArchTest
    static final ArchRule entitiesLiveInEntityPackages = classes()
            .that()
            .areAnnotatedWith(Entity.class)
            .or()
            .areAnnotatedWith(Embeddable.class)
            .should()
            .resideInAPackage("..entity..")
            .orShould()
            .resideInAPackage("se.ambassadorsportalen.platform..")
            .because(
                    "a business module's entities are its own, in its entity package; the platform keeps its infrastructure tables (outbox, ...) beside their code");

    @ArchTest
    static final ArchRule restResourcesNeverAnswerWithEntities = methods()
            .that()
            .areDeclaredInClassesThat()
            .resideInAPackage("..rest..")
            .and()
            .arePublic()
            .should(new ArchCondition<JavaMethod>("not return a JPA entity, alone or inside a generic type") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                    method.getReturnType().getAllInvolvedRawTypes().stream()
                            .filter(type -> type.isAnnotatedWith(Entity.class))
                            .forEach(type -> events.add(SimpleConditionEvent.violated(
                                    method, method.getFullName() + " returns the entity " + type.getName())));
                }
            });

    @ArchTest
    static final ArchRule everyPublicBoundaryMethodNamesItsRoles = methods()
            .that()
            .areDeclaredInClassesThat(isEnterpriseBeanInBoundary())
            .and()
            .arePublic()
            .and()
            .doNotHaveModifier(JavaModifier.STATIC)
            .and()
            .doNotHaveModifier(JavaModifier.SYNTHETIC)
            .and()
            .doNotHaveModifier(JavaModifier.BRIDGE)
            .should(
                    new ArchCondition<JavaMethod>(
                            "carry @RolesAllowed (on the method or its bean) or @PermitAll with the reason in @OpenOnPurpose") {
                        @Override
                        public void check(JavaMethod method, ConditionEvents events) {
                            JavaClass bean = method.getOwner();
                            if (bean.isAnnotatedWith(PermitAll.class)) {
                                events.add(
                                        SimpleConditionEvent.violated(
                                                method,
                                                bean.getName()
                                                        + " opens every method with a class-level @PermitAll; name the open methods instead"));
                            } else if (method.isAnnotatedWith(PermitAll.class)) {
                                if (!method.isAnnotatedWith(OpenOnPurpose.class)
                                        || method.getAnnotationOfType(OpenOnPurpose.class)
                                                .value()
                                                .isBlank()) {
                                    events.add(SimpleConditionEvent.violated(
                                            method,
                                            method.getFullName()
                                                    + " has @PermitAll but does not say why in @OpenOnPurpose"));
                                }
                            } else if (!method.isAnnotatedWith(RolesAllowed.class)
                                    && !bean.isAnnotatedWith(RolesAllowed.class)) {
                                events.add(SimpleConditionEvent.violated(
                                        method, method.getFullName() + " names no roles"));
                            }
                        }
                    });

    /**
     * A role list that admits both employees and admins means everyone signed in: it names every
     * staff role ({@link Role#STAFF}), so a new staff role cannot be left out of one of the lists.
     */
    @ArchTest
    static final ArchRule aBeanOpenToAllStaffNamesEveryStaffRole = classes()
            .should(new ArchCondition<JavaClass>("name every staff role where they admit employees and admins") {
                @Override
                public void check(JavaClass bean, ConditionEvents events) {
                    bean.tryGetAnnotationOfType(RolesAllowed.class)
                            .flatMap(ArchitectureTest::staffRolesLeftOut)
                            .ifPresent(missing -> events.add(SimpleConditionEvent.violated(
                                    bean, bean.getName() + " admits all staff but " + missing)));
                }
            });

    @ArchTest
    static final ArchRule aMethodOpenToAllStaffNamesEveryStaffRole = methods()
            .should(new ArchCondition<JavaMethod>("name every staff role where they admit employees and admins") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                    method.tryGetAnnotationOfType(RolesAllowed.class)
                            .flatMap(ArchitectureTest::staffRolesLeftOut)
                            .ifPresent(missing -> events.add(SimpleConditionEvent.violated(
                                    method, method.getFullName() + " admits all staff but " + missing)));
                }
            });

    /** The staff roles a list that admits employees and admins leaves out, if any. */
    private static Optional<Set<String>> staffRolesLeftOut(RolesAllowed roles) {
        Set<String> named = Set.of(roles.value());
        if (!named.contains(Role.Names.EMPLOYEE) || !named.contains(Role.Names.ADMIN)) {
            return Optional.empty();
        }
        Set<String> missing = new java.util.TreeSet<>();
        Role.STAFF.forEach(role -> missing.add(role.name()));
        missing.removeAll(named);
        return missing.isEmpty() ? Optional.empty() : Optional.of(missing);
    }

    @ArchTest
    static final ArchRule demoCodeIsReachedOnlyFromDemoCode = noClasses()
            .that()
            .resideInAPackage("se.ambassadorsportalen..")
            .and()
            .resideOutsideOfPackage("..demo..")
            .should()
            .dependOnClassesThat(new DescribedPredicate<>("are a business module's demo content") {
                @Override
                public boolean test(JavaClass target) {
                    return moduleOf(target)
                            .filter(m -> !m[0].equals(PLATFORM) && "demo".equals(m[1]))
                            .isPresent();
                }
            })
            .because("demo content loads only through platform.demo.DemoLoader, when portal/demo is on");

    @ArchTest
    static final ArchRule demoContentLivesInDemoPackages = classes()
            .that()
            .implement(BASE + "platform.demo.DemoContent")
            .should()
            .resideInAPackage("..demo..");

    /** {module, layer} of a class of the portal, e.g. {"story", "boundary"}; layer is null for a module's root package. */
    private static Optional<String[]> moduleOf(JavaClass type) {
        Matcher matcher = MODULE.matcher(type.getName());
        if (!matcher.matches() || type.getPackageName().equals("se.ambassadorsportalen")) {
            return Optional.empty();
        }
        return Optional.of(
                new String[] {matcher.group(1), type.getPackageName().split("\\.").length > 3 ? matcher.group(2) : null
                });
    }

    private static JavaClass outermost(JavaClass type) {
        JavaClass outer = type;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer;
    }

    private static DescribedPredicate<JavaClass> isEnterpriseBeanInBoundary() {
        return new DescribedPredicate<>("are enterprise beans in a boundary package") {
            @Override
            public boolean test(JavaClass type) {
                return type.getPackageName().endsWith(".boundary")
                        && (type.isAnnotatedWith(Stateless.class)
                                || type.isAnnotatedWith(Singleton.class)
                                || type.isAnnotatedWith(Stateful.class));
            }
        };
    }
}
