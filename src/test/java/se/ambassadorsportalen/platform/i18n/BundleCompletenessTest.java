package se.ambassadorsportalen.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every user-visible text exists in Swedish, English and Danish, and every key the views and
 * services use exists: a missing key would show the raw key to a user.
 */
class BundleCompletenessTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Map<String, String> VIEW_VARIABLES = Map.of(
            "msg",
            "platform",
            "orgMsg",
            "organisation",
            "policyMsg",
            "policy",
            "ambMsg",
            "ambassador",
            "storyMsg",
            "story",
            "pressMsg",
            "press",
            "recMsg",
            "recommendation",
            "fupMsg",
            "followup",
            "newsMsg",
            "news",
            "lobbyMsg",
            "lobbying");
    private static final Pattern VIEW_KEY = Pattern.compile("\\b(\\w+)\\['([A-Za-z][\\w.]*)'\\]");
    private static final Pattern LABEL_KEY = Pattern.compile("layout\\.label\\('([A-Za-z][\\w.]*)'\\)");
    private static final Pattern JAVA_KEY = Pattern.compile(
            "(?:invalidField\\(\"[^\"]*\",\\s*|PortalException\\.(?:invalid|notFound|conflict|forbidden)\\(|"
                    + "FacesMessages\\.(?:info|flashInfo|infoForTheRedirectedPage|text)\\(|FacesMessages\\.error\\([^,()]*,\\s*|"
                    + "Messages\\.text\\([^,()]*,\\s*)\\s*\"([a-z][\\w]*\\.[\\w.]+)\"");

    @ParameterizedTest(name = "every Swedish text has a text in {0} and the other way round")
    @ValueSource(strings = {"en", "da"})
    void everySwedishTextHasOneInTheOtherLanguagesAndTheOtherWayRound(String language) throws IOException {
        for (String base : bases()) {
            Set<String> swedish = load(RESOURCES.resolve(base + ".properties")).stringPropertyNames();
            Set<String> other = load(RESOURCES.resolve(base + "_" + language + ".properties"))
                    .stringPropertyNames();
            assertThat(new TreeSet<>(other)).as(language + " keys of " + base).isEqualTo(new TreeSet<>(swedish));
        }
    }

    /**
     * A Danish text left in Swedish is as wrong as a missing one. Many short texts are rightly the
     * same in both languages ("Status", "Kanal"), so only a copy with letters Danish never writes
     * (ä, ö) counts as left untranslated.
     */
    @Test
    void danishTextsAreNotSwedishLeftUntranslated() throws IOException {
        List<String> same = new ArrayList<>();
        for (String base : bases()) {
            Properties swedish = load(RESOURCES.resolve(base + ".properties"));
            Properties danish = load(RESOURCES.resolve(base + "_da.properties"));
            for (String key : swedish.stringPropertyNames()) {
                String text = swedish.getProperty(key);
                if (text.equals(danish.getProperty(key)) && text.chars().anyMatch(c -> "äöÄÖ".indexOf(c) >= 0)) {
                    same.add(base + ": " + key + "=" + text);
                }
            }
        }
        assertThat(same)
                .as("texts with Swedish letters copied unchanged into Danish")
                .isEmpty();
    }

    private static List<String> bases() throws IOException {
        List<String> bases = new ArrayList<>();
        try (Stream<Path> files = Files.list(RESOURCES.resolve("i18n"))) {
            files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".properties") && !n.contains("_"))
                    .forEach(n -> bases.add("i18n/" + n.replace(".properties", "")));
        }
        bases.add("ValidationMessages");
        return bases;
    }

    @Test
    void everyKeyAViewUsesExistsInItsBundle() throws IOException {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> views = Files.walk(Path.of("src/main/webapp"))) {
            for (Path view : views.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                String text = Files.readString(view);
                Matcher matcher = VIEW_KEY.matcher(text);
                while (matcher.find()) {
                    String bundle = VIEW_VARIABLES.get(matcher.group(1));
                    if (bundle != null && !bundle(bundle).containsKey(matcher.group(2))) {
                        missing.add(view + ": " + matcher.group(1) + "['" + matcher.group(2) + "']");
                    }
                }
                Matcher label = LABEL_KEY.matcher(text);
                while (label.find()) {
                    if (!Messages.exists(label.group(1))) {
                        missing.add(view + ": layout.label('" + label.group(1) + "')");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyKeyTheJavaCodeUsesExists() throws IOException {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = JAVA_KEY.matcher(Files.readString(source));
                while (matcher.find()) {
                    if (!Messages.exists(matcher.group(1))) {
                        missing.add(source.getFileName() + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static Properties bundle(String module) throws IOException {
        return load(RESOURCES.resolve("i18n/" + module + ".properties"));
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
