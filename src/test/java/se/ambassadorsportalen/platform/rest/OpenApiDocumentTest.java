package se.ambassadorsportalen.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ambassadorsportalen.platform.rest.OpenApiDocuments.SERVED;
import static se.ambassadorsportalen.platform.rest.OpenApiDocuments.apiPaths;
import static se.ambassadorsportalen.platform.rest.OpenApiDocuments.withoutComments;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The portal serves a committed OpenAPI document instead of scanning its classes at every start
 * ({@code mp.openapi.scan.disable}). The build makes the document anew from the API classes
 * (smallrye-open-api-maven-plugin, {@code process-classes}); these tests keep the served copy equal to
 * it, so an API change cannot leave the document behind.
 */
class OpenApiDocumentTest {

    private static final Path MADE_BY_THE_BUILD = Path.of("target/openapi/openapi.yaml");

    @Test
    void theServedDocumentIsTheOneTheBuildMadeFromTheApiClasses() throws IOException {
        assertThat(MADE_BY_THE_BUILD)
                .as("the build's document; run mvn process-classes (the plugin writes it)")
                .isRegularFile();

        assertThat(withoutComments(SERVED))
                .as("The API changed: copy %s to %s (cp %s %s)", MADE_BY_THE_BUILD, SERVED, MADE_BY_THE_BUILD, SERVED)
                .isEqualTo(withoutComments(MADE_BY_THE_BUILD));
    }

    @Test
    void thePortalServesTheCommittedDocumentWithoutScanningItsClasses() throws IOException {
        List<String> config = Files.readAllLines(Path.of("src/main/resources/META-INF/microprofile-config.properties"));

        assertThat(config).contains("mp.openapi.scan.disable=true");
    }

    @Test
    void theDocumentHasThePathsOfEveryResourceClassInEveryModule() throws IOException {
        List<String> resourcePaths = resourceClassPaths();
        List<String> documentPaths = apiPaths(SERVED);

        assertThat(resourcePaths).as("the resource classes found").hasSizeGreaterThan(30);
        assertThat(resourcePaths)
                .allSatisfy(resourcePath -> assertThat(documentPaths)
                        .as("paths under %s", resourcePath)
                        .anyMatch(documentPath ->
                                documentPath.equals(resourcePath) || documentPath.startsWith(resourcePath + "/")));
    }

    @Test
    void theDocumentTellsClientsToSignInWithBasicAuthentication() throws IOException {
        assertThat(String.join("\n", withoutComments(SERVED))).contains("type: http\n      scheme: basic");
    }

    /** {@code /api/v1/} and the class-level {@code @Path} of every {@code *Resource} in a module's rest package. */
    private static List<String> resourceClassPaths() throws IOException {
        Path sourceRoot = Path.of("src/main/java");
        try (Stream<Path> sources = Files.walk(sourceRoot.resolve("se/ambassadorsportalen"))) {
            List<Path> resources = sources.filter(source -> source.getParent().endsWith("rest"))
                    .filter(source -> source.getFileName().toString().endsWith("Resource.java"))
                    .toList();
            List<String> paths = new ArrayList<>();
            for (Path resource : resources) {
                jakarta.ws.rs.Path path =
                        compiled(sourceRoot.relativize(resource)).getAnnotation(jakarta.ws.rs.Path.class);
                if (path != null) {
                    paths.add("/api/v1/" + path.value());
                }
            }
            return paths;
        }
    }

    /** The class a source file compiles to, read as the server reads it rather than as text. */
    private static Class<?> compiled(Path source) {
        String file = source.toString();
        String name = file.substring(0, file.length() - ".java".length())
                .replace(source.getFileSystem().getSeparator(), ".");
        try {
            return Class.forName(name, false, OpenApiDocumentTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError("no compiled class for " + source, e);
        }
    }
}
