package se.ambassadorsportalen.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The organisation's profile and the database backups through the API: only admins read or change
 * them (the role matrix, allowed and refused), a colour pair below WCAG AA is refused at its field
 * in the caller's language, an SVG logo is served cleaned and under a policy that runs nothing, and
 * everyone (signed in or not) gets the theme's colours.
 */
@ExtendWith(ArquillianExtension.class)
class OrganisationProfileApiIT {

    private static final String PROFILE = "/api/v1/admin/organisation/profile";
    private static final String BACKUPS = "/api/v1/admin/backups";
    private static final List<String> NOT_ADMINS = List.of("eva", "magnus", "petra", "hanna", "klara");
    /** The profile's JSON as clients know it: never the logo's bytes (JSON-B leaves out fields that are null). */
    private static final List<String> FIELDS = List.of(
            "version",
            "name",
            "headerColour",
            "headerTextColour",
            "accentColour",
            "contactEmail",
            "pressEmail",
            "phone",
            "careersUrl",
            "languages",
            "defaultLanguage",
            "logoType");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.modules();
    }

    @ArquillianResource
    URL base;

    @Test
    void onlyAdminsReadAndChangeTheProfileAndTheBackups() {
        Map<String, String> outcomes = new LinkedHashMap<>();
        for (String user : NOT_ADMINS) {
            Api api = Api.as(base, user);
            outcomes.put(user + " GET profile", api.get(PROFILE).outcome());
            outcomes.put(user + " PUT profile", api.put(PROFILE, "{}").outcome());
            outcomes.put(
                    user + " PUT logo",
                    api.send(PROFILE + "/logo", "PUT", "image/svg+xml", svg("x"))
                            .outcome());
            outcomes.put(user + " GET backups", api.get(BACKUPS).outcome());
            outcomes.put(user + " POST backups", api.post(BACKUPS, "").outcome());
        }
        Api anonymous = Api.anonymous(base);
        outcomes.put("anonymous GET profile", anonymous.get(PROFILE).outcome());
        outcomes.put("anonymous POST backups", anonymous.post(BACKUPS, "").outcome());
        Api admin = Api.as(base, "admin");
        outcomes.put("admin GET profile", admin.get(PROFILE).outcome());
        outcomes.put("admin GET backups", admin.get(BACKUPS).outcome());

        Map<String, String> expected = new LinkedHashMap<>();
        for (String user : NOT_ADMINS) {
            for (String call : List.of(" GET profile", " PUT profile", " PUT logo", " GET backups", " POST backups")) {
                expected.put(user + call, Api.BY_ROLE);
            }
        }
        expected.put("anonymous GET profile", "401");
        expected.put("anonymous POST backups", "401");
        expected.put("admin GET profile", "200");
        expected.put("admin GET backups", "200");
        assertThat(outcomes).containsExactlyEntriesOf(expected);
    }

    @Test
    void aColourPairBelowFourAndAHalfToOneIsRefusedAtItsFieldInTheCallersLanguage() {
        JsonObject profile = Api.as(base, "admin").get(PROFILE).json();
        String change = changed(profile, "#0b3d91", "#3060b0", "#0b5cad");

        Api.Reply swedish = Api.as(base, "admin").inLanguage("sv").put(PROFILE, change);
        Api.Reply english = Api.as(base, "admin").inLanguage("en").put(PROFILE, change);

        assertThat(swedish.status()).as(swedish.toString()).isEqualTo(400);
        assertThat(swedish.json().getString("field")).isEqualTo("headerTextColour");
        assertThat(swedish.json().getString("detail")).contains("Kontrasten är").contains("4.5:1");
        assertThat(english.json().getString("detail")).contains("The contrast is");
        assertThat(Api.as(base, "admin").get(PROFILE).json().getString("headerTextColour"))
                .isEqualTo(profile.getString("headerTextColour"));
    }

    @Test
    void everyoneGetsTheThemesColoursAndAnAdminsChangeShowsAtOnce() {
        Api admin = Api.as(base, "admin");
        JsonObject before = admin.get(PROFILE).json();
        try {
            Api.Reply saved = admin.put(PROFILE, changed(before, "#1a4d2e", "#ffffff", "#2e6b3f"));
            assertThat(saved.status()).as(saved.toString()).isEqualTo(200);

            Api.Reply theme = Api.anonymous(base)
                    .get("/public/brand/theme.css?v=" + saved.json().getInt("version"));
            assertThat(theme.status()).isEqualTo(200);
            assertThat(theme.contentType()).startsWith("text/css");
            assertThat(theme.body()).contains("--portal-header: #1a4d2e;").contains("--portal-accent: #2e6b3f;");
            assertThat(Api.anonymous(base).get("/login.xhtml").body())
                    .contains("/public/brand/theme.css?v=" + saved.json().getInt("version"));
        } finally {
            JsonObject now = admin.get(PROFILE).json();
            admin.put(
                    PROFILE,
                    changed(
                            now,
                            before.getString("headerColour"),
                            before.getString("headerTextColour"),
                            before.getString("accentColour")));
        }
    }

    @Test
    void anSvgLogoIsServedCleanedAndUnderAPolicyThatRunsNothing() {
        Api admin = Api.as(base, "admin");
        try {
            Api.Reply uploaded = admin.send(
                    PROFILE + "/logo",
                    "PUT",
                    "image/svg+xml",
                    svg("<script>alert(1)</script><rect width=\"10\" height=\"10\" onload=\"alert(2)\"/>"
                            + "<image href=\"https://evil.example/x.png\"/>"));
            assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(200);
            assertThat(uploaded.json().getString("logoType")).isEqualTo("image/svg+xml");
            assertThat(uploaded.json().keySet())
                    .as("the profile's fields, without the logo's bytes")
                    .isSubsetOf(FIELDS)
                    .contains("version", "name", "headerColour", "languages", "defaultLanguage", "logoType");

            Api.Reply logo = Api.anonymous(base)
                    .get("/public/brand/logo?v=" + uploaded.json().getInt("version"));
            assertThat(logo.status()).isEqualTo(200);
            assertThat(logo.contentType()).startsWith("image/svg+xml");
            assertThat(logo.body())
                    .contains("<rect")
                    .doesNotContain("script")
                    .doesNotContain("onload")
                    .doesNotContain("evil.example");

            Api.Reply notAnImage = admin.inLanguage("en")
                    .send(
                            PROFILE + "/logo",
                            "PUT",
                            "image/png",
                            "GIF89a not a logo".getBytes(StandardCharsets.US_ASCII));
            assertThat(notAnImage.status()).isEqualTo(400);
            assertThat(notAnImage.json().getString("field")).isEqualTo("logo");
            assertThat(notAnImage.json().getString("detail")).contains("SVG or PNG");
        } finally {
            admin.delete(PROFILE + "/logo");
        }
        assertThat(Api.anonymous(base).get("/public/brand/logo").status()).isEqualTo(404);
    }

    @Test
    void anAdminTakesABackupOnH2AndIsToldToUsePostgresqlsOwnToolsOnPostgresql() {
        Api admin = Api.as(base, "admin").inLanguage("en");
        boolean h2 = admin.get(BACKUPS).json().getBoolean("available");

        Api.Reply made = admin.post(BACKUPS, "");

        if (h2) {
            assertThat(made.status()).as(made.toString()).isEqualTo(201);
            assertThat(admin.get(BACKUPS).json().getJsonArray("items").getValuesAs(JsonObject.class))
                    .extracting(item -> item.getString("name"))
                    .contains(made.json().getString("name"));
        } else {
            assertThat(made.status()).as(made.toString()).isEqualTo(409);
            assertThat(made.json().getString("detail")).contains("PostgreSQL");
        }
    }

    private static byte[] svg(String body) {
        return ("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">" + body + "</svg>")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The profile as read, with other colours: every other field stays as it is. */
    static String changed(JsonObject profile, String header, String headerText, String accent) {
        return jakarta.json.Json.createObjectBuilder(profile)
                .add("headerColour", header)
                .add("headerTextColour", headerText)
                .add("accentColour", accent)
                .build()
                .toString();
    }
}
