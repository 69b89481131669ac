package se.ambassadorsportalen.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The pages ask for roles one way: through {@link CallerRoles}, by names the portal has. */
class PageRoleChecksTest {

    private static final Path PAGES = Path.of("src/main/webapp");
    private static final Pattern HOLDS = Pattern.compile("callerRoles\\.holds\\('([^']*)'\\)");

    @Test
    void noPageAsksTheRequestForARoleItself() {
        assertThat(pages().entrySet().stream()
                        .filter(page -> page.getValue().contains("isUserInRole"))
                        .map(Map.Entry::getKey))
                .as("pages that ask request.isUserInRole instead of callerRoles.holds")
                .isEmpty();
    }

    @Test
    void everyRoleAPageAsksForIsOneThePortalHas() {
        List<String> roles = Arrays.stream(Role.values()).map(Role::name).toList();
        List<String> asked = new ArrayList<>();
        pages().values().forEach(text -> {
            Matcher holds = HOLDS.matcher(text);
            while (holds.find()) {
                asked.add(holds.group(1));
            }
        });

        assertThat(asked).as("the role checks found in the pages").isNotEmpty();
        assertThat(asked).allSatisfy(role -> assertThat(roles).contains(role));
    }

    private static Map<Path, String> pages() {
        try (Stream<Path> files = Files.walk(PAGES)) {
            return files.filter(file -> file.toString().endsWith(".xhtml"))
                    .collect(Collectors.toMap(file -> file, PageRoleChecksTest::read));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
