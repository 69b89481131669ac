package se.ambassadorsportalen.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The ambassador and relay REST API in the real server: who may call what, sign-up conflicts and
 * bad input, erasure on leaving, and two communicators confirming the same week at once.
 */
@ExtendWith(ArquillianExtension.class)
class AmbassadorApiIT {

    static final List<String> EVERY_DEMO_USER = List.of("eva", "magnus", "petra", "hanna", "klara", "admin");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.modules("ambassador");
    }

    @ArquillianResource
    URL base;

    static String signUpJson(String instagram) {
        return "{\"motivation\":\"Jag vill visa mitt arbete\",\"topics\":\"Akutsjukvård\",\"languages\":\"svenska, engelska\","
                + "\"contactOk\":true,\"channels\":[{\"channel\":\"INSTAGRAM\",\"handle\":\"" + instagram + "\"},"
                + "{\"channel\":\"LINKEDIN\"}]}";
    }

    /** Makes {@code user} a fresh applicant, whatever an earlier run left behind. */
    long freshApplicant(String user) {
        Api api = Api.as(base, user);
        api.delete("/api/v1/ambassadors/me");
        Api.Reply reply = api.post("/api/v1/ambassadors/me", signUpJson(user + ".ambassador"));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().getJsonNumber("id").longValue();
    }

    long activeAmbassador(String user) {
        long id = freshApplicant(user);
        Api.Reply accepted =
                Api.as(base, "klara").post("/api/v1/ambassadors/" + id + "/acceptance", "{\"reason\":\"Välkommen\"}");
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        return id;
    }

    /**
     * Completes every relay module, trying every combination of the quiz options in turn (a failed
     * attempt changes nothing).
     */
    void trainForRelay(String user) {
        Api api = Api.as(base, user);
        for (JsonValue value : api.get("/api/v1/training/modules").jsonArray()) {
            JsonObject module = value.asJsonObject();
            if (!module.getJsonArray("purposes").toString().contains("RELAY")) {
                continue;
            }
            String path =
                    "/api/v1/training/modules/" + module.getJsonNumber("id").longValue() + "/completion";
            List<Integer> sizes = module.getJsonArray("questions").getValuesAs(JsonObject.class).stream()
                    .map(q -> q.getJsonArray("options").size())
                    .toList();
            boolean done = false;
            for (List<Integer> answers : combinations(sizes)) {
                if (api.post(path, "{\"answers\":" + answers + "}").status() == 204) {
                    done = true;
                    break;
                }
            }
            assertThat(done).as("completed " + module).isTrue();
        }
    }

    /** Every way to answer questions with the given numbers of options (one empty answer list for no questions). */
    static List<List<Integer>> combinations(List<Integer> sizes) {
        List<List<Integer>> all = new java.util.ArrayList<>();
        all.add(List.of());
        for (int size : sizes) {
            List<List<Integer>> longer = new java.util.ArrayList<>();
            for (List<Integer> start : all) {
                for (int option = 0; option < size; option++) {
                    List<Integer> next = new java.util.ArrayList<>(start);
                    next.add(option);
                    longer.add(next);
                }
            }
            all = longer;
        }
        return all;
    }

    @Test
    void aTwoQuestionModuleIsCompletedOnlyWithBothRightAndItsAnswersAreNeverShown() {
        activeAmbassador("emma");
        Api emma = Api.as(base, "emma");
        JsonObject relay = emma.get("/api/v1/training/modules").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("title").equals("Veckans instagrammare"))
                .findFirst()
                .orElseThrow();
        List<JsonObject> questions = relay.getJsonArray("questions").getValuesAs(JsonObject.class);
        assertThat(questions).hasSize(2);
        assertThat(questions).allSatisfy(q -> assertThat(q.keySet()).containsExactlyInAnyOrder("question", "options"));
        assertThat(relay.getInt("neededRight")).isEqualTo(2);
        String path = "/api/v1/training/modules/" + relay.getJsonNumber("id").longValue() + "/completion";

        Api.Reply unanswered = emma.post(path, "{\"answers\":[0]}");
        assertThat(unanswered.status()).as(unanswered.toString()).isEqualTo(400);
        assertThat(unanswered.json().getString("field")).isEqualTo("answers:1:answer");
        Api.Reply oneWrong = emma.post(path, "{\"answers\":[0,2]}");
        assertThat(oneWrong.status()).isEqualTo(400);
        assertThat(oneWrong.json().getString("detail")).contains("1 rätt av 2");
        Api.Reply legacy = emma.post(path, "{\"answer\":0}");
        assertThat(legacy.status())
                .as("a single answer counts as the first question's only")
                .isEqualTo(400);

        assertThat(emma.post(path, "{\"answers\":[0,1]}").status()).isEqualTo(204);
        assertThat(emma.post(path, "{\"answers\":[]}").status())
                .as("completing twice changes nothing")
                .isEqualTo(204);
    }

    static String freeFutureWeek(Api api) {
        for (int attempt = 0; attempt < 50; attempt++) {
            int year = ThreadLocalRandom.current().nextInt(2031, 2045);
            int week = ThreadLocalRandom.current().nextInt(1, 52);
            String iso = String.format("%04d-W%02d", year, week);
            LocalDate monday = LocalDate.of(year, 1, 4)
                    .with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                    .with(java.time.DayOfWeek.MONDAY);
            if (api.get("/api/v1/relay/weeks?from=" + monday + "&to=" + monday)
                    .jsonArray()
                    .isEmpty()) {
                return iso;
            }
        }
        throw new IllegalStateException("no free week found");
    }

    @Test
    void everyEndpointLetsInTheRightRolesAndRefusesTheOthers() {
        for (String user : EVERY_DEMO_USER) {
            Api api = Api.as(base, user);
            boolean employee = !user.equals("admin");
            boolean directory = user.equals("klara") || user.equals("petra");
            boolean communicator = user.equals("klara");
            boolean manager = user.equals("magnus");

            // an employee gets in and is told what is wrong (no motivation, or already signed up)
            assertThat(api.post("/api/v1/ambassadors/me", "{}").outcome())
                    .as(user + " sign up")
                    .isIn(employee ? List.of("400", "409") : List.of(Api.BY_ROLE));
            assertThat(api.get("/api/v1/ambassadors/me").outcome())
                    .as(user + " me")
                    .isIn(employee ? List.of("200", "404") : List.of(Api.BY_ROLE));
            if (!employee || user.equals("hanna")) {
                assertThat(api.delete("/api/v1/ambassadors/me").outcome())
                        .as(user + " leave")
                        .isEqualTo(employee ? "404" : Api.BY_ROLE);
            }
            assertThat(api.get("/api/v1/ambassadors?profession=Sjuk").outcome())
                    .as(user + " directory")
                    .isEqualTo(directory ? "200" : Api.BY_ROLE);
            assertThat(api.get("/api/v1/ambassadors/coverage").outcome())
                    .as(user + " coverage")
                    .isEqualTo(directory ? "200" : Api.BY_ROLE);
            assertThat(api.get("/api/v1/ambassadors/applications").outcome())
                    .as(user + " applications")
                    .isEqualTo(communicator ? "200" : Api.BY_ROLE);
            assertThat(api.post("/api/v1/ambassadors/1/acceptance", "{}").outcome())
                    .as(user + " accept")
                    .isEqualTo(communicator ? "404" : Api.BY_ROLE);
            assertThat(api.post("/api/v1/ambassadors/1/endorsement", "{\"text\":\"x\"}")
                            .outcome())
                    .as(user + " endorse")
                    .isEqualTo(manager ? "404" : Api.BY_ROLE);
            assertThat(api.get("/api/v1/relay/weeks?from=2026-01-01&to=2026-03-01")
                            .outcome())
                    .as(user + " rota")
                    .isEqualTo("200");
            assertThat(api.post("/api/v1/relay/weeks/2040-W10/requests", "").outcome())
                    .as(user + " request week")
                    .isIn(employee ? List.of("201", Api.BY_RULE, "404", "409") : List.of(Api.BY_ROLE));
            assertThat(api.post("/api/v1/relay/weeks/2040-W11/guideline", "").outcome())
                    .as(user + " guideline")
                    .isIn(employee ? List.of(Api.BY_RULE, "404") : List.of(Api.BY_ROLE));
            assertThat(api.post("/api/v1/relay/weeks/2040-W11/handover", "{}").outcome())
                    .as(user + " handover")
                    .isEqualTo(communicator ? "404" : Api.BY_ROLE);
            assertThat(api.get("/api/v1/relay/requests").outcome())
                    .as(user + " open requests")
                    .isEqualTo(communicator ? "200" : Api.BY_ROLE);
            assertThat(api.post("/api/v1/relay/requests/1/move", "{\"isoWeek\":\"2040-W12\"}")
                            .outcome())
                    .as(user + " move")
                    .isEqualTo(communicator ? "404" : Api.BY_ROLE);
            assertThat(api.post("/api/v1/relay/requests/1/declination", "{\"reason\":\"x\"}")
                            .outcome())
                    .as(user + " decline week")
                    .isEqualTo(communicator ? "404" : Api.BY_ROLE);
            assertThat(api.post("/api/v1/ambassadors/1/declination", "{\"reason\":\"x\"}")
                            .outcome())
                    .as(user + " decline")
                    .isEqualTo(communicator ? "404" : Api.BY_ROLE);
            assertThat(api.get("/api/v1/ambassadors/1/photo").outcome())
                    .as(user + " photo")
                    .isEqualTo(employee ? "404" : Api.BY_ROLE);
            assertThat(api.send("/api/v1/ambassadors/me/photo", "PUT", "image/png", new byte[] {1})
                            .outcome())
                    .as(user + " upload")
                    .isIn(employee ? List.of("400", "404") : List.of(Api.BY_ROLE));
            assertThat(api.post("/api/v1/ambassadors/me/invitations", "{}").outcome())
                    .as(user + " invite")
                    .isIn(employee ? List.of("400", Api.BY_RULE, "404") : List.of(Api.BY_ROLE));
            assertThat(api.post("/api/v1/training/modules/1/completion", "{}").outcome())
                    .as(user + " complete training")
                    .isIn(employee ? List.of(Api.BY_RULE, "404") : List.of(Api.BY_ROLE));
            assertThat(api.post("/api/v1/relay/requests/1/confirmation", "").outcome())
                    .as(user + " confirm")
                    .isEqualTo(communicator ? "404" : Api.BY_ROLE);
            assertThat(api.get("/api/v1/training/modules").outcome())
                    .as(user + " training")
                    .isEqualTo(employee ? "200" : Api.BY_ROLE);
        }
        Api anonymous = Api.anonymous(base);
        for (String path : List.of(
                "/api/v1/ambassadors/me",
                "/api/v1/ambassadors",
                "/api/v1/ambassadors/coverage",
                "/api/v1/relay/weeks",
                "/api/v1/training/modules")) {
            assertThat(anonymous.get(path).status()).as(path).isEqualTo(401);
        }
        assertThat(anonymous.post("/api/v1/relay/weeks/2040-W10/requests", "").status())
                .isEqualTo(401);
    }

    @Test
    void signingUpTwiceIsAClearConflictAndTheFirstSignUpIsKept() {
        long id = freshApplicant("peter");
        Api peter = Api.as(base, "peter").inLanguage("en");

        Api.Reply again = peter.post("/api/v1/ambassadors/me", signUpJson("another.handle"));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().getString("detail")).contains("already signed up");
        JsonObject me = peter.get("/api/v1/ambassadors/me").json();
        assertThat(me.getJsonNumber("id").longValue()).isEqualTo(id);
        assertThat(me.getJsonArray("channels").getJsonObject(0).getString("handle"))
                .isEqualTo("peter.ambassador");
    }

    @Test
    void badHandlesAndBadPhotosAreRefusedWithAMessageAndNothingIsLost() throws Exception {
        Api jonas = Api.as(base, "jonas").inLanguage("en");
        jonas.delete("/api/v1/ambassadors/me");

        Api.Reply badHandle = jonas.post("/api/v1/ambassadors/me", signUpJson("jonas<script>"));
        assertThat(badHandle.status()).isEqualTo(400);
        assertThat(badHandle.json().getString("detail")).contains("cannot be used on Instagram");
        assertThat(jonas.get("/api/v1/ambassadors/me").status()).isEqualTo(404);

        freshApplicant("jonas");
        Api.Reply notImage = jonas.send(
                "/api/v1/ambassadors/me/photo",
                "PUT",
                "image/png",
                "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8));
        assertThat(notImage.status()).isEqualTo(400);
        assertThat(notImage.json().getString("detail")).contains("not a picture");

        Api.Reply tooBig =
                jonas.send("/api/v1/ambassadors/me/photo", "PUT", "image/jpeg", new byte[5 * 1024 * 1024 + 10]);
        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(tooBig.json().getString("detail")).contains("too large");

        Api.Reply good = jonas.send("/api/v1/ambassadors/me/photo", "PUT", "image/png", png());
        assertThat(good.status()).as(good.toString()).isEqualTo(200);
        assertThat(jonas.get("/api/v1/ambassadors/me").json().getBoolean("photo"))
                .isTrue();
        assertThat(jonas.get("/api/v1/ambassadors/me").json().getString("motivation"))
                .isEqualTo("Jag vill visa mitt arbete");
    }

    @Test
    void leavingErasesTheProfileTrainingAndPhotoAndFreesTheSignUp() throws Exception {
        long id = activeAmbassador("isak");
        Api isak = Api.as(base, "isak");
        assertThat(Api.as(base, "admin")
                        .get("/api/v1/admin/outbox?to=magnus@fjallmark.example")
                        .body())
                .as("the manager is told by mail")
                .contains("Isak Lindgren vill bli ambassadör");
        assertThat(isak.send("/api/v1/ambassadors/me/photo", "PUT", "image/png", png())
                        .status())
                .isEqualTo(200);
        trainForRelay("isak");
        assertThat(isak.get("/api/v1/ambassadors/me").json().getBoolean("trainedForRelay"))
                .isTrue();
        Api klara = Api.as(base, "klara");
        assertThat(klara.get("/api/v1/ambassadors/" + id + "/photo").status()).isEqualTo(200);
        assertThat(klara.get("/api/v1/ambassadors?unit=Medicinavdelning&topic=Akut&size=200")
                        .body())
                .contains("Isak Lindgren");

        assertThat(isak.delete("/api/v1/ambassadors/me").status()).isEqualTo(204);

        assertThat(isak.get("/api/v1/ambassadors/me").status()).isEqualTo(404);
        assertThat(klara.get("/api/v1/ambassadors/" + id + "/photo").status()).isEqualTo(404);
        assertThat(klara.get("/api/v1/ambassadors?size=200").body()).doesNotContain("Isak Lindgren");
        assertThat(klara.get("/api/v1/ambassadors?status=LEFT&size=200").body()).doesNotContain("Isak");

        long again = freshApplicant("isak");
        assertThat(again).isNotEqualTo(id);
        assertThat(isak.get("/api/v1/ambassadors/me").json().getBoolean("trainedForRelay"))
                .isFalse();
        isak.delete("/api/v1/ambassadors/me");
    }

    @Test
    void anUntrainedAmbassadorPastWeeksAndTakenWeeksAreRefused() {
        activeAmbassador("yasmin");
        Api yasmin = Api.as(base, "yasmin").inLanguage("en");
        String week = freeFutureWeek(yasmin);

        Api.Reply untrained = yasmin.post("/api/v1/relay/weeks/" + week + "/requests", "");
        assertThat(untrained.outcome()).isEqualTo(Api.BY_RULE);
        assertThat(untrained.json().getString("detail")).contains("Finish the training");

        trainForRelay("yasmin");
        Api.Reply past = yasmin.post("/api/v1/relay/weeks/2020-W10/requests", "");
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.json().getString("detail")).contains("already begun");
        assertThat(yasmin.post("/api/v1/relay/weeks/2020-W99/requests", "").status())
                .isEqualTo(400);

        Api.Reply requested = yasmin.post("/api/v1/relay/weeks/" + week + "/requests", "");
        assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
        assertThat(yasmin.post("/api/v1/relay/weeks/" + week + "/requests", "").status())
                .isEqualTo(409);
        long request = requested.json().getJsonNumber("id").longValue();
        assertThat(Api.as(base, "klara")
                        .post("/api/v1/relay/requests/" + request + "/confirmation", "")
                        .status())
                .isEqualTo(200);

        activeAmbassador("rasmus");
        trainForRelay("rasmus");
        Api.Reply taken = Api.as(base, "rasmus").inLanguage("en").post("/api/v1/relay/weeks/" + week + "/requests", "");
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.json().getString("detail")).contains("already confirmed");

        yasmin.delete("/api/v1/ambassadors/me");
        Api.as(base, "rasmus").delete("/api/v1/ambassadors/me");
    }

    @Test
    void programmeAndRelayMailGoesInTheLanguageEachRecipientsAccountChoseWithDatesWrittenInIt() throws Exception {
        ProfileChange.withDanishOffered(base, () -> {
            WebSession david = WebSession.signIn(base, "david", Api.DEMO_PASSWORD);
            david.get("/index.xhtml?lang=da");
            try {
                activeAmbassador("david");
                trainForRelay("david");
                String week = freeFutureWeek(Api.as(base, "david"));
                Api.Reply requested = Api.as(base, "david").post("/api/v1/relay/weeks/" + week + "/requests", "");
                assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
                Api.Reply confirmed = Api.as(base, "klara")
                        .post(
                                "/api/v1/relay/requests/"
                                        + requested.json().getJsonNumber("id").longValue() + "/confirmation",
                                "");
                assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);

                LocalDate monday = LocalDate.parse(week + "-1", java.time.format.DateTimeFormatter.ISO_WEEK_DATE);
                String toDavid = Api.as(base, "admin")
                        .get("/api/v1/admin/outbox?to=david@fjallmark.example")
                        .body();
                assertThat(toDavid)
                        .as("David chose Danish")
                        .contains("Velkommen som ambassadør")
                        .contains("Du er ugens instagrammer i uge " + week)
                        .contains("(fra " + monday.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"))
                                + ")")
                        .doesNotContain("Välkommen som ambassadör")
                        .doesNotContain("(fra " + monday + ")");
                assertThat(Api.as(base, "admin")
                                .get("/api/v1/admin/outbox?to=anders@fjallmark.example")
                                .body())
                        .as("his manager never chose a language: the organisation's Swedish")
                        .contains("David Eriksson vill bli ambassadör");
            } finally {
                david.get("/index.xhtml?lang=sv");
                Api.as(base, "david").delete("/api/v1/ambassadors/me");
            }
        });
    }

    @Test
    void twoCommunicatorsConfirmingDifferentPeopleForOneWeekAtOnceHaveExactlyOneWinner() throws Exception {
        activeAmbassador("julia");
        activeAmbassador("felix");
        trainForRelay("julia");
        trainForRelay("felix");
        for (int round = 0; round < 3; round++) {
            String week = freeFutureWeek(Api.as(base, "julia"));
            long juliaRequest = Api.as(base, "julia")
                    .post("/api/v1/relay/weeks/" + week + "/requests", "")
                    .json()
                    .getJsonNumber("id")
                    .longValue();
            long felixRequest = Api.as(base, "felix")
                    .post("/api/v1/relay/weeks/" + week + "/requests", "")
                    .json()
                    .getJsonNumber("id")
                    .longValue();

            CountDownLatch start = new CountDownLatch(1);
            CompletableFuture<Api.Reply> byKlara = CompletableFuture.supplyAsync(() -> {
                await(start);
                return Api.as(base, "klara")
                        .inLanguage("en")
                        .post("/api/v1/relay/requests/" + juliaRequest + "/confirmation", "");
            });
            CompletableFuture<Api.Reply> bySofia = CompletableFuture.supplyAsync(() -> {
                await(start);
                return Api.as(base, "sofia")
                        .inLanguage("en")
                        .post("/api/v1/relay/requests/" + felixRequest + "/confirmation", "");
            });
            start.countDown();
            List<Api.Reply> replies = List.of(byKlara.get(), bySofia.get());

            assertThat(replies)
                    .extracting(Api.Reply::status)
                    .as(replies.toString())
                    .containsExactlyInAnyOrder(200, 409);
            Api.Reply loser =
                    replies.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
            assertThat(loser.json().getString("detail")).containsAnyOf("already confirmed", "just before you");
            Api.Reply winner =
                    replies.stream().filter(r -> r.status() == 200).findFirst().orElseThrow();
            LocalDate monday = java.time.LocalDate.parse(week + "-1", java.time.format.DateTimeFormatter.ISO_WEEK_DATE);
            JsonObject row = Api.as(base, "eva")
                    .get("/api/v1/relay/weeks?from=" + monday + "&to=" + monday)
                    .jsonArray()
                    .getJsonObject(0);
            assertThat(row.getString("state")).isEqualTo("CONFIRMED");
            assertThat(row.getString("instagrammer")).isEqualTo(winner.json().getString("instagrammer"));
        }
        Api.as(base, "julia").delete("/api/v1/ambassadors/me");
        Api.as(base, "felix").delete("/api/v1/ambassadors/me");
    }

    @Test
    void coverageFlagsShortageProfessionsWithFewAmbassadors() {
        JsonObject coverage =
                Api.as(base, "petra").get("/api/v1/ambassadors/coverage").json();

        // demo data: shortage professions are listed, and one with at most one ambassador is flagged
        assertThat(coverage.getJsonArray("flaggedShortages")).isNotEmpty();
        for (JsonValue value : coverage.getJsonArray("professions")) {
            JsonObject row = value.asJsonObject();
            boolean flagged = coverage.getJsonArray("flaggedShortages")
                    .toString()
                    .contains("\"" + row.getString("profession") + "\"");
            assertThat(row.getBoolean("flagged")).as(row.toString()).isEqualTo(flagged);
            assertThat(!row.getBoolean("flagged")
                            || row.getBoolean("shortage")
                                    && row.getJsonNumber("ambassadors").longValue() <= 1)
                    .as(row.toString())
                    .isTrue();
        }
        assertThat(coverage.getJsonArray("units")).isNotEmpty();
        assertThat(coverage.getJsonArray("administrations").toString()).contains("Folktandvården");
    }

    @Test
    void theDirectoryFiltersByChannelLanguageAndTown() {
        Api klara = Api.as(base, "klara");
        JsonObject instagram = klara.get("/api/v1/ambassadors?channel=instagram&town=Sjövik&size=200")
                .json();
        assertThat(instagram.getJsonArray("items").toString())
                .contains("Linnea Strand")
                .doesNotContain("Nadia");
        JsonObject arabic =
                klara.get("/api/v1/ambassadors?language=arabiska&size=200").json();
        assertThat(arabic.getJsonArray("items").toString())
                .contains("Ahmed Yusuf")
                .doesNotContain("Linnea");
        assertThat(klara.get("/api/v1/ambassadors?channel=myspace").status()).isEqualTo(400);
    }

    /** Four employees no other ambassador test or demo ambassador uses, sorted by last name. */
    static final List<String> DIRECTORY_APPLICANTS = List.of("cecilia", "stina", "ulrika", "tobias");

    @Test
    void theDirectoryCountsEveryAmbassadorItFindsAndPagesThroughThemByName() {
        String topic = "katalogprov-" + UUID.randomUUID();
        try {
            for (String user : DIRECTORY_APPLICANTS) {
                Api api = Api.as(base, user);
                api.delete("/api/v1/ambassadors/me");
                Api.Reply applied = api.post(
                        "/api/v1/ambassadors/me",
                        "{\"motivation\":\"Jag vill visa mitt arbete\"," + "\"topics\":\"" + topic
                                + "\",\"contactOk\":true,\"channels\":[{\"channel\":\"LINKEDIN\"}]}");
                assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
            }
            Api klara = Api.as(base, "klara");
            String search = "/api/v1/ambassadors?topic=" + topic + "&status=APPLIED&size=3";

            JsonObject first = klara.get(search + "&first=0").json();
            JsonObject second = klara.get(search + "&first=3").json();

            assertThat(first.getJsonNumber("total").longValue()).isEqualTo(4);
            assertThat(second.getJsonNumber("total").longValue()).isEqualTo(4);
            assertThat(first.getJsonArray("items").getValuesAs(JsonObject.class))
                    .extracting(a -> a.getString("name"))
                    .containsExactly("Cecilia Borg", "Stina Ekberg", "Ulrika Engström");
            assertThat(second.getJsonArray("items").getValuesAs(JsonObject.class))
                    .extracting(a -> a.getString("name"))
                    .containsExactly("Tobias Lundgren");
        } finally {
            DIRECTORY_APPLICANTS.forEach(user -> Api.as(base, user).delete("/api/v1/ambassadors/me"));
        }
    }

    /**
     * The directory page shows the API's first page by name, row for row, to both roles that may search
     * it; a change of an ambassador's channels alone, and leaving, show on the very next page (the page
     * kept for other readers is forgotten when an ambassador is written).
     */
    @Test
    void theDirectoryPageShowsTheFirstPageByNameAndAnAmbassadorsChangeOnTheNextView() {
        Api johan = Api.as(base, "johan");
        johan.delete("/api/v1/ambassadors/me");
        try {
            Api.Reply applied = johan.post("/api/v1/ambassadors/me", signUpJson("johan.first"));
            assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
            List<String> byName = Api.as(base, "klara")
                    .get("/api/v1/ambassadors?size=20")
                    .json()
                    .getJsonArray("items")
                    .getValuesAs(JsonObject.class)
                    .stream()
                    .map(a -> a.getString("name"))
                    .toList();
            assertThat(byName).as("Johan Andersson sorts onto the first page").contains("Johan Andersson");
            WebSession klara = WebSession.signIn(base, "klara", Api.DEMO_PASSWORD);
            WebSession petra = WebSession.signIn(base, "petra", Api.DEMO_PASSWORD);

            for (WebSession reader : List.of(klara, petra)) {
                String page = directoryTable(reader);
                assertThat(page).contains("Instagram @johan.first");
                int before = -1;
                for (String name : byName) {
                    int at = page.indexOf(name, before + 1);
                    assertThat(at).as(name + " after the row before it").isGreaterThan(before);
                    before = at;
                }
            }

            Api.Reply changed = johan.put(
                    "/api/v1/ambassadors/me?version="
                            + applied.json().getJsonNumber("version").longValue(),
                    signUpJson("johan.second"));
            assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
            assertThat(directoryTable(petra))
                    .contains("Instagram @johan.second")
                    .doesNotContain("johan.first");

            assertThat(johan.delete("/api/v1/ambassadors/me").status()).isEqualTo(204);
            assertThat(directoryTable(klara)).doesNotContain("Johan Andersson");
        } finally {
            johan.delete("/api/v1/ambassadors/me");
        }
    }

    /** The directory page's table, from its start to the end of its rows. */
    private static String directoryTable(WebSession reader) {
        Api.Reply page = reader.get("/ambassador/directory/directory.xhtml");
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        String html = page.body();
        int table = html.indexOf("tableForm:ambassadors_data");
        assertThat(table).as("the directory's rows").isPositive();
        return html.substring(table);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] png() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
