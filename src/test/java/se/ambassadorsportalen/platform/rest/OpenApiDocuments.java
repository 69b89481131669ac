package se.ambassadorsportalen.platform.rest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The OpenAPI document the portal serves, as the tests read it: the committed file, not a scan. */
public final class OpenApiDocuments {

    /** Liberty serves {@code META-INF/openapi.yaml} of the web module when scanning is off. */
    public static final Path SERVED = Path.of("src/main/webapp/META-INF/openapi.yaml");

    private OpenApiDocuments() {}

    /** The document's lines without the {@code #} comments the committed copy starts with. */
    public static List<String> withoutComments(Path document) throws IOException {
        return Files.readAllLines(document).stream()
                .filter(line -> !line.startsWith("#"))
                .toList();
    }

    /** The API paths the document describes, e.g. {@code /api/v1/me}. */
    public static List<String> apiPaths(Path document) throws IOException {
        return Files.readAllLines(document).stream()
                .filter(line -> line.startsWith("  /api/"))
                .map(line -> line.strip().replaceFirst(":$", ""))
                .toList();
    }
}
