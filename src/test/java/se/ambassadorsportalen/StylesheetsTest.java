package se.ambassadorsportalen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.organisation.control.ThemeCss;

/**
 * The portal's look comes from one palette and one type scale, the custom properties at the top of
 * portal.css, of which the organisation's profile overrides its colours (theme.css). A colour or a
 * font size written straight into a rule would stay the same whatever the organisation chose, and
 * drift from the rest: the new to-do list, badges, menus and breadcrumbs once did.
 */
class StylesheetsTest {

    private static final Path CSS = Path.of("src", "main", "webapp", "resources", "css");
    private static final Pattern ROOT = Pattern.compile(":root\\s*\\{([^}]*)}");
    private static final Pattern DEFINITION = Pattern.compile("(--portal-[a-z0-9-]+)\\s*:\\s*([^;]+);");
    private static final Pattern USE = Pattern.compile("var\\((--[a-z0-9-]+)");
    private static final Pattern COLOUR =
            Pattern.compile("#[0-9a-fA-F]{3,8}\\b|\\brgba?\\(|\\bhsla?\\(|:\\s*(white|black)\\b");
    private static final Pattern FONT_SIZE = Pattern.compile("font-size\\s*:\\s*([^;}]+)");

    /** Every style sheet, without its comments (they may name colours), by file name. */
    private static Map<String, String> sheets() throws IOException {
        Map<String, String> sheets = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(CSS)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".css")).sorted().toList()) {
                String css = Files.readString(file, StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
                sheets.put(file.getFileName().toString(), css);
            }
        }
        assertThat(sheets).containsKey("portal.css");
        return sheets;
    }

    /** The palette and type scale: the custom properties portal.css defines at its root. */
    private static Map<String, String> palette() throws IOException {
        Matcher root = ROOT.matcher(sheets().get("portal.css"));
        assertThat(root.find()).as("portal.css starts with its :root palette").isTrue();
        Map<String, String> defined = new LinkedHashMap<>();
        Matcher definition = DEFINITION.matcher(root.group(1));
        while (definition.find()) {
            defined.put(definition.group(1), definition.group(2).trim());
        }
        return defined;
    }

    /** A sheet's rules: portal.css without its palette, module sheets whole. */
    private static String rules(String name, String css) {
        return "portal.css".equals(name) ? ROOT.matcher(css).replaceFirst("") : css;
    }

    @Test
    void everyColourIsAPaletteVariableSoTheOrganisationsColoursReachEveryModule() throws IOException {
        List<String> literal = new ArrayList<>();
        for (var sheet : sheets().entrySet()) {
            String[] lines = rules(sheet.getKey(), sheet.getValue()).split("\n");
            for (String line : lines) {
                if (COLOUR.matcher(line).find()) {
                    literal.add(sheet.getKey() + ": " + line.trim());
                }
            }
        }
        assertThat(literal)
                .as("colours written into rules instead of var(--portal-...)")
                .isEmpty();
    }

    @Test
    void everyFontSizeIsAStepOfTheOneTypeScale() throws IOException {
        List<String> outside = new ArrayList<>();
        for (var sheet : sheets().entrySet()) {
            Matcher size = FONT_SIZE.matcher(rules(sheet.getKey(), sheet.getValue()));
            while (size.find()) {
                String value = size.group(1).trim();
                if (!value.matches("var\\(--portal-font-[a-z0-9-]+\\)( !important)?|inherit")) {
                    outside.add(sheet.getKey() + ": font-size: " + value);
                }
            }
        }
        assertThat(outside).isEmpty();
    }

    @Test
    void thePagesHeadingIsTheLargestStepAndEachStepIsSmallerThanTheOneAbove() throws IOException {
        Map<String, String> palette = palette();
        List<Double> scale = new ArrayList<>();
        for (String step : List.of("h1", "h2", "h3", "body", "small")) {
            String value = palette.get("--portal-font-" + step);
            assertThat(value).as(step).isNotNull().endsWith("rem");
            scale.add(Double.parseDouble(value.replace("rem", "")));
        }
        assertThat(scale)
                .as("h1 > h2 > h3 (card headings) > body > small")
                .isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(scale).doesNotHaveDuplicates();
    }

    @Test
    void everyVariableTheSheetsUseIsDefinedInThePalette() throws IOException {
        Set<String> defined = palette().keySet();
        Set<String> undefined = new TreeSet<>();
        for (var sheet : sheets().entrySet()) {
            Matcher use = USE.matcher(sheet.getValue());
            while (use.find()) {
                if (!defined.contains(use.group(1))) {
                    undefined.add(sheet.getKey() + ": " + use.group(1));
                }
            }
        }
        assertThat(undefined).isEmpty();
    }

    @Test
    void theOrganisationsThemeOverridesOnlyColoursThePaletteDefines() throws IOException {
        Set<String> defined = palette().keySet();
        Matcher definition = DEFINITION.matcher(ThemeCss.of("#1a4d2e", "#ffffff", "#2e6b3f"));
        Set<String> themed = new TreeSet<>();
        while (definition.find()) {
            themed.add(definition.group(1));
        }
        assertThat(themed).isNotEmpty();
        assertThat(defined).containsAll(themed);
    }
}
