package se.ambassadorsportalen.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the reader's language decides beyond the bundles' texts. A list paged in the database sorts
 * names in the reader's alphabet on the database the build runs on (PostgreSQL, or H2 with
 * {@code -Dit.db=h2}), across page boundaries: the units, by name, read a few at a time through the
 * admin API in Swedish, Danish and English. The header search words its hits' detail lines (a
 * document's type, a status) in the reader's language, Danish included.
 */
@ExtendWith(ArquillianExtension.class)
class ReaderLanguageIT {

    private static final int PAGE = 4;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.modules("policy");
    }

    @ArquillianResource
    URL base;

    @Test
    void unitsSortedByNamePageInTheAlphabetOfTheReadersLanguage() {
        Api admin = Api.as(base, "admin");
        String marker = "IT-COLL" + System.nanoTime() % 1_000_000L;
        List<String> names = List.of("Östra vården", "Aabenraa", "Ängby", "Zon", "akuten", "Åby");
        JsonObject akuten = null;
        for (int i = 0; i < names.size(); i++) {
            Api.Reply created = admin.post(
                    "/api/v1/admin/units",
                    "{\"code\":\"%s-%d\",\"name\":\"%s\",\"kind\":\"ADMINISTRATION\"}"
                            .formatted(marker, i, names.get(i)));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            if (names.get(i).equals("akuten")) {
                akuten = created.json();
            }
        }

        assertThat(byName(admin.inLanguage("sv"), marker))
                .as("Swedish: å, ä, ö after z; aa is two a's")
                .containsExactly("Aabenraa", "akuten", "Zon", "Åby", "Ängby", "Östra vården");
        assertThat(byName(admin.inLanguage("da"), marker))
                .as("Danish: æ (and ä), ø (and ö), å (and aa) after z")
                .containsExactly("akuten", "Zon", "Ängby", "Östra vården", "Aabenraa", "Åby");
        assertThat(byName(admin.inLanguage("en"), marker))
                .as("English: the Nordic letters with a and o")
                .containsExactly("Aabenraa", "Åby", "akuten", "Ängby", "Östra vården", "Zon");

        Api.Reply renamed = admin.put(
                "/api/v1/admin/units/" + akuten.getJsonNumber("id").longValue(),
                "{\"version\":%d,\"details\":{\"code\":\"%s\",\"name\":\"Örby\",\"kind\":\"ADMINISTRATION\"}}"
                        .formatted(akuten.getJsonNumber("version").longValue(), akuten.getString("code")));
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(byName(admin.inLanguage("sv"), marker))
                .as("a renamed unit takes its new name's place")
                .containsExactly("Aabenraa", "Zon", "Åby", "Ängby", "Örby", "Östra vården");
    }

    /** The marked units' names, read {@value #PAGE} at a time by name. */
    private static List<String> byName(Api api, String marker) {
        List<String> names = new ArrayList<>();
        for (int first = 0; ; first += PAGE) {
            Api.Reply page =
                    api.get("/api/v1/admin/units?sort=name&size=" + PAGE + "&first=" + first + "&code=" + marker);
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            List<JsonObject> items = page.json().getJsonArray("items").getValuesAs(JsonObject.class);
            items.forEach(unit -> names.add(unit.getString("name")));
            if (items.size() < PAGE) {
                return names;
            }
        }
    }

    @Test
    void searchHitsOfPoliciesAreDescribedInTheReadersLanguageDanishIncluded() {
        assertThat(policyDetail("da")).startsWith("Politik, version ");
        assertThat(policyDetail("sv")).startsWith("Policy, version ");
        assertThat(policyDetail("en")).startsWith("Policy, version ");
    }

    /** The detail line of the demo's communication policy among an employee's search hits. */
    private String policyDetail(String language) {
        Api.Reply reply = Api.as(base, "eva").inLanguage(language).get("/api/v1/search?q=kommunikationspolicy");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().getJsonArray("groups").getValuesAs(JsonObject.class).stream()
                .flatMap(group -> group.getJsonArray("hits").getValuesAs(JsonObject.class).stream())
                .filter(hit -> hit.getString("path").startsWith("/policy/document.xhtml"))
                .filter(hit ->
                        List.of("Kommunikationspolicy", "Communication policy").contains(hit.getString("title")))
                .map(hit -> hit.getString("detail"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no hit of the communication policy: " + reply));
    }
}
