package se.ambassadorsportalen.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The portal serves a committed OpenAPI document instead of scanning its classes at every start
 * ({@code mp.openapi.scan.disable}). The build makes the document anew from the API classes
 * (smallrye-open-api-maven-plugin, {@code process-classes}); these tests keep the served copy equal to
 * it, so an API change cannot leave the document behind.
 */
class OpenApiDocumentTest {

    private static final Path MADE_BY_THE_BUILD = Path.of("target/openapi/openapi.yaml");
    private static final Path SERVED = Path.of("src/main/webapp/META-INF/openapi.yaml");

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
    void theDocumentDescribesEveryModulesApi() throws IOException {
        assertThat(String.join("\n", withoutComments(SERVED)))
                .contains("\n  /api/v1/me:")
                .contains("\n  /api/v1/policies:")
                .contains("\n  /api/v1/ambassadors:")
                .contains("\n  /api/v1/stories:")
                .contains("\n  /api/v1/press/inquiries:")
                .contains("\n  /api/v1/recommendation-rate:")
                .contains("type: http\n      scheme: basic");
    }

    private static List<String> withoutComments(Path document) throws IOException {
        return Files.readAllLines(document).stream()
                .filter(line -> !line.startsWith("#"))
                .toList();
    }
}
