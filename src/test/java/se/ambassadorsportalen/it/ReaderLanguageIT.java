package se.ambassadorsportalen.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * admin API in Swedish, Danish and English; the policies, by the title each reader sees, through
 * the policy API. A picker offers the first matches of the reader's alphabet: the database orders
 * every match before it takes the first few. The header search words its hits' detail lines (a
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

    @Test
    void unitsSortedByKindPageByTheKindsNameInTheReadersLanguage() {
        Api admin = Api.as(base, "admin");
        String marker = "IT-KIND" + System.nanoTime() % 1_000_000L;
        Api.Reply administration = admin.post(
                "/api/v1/admin/units",
                "{\"code\":\"%s-A\",\"name\":\"Förvaltning %s\",\"kind\":\"ADMINISTRATION\"}"
                        .formatted(marker, marker));
        assertThat(administration.status()).as(administration.toString()).isEqualTo(201);
        Api.Reply unit = admin.post(
                "/api/v1/admin/units",
                "{\"code\":\"%s-U\",\"name\":\"Enhet %s\",\"kind\":\"UNIT\",\"parentId\":%d}"
                        .formatted(
                                marker,
                                marker,
                                administration.json().getJsonNumber("id").longValue()));
        assertThat(unit.status()).as(unit.toString()).isEqualTo(201);

        assertThat(kindsSorted(admin.inLanguage("sv"), marker))
                .as("Swedish: Enhet before Förvaltning")
                .containsExactly("UNIT", "ADMINISTRATION");
        assertThat(kindsSorted(admin.inLanguage("en"), marker))
                .as("English: Administration before Unit, the other way round")
                .containsExactly("ADMINISTRATION", "UNIT");
    }

    private static List<String> kindsSorted(Api api, String marker) {
        Api.Reply page = api.get("/api/v1/admin/units?sort=kind&size=" + PAGE + "&code=" + marker);
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return page.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(item -> item.getString("kind"))
                .toList();
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
    void policiesPageByTheTitleEachReaderSeesInTheAlphabetOfTheirLanguage() {
        String marker = "itcoll" + System.nanoTime() % 1_000_000L;
        List<String[]> titles = List.of(
                new String[] {"Östra riktlinjen", null},
                new String[] {"Aabenraaplanen", null},
                new String[] {"Ängsregler", null},
                new String[] {"Zonpolicy", "Area zones"},
                new String[] {"Åtaganden", null},
                new String[] {"akutrutiner", null});
        for (String[] title : titles) {
            String english = title[1] == null
                    ? ""
                    : ",\"titleEn\":\"%s\",\"bodyEn\":\"Code word %s.\"".formatted(title[1], marker);
            Api.Reply created =
                    Api.as(base, "klara").post("/api/v1/policies", """
                    {"type":"GUIDELINE","ownerName":"Webbchef","adoptedBy":"Kommunikationschefen",
                     "requiresAcknowledgement":false,"titleSv":"%s","bodySv":"Kodord %s.",
                     "validFrom":"2026-01-01"%s}""".formatted(title[0], marker, english));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
        }

        assertThat(policyTitles("sv", marker))
                .as("Swedish: å, ä, ö after z; aa is two a's")
                .containsExactly(
                        "Aabenraaplanen", "akutrutiner", "Zonpolicy", "Åtaganden", "Ängsregler", "Östra riktlinjen");
        assertThat(policyTitles("da", marker))
                .as("Danish readers see the Swedish titles in the Danish alphabet: æ (ä), ø (ö), å (aa) after z")
                .containsExactly(
                        "akutrutiner", "Zonpolicy", "Ängsregler", "Östra riktlinjen", "Aabenraaplanen", "Åtaganden");
        assertThat(policyTitles("en", marker))
                .as("English readers see the English title where there is one, the Nordic letters with a and o")
                .containsExactly(
                        "Aabenraaplanen", "akutrutiner", "Ängsregler", "Area zones", "Åtaganden", "Östra riktlinjen");
    }

    /** The titles of the policies that mention {@code marker}, read {@value #PAGE} at a time. */
    private List<String> policyTitles(String language, String marker) {
        Api eva = Api.as(base, "eva").inLanguage(language);
        List<String> titles = new ArrayList<>();
        for (int first = 0; ; first += PAGE) {
            Api.Reply page = eva.get("/api/v1/policies?q=" + marker + "&size=" + PAGE + "&first=" + first);
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            List<JsonObject> items = page.jsonArray().getValuesAs(JsonObject.class);
            items.forEach(policy -> titles.add(policy.getString("title")));
            if (items.size() < PAGE) {
                return titles;
            }
        }
    }

    /** As many as the people pickers offer ({@code UsersBacking}): one more match than that is left out. */
    private static final int SUGGESTIONS = 15;

    @Test
    void thePeoplePickerOffersTheFirstMatchesOfTheReadersAlphabet() throws Exception {
        String run = "ITC"
                + Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36 * 36), 36)
                        .toUpperCase();
        // a first name nobody else has: every match of it is one of these people
        String first = "Qv" + run.substring(3).toLowerCase().replaceAll("[0-9]", "x") + "ina";
        List<String> lastNames = new ArrayList<>(List.of("Öberg", "Aaberg", "Ängby", "Zorn", "Åkesson", "Berg"));
        while (lastNames.size() < SUGGESTIONS + 1) {
            lastNames.add("Mellin");
        }
        importStaff(Api.as(base, "admin"), run, first, lastNames);
        List<String> middle = java.util.Collections.nCopies(SUGGESTIONS + 1 - 6, "Mellin");

        ProfileChange.withDanishOffered(base, () -> {
            WebSession admin = WebSession.signIn(base, "admin", Api.DEMO_PASSWORD);
            try {
                assertThat(suggestedLastNames(admin, "sv", first))
                        .as("Swedish: Öberg, last of the Swedish alphabet, is the match left out")
                        .containsExactlyElementsOf(
                                concat(List.of("Aaberg", "Berg"), middle, List.of("Zorn", "Åkesson", "Ängby")));
                assertThat(suggestedLastNames(admin, "da", first))
                        .as("Danish: Åkesson (after Aaberg, aa being å) is the match left out")
                        .containsExactlyElementsOf(
                                concat(List.of("Berg"), middle, List.of("Zorn", "Ängby", "Öberg", "Aaberg")));
                assertThat(suggestedLastNames(admin, "en", first))
                        .as("English: Zorn is the match left out")
                        .containsExactlyElementsOf(
                                concat(List.of("Aaberg", "Åkesson", "Ängby", "Berg"), middle, List.of("Öberg")));
            } finally {
                admin.get("/index.xhtml?lang=sv"); // the switch saved the choice on the admin's account
            }
        });
    }

    @Test
    void theStaffWhoHaveNotAcknowledgedAreListedInTheReadersAlphabet() throws Exception {
        String run = "ITM"
                + Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36 * 36), 36)
                        .toUpperCase();
        Api admin = Api.as(base, "admin");
        importStaff(admin, run, "Moa", List.of("Öberg", "Aaberg", "Ängby", "Zorn", "Åkesson", "Berg"));
        Api.Reply units = admin.get("/api/v1/admin/units?code=" + run);
        assertThat(units.status()).as(units.toString()).isEqualTo(200);
        long unitId = units.json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();

        ProfileChange.withDanishOffered(base, () -> {
            WebSession hr = WebSession.signIn(base, "hanna", Api.DEMO_PASSWORD);
            try {
                assertThat(missingIn(hr, "sv", unitId))
                        .as("Swedish: å, ä, ö after z")
                        .containsExactly("Aaberg", "Berg", "Zorn", "Åkesson", "Ängby", "Öberg");
                assertThat(missingIn(hr, "da", unitId))
                        .as("Danish: ä as æ, ö as ø, then å, aa being å")
                        .containsExactly("Berg", "Zorn", "Ängby", "Öberg", "Aaberg", "Åkesson");
                assertThat(missingIn(hr, "en", unitId))
                        .as("English: the Nordic letters with a and o")
                        .containsExactly("Aaberg", "Åkesson", "Ängby", "Berg", "Öberg", "Zorn");
            } finally {
                hr.get("/index.xhtml?lang=sv"); // the switch saved the choice on the account
            }
        });
    }

    /**
     * {@code page} (with {@code query}) after the header's switch chose {@code language}: the switch
     * saves the choice and redirects, the page then speaks it.
     */
    private static Api.Reply inLanguage(WebSession session, String page, String query, String language) {
        Api.Reply chosen = session.get(page + "?lang=" + language);
        assertThat(chosen.status())
                .as("the switch redirects to the page: " + chosen)
                .isEqualTo(302);
        Api.Reply shown = session.get(page + query);
        assertThat(shown.status()).as(shown.toString()).isEqualTo(200);
        assertThat(shown.body()).as("the page speaks " + language).containsPattern("<html[^>]* lang=\"" + language);
        return shown;
    }

    private static final Pattern MISSING = Pattern.compile("<li>Moa ([^<]*)</li>");

    /** The last names on the coverage page's list of who in the unit has not acknowledged, in its order. */
    private static List<String> missingIn(WebSession session, String language, long unitId) {
        Api.Reply page = inLanguage(session, "/policy/coverage.xhtml", "?unit=" + unitId, language);
        int list = page.body().indexOf("id=\"missingPeople\"");
        assertThat(list).as("the unit's list is shown: " + page.body()).isPositive();
        List<String> lastNames = new ArrayList<>();
        Matcher person = MISSING.matcher(page.body().substring(list));
        while (person.find()) {
            lastNames.add(person.group(1));
        }
        return lastNames;
    }

    /** An administration {@code run} with one employee per last name, all called {@code first}, from an HR import. */
    private static void importStaff(Api admin, String run, String first, List<String> lastNames) {
        StringBuilder file = new StringBuilder("unit_code;unit_name;parent_code;merged_into;employee_number;"
                + "first_name;last_name;email;profession;manager;employment_ends\n");
        file.append(run).append(";Förvaltning ").append(run).append(";;;;;;;;;\n");
        for (int i = 0; i < lastNames.size(); i++) {
            file.append(run)
                    .append(";;;;")
                    .append(run)
                    .append('-')
                    .append(i)
                    .append(';')
                    .append(first)
                    .append(';')
                    .append(lastNames.get(i))
                    .append(";;Sjuksköterska;nej;\n");
        }
        Api.Reply imported = admin.send(
                "/api/v1/hr-import", "POST", "text/csv", file.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
    }

    private static List<String> concat(List<String> a, List<String> b, List<String> c) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        all.addAll(c);
        return all;
    }

    private static final Pattern SUGGESTION = Pattern.compile("data-item-label=\"([^\"]*)\"");

    /**
     * What the account form's person picker offers for {@code typed}, in the language the header's
     * switch chose: PrimeFaces' ajax query as the browser sends it, with the page's form, view state
     * and nonce. The last names, in the order offered.
     */
    private static List<String> suggestedLastNames(WebSession session, String language, String typed) {
        Api.Reply page = inLanguage(session, "/admin/users.xhtml", "", language);
        Map<String, String> post = new LinkedHashMap<>();
        post.put("jakarta.faces.partial.ajax", "true");
        post.put("jakarta.faces.source", "userForm:person");
        post.put("jakarta.faces.partial.execute", "userForm:person");
        post.put("jakarta.faces.partial.render", "userForm:person");
        post.put("userForm:person_query", typed);
        post.put("userForm", "userForm");
        post.putAll(FacesForm.of(page.body(), "userForm").values);
        post.put("jakarta.faces.ViewState", WebSession.viewStateOf(page));
        post.put("primefaces.nonce", WebSession.nonceOf(page));
        Api.Reply reply = session.postForm("/admin/users.xhtml", post, true);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        List<String> lastNames = new ArrayList<>();
        Matcher suggestion = SUGGESTION.matcher(reply.body());
        while (suggestion.find()) {
            String label = suggestion.group(1); // "Karin Åberg, Medicinavdelning 3": the name, then the unit
            String name = label.contains(", ") ? label.substring(0, label.indexOf(", ")) : label;
            lastNames.add(name.substring(name.indexOf(' ') + 1));
        }
        assertThat(lastNames).as(reply.body()).isNotEmpty();
        return lastNames;
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
