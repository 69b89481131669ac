package se.ambassadorsportalen.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The HR import in the real server through its REST surface, as the nightly job calls it: the
 * preview writes nothing, the same file twice changes nothing, a leaver keeps their stories and
 * loses their account while their waiting approval goes to the unit's new manager, units move and
 * merge with their staff, a bad file is refused with every line, and only admins and the HR_IMPORT
 * integration account may run it. Each test works under an administration of its own, which the
 * import treats as the whole of its file, so the tests never make each other's people leave.
 */
@ExtendWith(ArquillianExtension.class)
class HrImportIT {

    private static final AtomicInteger NUMBERS = new AtomicInteger();
    private static final String HEADER = "unit_code;unit_name;parent_code;merged_into;employee_number;first_name;"
            + "last_name;email;profession;manager;employment_ends\n";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.modules("policy", "story");
    }

    @ArquillianResource
    URL base;

    /** A code and employee numbers no other test uses. */
    private final String run =
            "IT" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();

    private String number() {
        return run + "-" + NUMBERS.incrementAndGet();
    }

    private static byte[] file(String... rows) {
        return (HEADER + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private String unit(String code, String name, String parent) {
        return code + ";" + name + ";" + (parent == null ? "" : parent) + ";;;;;;;;";
    }

    private String person(String unit, String number, String first, String last, boolean manager) {
        return unit + ";;;;" + number + ";" + first + ";" + last + ";;Sjuksköterska;" + (manager ? "ja" : "nej") + ";";
    }

    private Api.Reply send(Api api, String path, byte[] body) {
        return api.send("/api/v1/hr-import" + path, "POST", "text/csv", body);
    }

    private Api.Reply imported(byte[] body) {
        Api.Reply reply = send(Api.as(base, "admin"), "", body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply;
    }

    private JsonObject person(String number) {
        Api.Reply reply = Api.as(base, "admin").get("/api/v1/hr-import/people/" + number);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    private static long count(Api.Reply reply, String kind) {
        JsonObject counts = reply.json().getJsonObject("counts");
        return counts.containsKey(kind) ? counts.getJsonNumber(kind).longValue() : 0;
    }

    private long unitCount(String code) {
        return Api.as(base, "admin")
                .get("/api/v1/admin/units?code=" + code)
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(unit -> unit.getString("code").equals(code))
                .count();
    }

    private JsonObject unitByCode(String code) {
        return Api.as(base, "admin")
                .get("/api/v1/admin/units?code=" + code)
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(unit -> unit.getString("code").equals(code))
                .findFirst()
                .orElseThrow();
    }

    private String account(String number, List<String> roles) {
        String username = "it." + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply created = Api.as(base, "admin")
                .post(
                        "/api/v1/admin/users",
                        Json.createObjectBuilder()
                                .add("username", username)
                                .add("password", "long-enough-secret")
                                .add(
                                        "personId",
                                        person(number).getJsonNumber("id").longValue())
                                .add("roles", Json.createArrayBuilder(roles))
                                .build()
                                .toString());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return username;
    }

    @Test
    void thePreviewNamesEveryChangeAndWritesNothing() {
        String unit = run + "-MED";
        byte[] export = file(
                unit(run, "Förvaltning " + run, null),
                unit(unit, "Medicin", run),
                person(unit, number(), "Magnus", "Berg", true),
                person(unit, number(), "Eva", "Ek", false));

        Api.Reply preview = send(Api.as(base, "admin"), "/preview", export);

        assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
        assertThat(preview.json().getString("outcome")).isEqualTo("PREVIEW");
        assertThat(count(preview, "UNIT_NEW")).isEqualTo(2);
        assertThat(count(preview, "PERSON_NEW")).isEqualTo(2);
        assertThat(count(preview, "MANAGER_CHANGED")).isEqualTo(1);
        assertThat(preview.json().getJsonArray("changes").getValuesAs(JsonObject.class))
                .extracting(change -> change.getString("kind") + " " + change.getString("key"))
                .contains("UNIT_NEW " + run, "MANAGER_CHANGED " + unit);
        assertThat(unitCount(run)).as("nothing written").isZero();
    }

    @Test
    void theSameFileImportedTwiceChangesNothingTheSecondTime() {
        String unit = run + "-KIR";
        String eva = number();
        byte[] export = file(
                unit(run, "Förvaltning " + run, null),
                unit(unit, "Kirurgi", run),
                person(unit, number(), "Karin", "Lund", true),
                person(unit, eva, "Eva", "Ek", false));

        Api.Reply first = imported(export);
        Api.Reply second = send(Api.as(base, "admin"), "", export);

        assertThat(first.json().getString("outcome")).isEqualTo("IMPORTED");
        assertThat(second.status()).as(second.toString()).isEqualTo(200);
        assertThat(second.json().getString("outcome")).isEqualTo("UNCHANGED");
        assertThat(second.json().getJsonObject("counts").values())
                .allMatch(value -> value.toString().equals("0"));
        assertThat(person(eva).getString("unitCode")).isEqualTo(unit);
    }

    @Test
    void aLeaverKeepsTheirStoryLosesTheirAccountAndTheirWaitingApprovalGoesToTheUnitsNewManager() {
        String unit = run + "-AKU";
        String manager = number();
        String author = number();
        String successor = number();
        imported(file(
                unit(run, "Förvaltning " + run, null),
                unit(unit, "Akuten", run),
                person(unit, manager, "Magda", "Chef", true),
                person(unit, author, "Anna", "Skribent", false),
                person(unit, successor, "Sven", "Efter", false)));
        String managerLogin = account(manager, List.of("EMPLOYEE", "MANAGER"));
        String authorLogin = account(author, List.of("EMPLOYEE"));
        String successorLogin = account(successor, List.of("EMPLOYEE"));
        Api writer = Api.as(base, authorLogin, "long-enough-secret");
        Api.Reply story = writer.post(
                "/api/v1/stories",
                Json.createObjectBuilder()
                        .add("title", "Min dag på akuten " + run)
                        .add("body", "Jag trivs här. Vi hjälper varandra varje dag.")
                        .add("materialType", "STAFF_PORTRAIT")
                        .add("targetGroups", Json.createArrayBuilder().add("POTENTIAL_EMPLOYEES"))
                        .add("brands", Json.createArrayBuilder().add("CLOSE"))
                        .add("channels", Json.createArrayBuilder().add("WEB"))
                        .add("showFirstName", true)
                        .build()
                        .toString());
        assertThat(story.status()).as(story.toString()).isEqualTo(201);
        long storyId = story.json().getJsonNumber("id").longValue();
        Api.Reply submitted = writer.post("/api/v1/stories/" + storyId + "/submit", "{}");
        assertThat(submitted.status())
                .as("a manager without e-mail (none in this export) still gets the story: " + submitted)
                .isEqualTo(200);
        assertThat(submitted.json().getJsonObject("approver").getString("name")).isEqualTo("Magda Chef");

        Api.Reply left = imported(file(
                unit(run, "Förvaltning " + run, null),
                unit(unit, "Akuten", run),
                person(unit, author, "Anna", "Skribent", false),
                person(unit, successor, "Sven", "Efter", true)));

        assertThat(count(left, "PERSON_LEAVING")).isEqualTo(1);
        assertThat(left.json().getInt("approvalsHandedOver")).isEqualTo(1);
        JsonObject leaver = person(manager);
        assertThat(leaver.getString("leftOn")).isEqualTo(LocalDate.now().toString());
        assertThat(leaver.getBoolean("accountActive")).isFalse();
        assertThat(Api.as(base, managerLogin, "long-enough-secret")
                        .get("/api/v1/me")
                        .status())
                .isEqualTo(401);
        JsonObject kept = writer.get("/api/v1/stories/" + storyId).json();
        assertThat(kept.getString("status")).isEqualTo("SUBMITTED");
        assertThat(kept.getJsonObject("approver").getString("name")).isEqualTo("Sven Efter");
        assertThat(person(successor).getJsonArray("roles").toString()).contains("MANAGER");
        Api.Reply approved = Api.as(base, successorLogin, "long-enough-secret")
                .post("/api/v1/stories/" + storyId + "/approve", "{}");
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
    }

    @Test
    void aUnitMovesUnderAnotherParentAndAMergedUnitsStaffFollowIt() {
        String first = run + "-A";
        String second = run + "-B";
        String child = run + "-C";
        String nurse = number();
        imported(file(
                unit(run, "Förvaltning " + run, null),
                unit(first, "Enhet A", run),
                unit(second, "Enhet B", run),
                unit(child, "Enhet C", second),
                person(second, nurse, "Nora", "Flytt", false)));

        Api.Reply changed = imported(file(
                unit(run, "Förvaltning " + run, null),
                unit(first, "Enhet A", run),
                second + ";Enhet B;" + run + ";" + first + ";;;;;;;",
                unit(child, "Enhet C", first),
                person(first, nurse, "Nora", "Flytt", false)));

        assertThat(count(changed, "UNIT_MOVED")).isEqualTo(1);
        assertThat(count(changed, "UNIT_MERGED")).isEqualTo(1);
        assertThat(count(changed, "PERSON_MOVED")).isEqualTo(1);
        assertThat(unitByCode(child).getJsonNumber("parentId").longValue())
                .isEqualTo(unitByCode(first).getJsonNumber("id").longValue());
        assertThat(person(nurse).getString("unitCode")).isEqualTo(first);
    }

    @Test
    void aFileWithBadRowsIsRefusedWithEveryLineInTheCallersLanguageAndWritesNothing() {
        String unit = run + "-X";
        byte[] export = file(
                unit(run, "Förvaltning " + run, null),
                unit(unit, "Enhet", run),
                person(run + "-OKAND", number(), "Ola", "Okänd", false),
                unit + ";;;;" + number() + ";Eva;Ek;;;nej;31/12/2026");

        Api.Reply refused = send(Api.as(base, "admin").inLanguage("en"), "", export);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.json().getString("outcome")).isEqualTo("REJECTED");
        assertThat(refused.json().getJsonArray("problems").getValuesAs(JsonObject.class))
                .extracting(problem -> problem.getInt("line") + " " + problem.getString("key"))
                .containsExactlyInAnyOrder(
                        "5 organisation.hr.problem.dateInvalid", "4 organisation.hr.problem.unitUnknown");
        assertThat(refused.json().getJsonArray("problems").getJsonObject(0).getString("reason"))
                .doesNotContain("ÅÅÅÅ");
        assertThat(unitCount(run)).isZero();
    }

    @Test
    void onlyAdminsAndTheHrImportIntegrationAccountMayImport() {
        byte[] export = file(unit(run, "Förvaltning " + run, null));
        assertThat(send(Api.as(base, "eva"), "/preview", export).outcome()).isEqualTo(Api.BY_ROLE);
        assertThat(send(Api.as(base, "hanna"), "", export).outcome()).isEqualTo(Api.BY_ROLE);
        assertThat(send(Api.anonymous(base), "/preview", export).status()).isEqualTo(401);
        assertThat(Api.as(base, "eva").get("/api/v1/hr-import/people/none").outcome())
                .isEqualTo(Api.BY_ROLE);

        String username = "it.hr." + UUID.randomUUID().toString().substring(0, 6);
        Api.Reply created = Api.as(base, "admin").post("/api/v1/admin/users", """
                {"username":"%s","password":"long-enough-secret","roles":["HR_IMPORT"]}""".formatted(username));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Api.Reply token = Api.as(base, username, "long-enough-secret")
                .post("/api/v1/me/tokens", "{\"name\":\"Nattlig HR-import\",\"days\":30}");
        assertThat(token.status()).as(token.toString()).isEqualTo(201);
        Api job = Api.withToken(base, token.json().getString("secret"));

        Api.Reply preview = send(job, "/preview", export);
        assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
        assertThat(job.get("/api/v1/admin/users").outcome())
                .as("nothing but the import")
                .isEqualTo(Api.BY_ROLE);
        assertThat(job.get("/api/v1/stories").outcome()).isEqualTo(Api.BY_ROLE);
    }
}
