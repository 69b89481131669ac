package se.ambassadorsportalen.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.ambassadorsportalen.story.TestImages;

/**
 * The story module in the real server: approval by the right manager, no lost update, photos
 * stored without metadata, the public feed's twelve-month and consent rules, and who may call what.
 */
@ExtendWith(ArquillianExtension.class)
class StoryApiIT {

    /** Each test plans in its own future week, so the channels' daily limits never collide between tests. */
    private static final AtomicInteger WEEKS = new AtomicInteger(3);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.modules("policy", "story");
    }

    @ArquillianResource
    URL base;

    // ----- helpers --------------------------------------------------------------------------

    private static String json(JsonObjectBuilder builder) {
        return builder.build().toString();
    }

    private JsonObject createStory(String author, String title, String type, boolean withBrand) {
        var brands = Json.createArrayBuilder();
        if (withBrand) {
            brands.add("CLOSE");
        }
        Api.Reply reply = Api.as(base, author)
                .post(
                        "/api/v1/stories",
                        json(Json.createObjectBuilder()
                                .add("title", title)
                                .add("body", "Jag trivs här. Vi hjälper varandra varje dag.")
                                .add("materialType", type)
                                .add("targetGroups", Json.createArrayBuilder().add("POTENTIAL_EMPLOYEES"))
                                .add("brands", brands)
                                .add("channels", Json.createArrayBuilder().add("WEB"))
                                .add("showFirstName", true)));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json();
    }

    private static long id(JsonObject story) {
        return story.getJsonNumber("id").longValue();
    }

    private static long version(JsonObject story) {
        return story.getJsonNumber("version").longValue();
    }

    private JsonObject get(String user, long id) {
        Api.Reply reply = Api.as(base, user).get("/api/v1/stories/" + id);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    private Api.Reply step(String user, long id, String action, Long version, String comment) {
        JsonObjectBuilder body = Json.createObjectBuilder();
        if (version != null) {
            body.add("version", version);
        }
        if (comment != null) {
            body.add("comment", comment);
        }
        return Api.as(base, user).post("/api/v1/stories/" + id + "/" + action, json(body));
    }

    private long personId(String username) {
        return TestAccounts.personId(base, username);
    }

    private Api.Reply uploadPhoto(String user, long storyId, byte[] file, String fileName) {
        String boundary = "----story" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: image/jpeg\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"altText\"\r\n\r\n"
                        + "Två kollegor i korridoren\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8));
        return Api.as(base, user)
                .send(
                        "/api/v1/stories/" + storyId + "/photos",
                        "POST",
                        "multipart/form-data; boundary=" + boundary,
                        body.toByteArray());
    }

    /**
     * The Stockholm wall clock of a time the API sends: ISO-8601 with the offset it has in
     * Stockholm (the portal's zone), so the offset must be Stockholm's at that instant.
     */
    private static LocalDateTime wall(String sent) {
        OffsetDateTime time = OffsetDateTime.parse(sent);
        ZoneId stockholm = ZoneId.of("Europe/Stockholm");
        assertThat(time.getOffset()).as(sent).isEqualTo(stockholm.getRules().getOffset(time.toInstant()));
        return time.atZoneSameInstant(stockholm).toLocalDateTime();
    }

    private static LocalDateTime nextWeekday(int hour) {
        LocalDate monday =
                LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(WEEKS.getAndIncrement());
        return monday.plusDays(1).atTime(hour, 0);
    }

    private Api.Reply schedule(long id, String channel, LocalDateTime at, boolean confirm) {
        return Api.as(base, "klara")
                .post(
                        "/api/v1/stories/" + id + "/schedule",
                        json(Json.createObjectBuilder()
                                .add("channel", channel)
                                .add("at", at.toString())
                                .add("confirm", confirm)));
    }

    private JsonObject approvedStory(String title) {
        return approvedStory(title, "STAFF_PORTRAIT");
    }

    private JsonObject approvedStory(String title, String type) {
        JsonObject story = createStory("eva", title, type, true);
        assertThat(step("eva", id(story), "submit", null, null).status()).isEqualTo(200);
        assertThat(step("magnus", id(story), "approve", null, null).status()).isEqualTo(200);
        return get("eva", id(story));
    }

    private List<String> publicTitles() {
        Api.Reply reply = Api.anonymous(base).get("/api/v1/public/portraits?size=100");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(item -> item.getString("title"))
                .toList();
    }

    // ----- approval -------------------------------------------------------------------------

    @Test
    void submittedStoryGoesToTheAuthorsManagerWhoApprovesIt() {
        JsonObject story = createStory("eva", "Min första vecka " + UUID.randomUUID(), "BRAG", true);

        Api.Reply submitted = step("eva", id(story), "submit", version(story), null);
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        assertThat(submitted.json().getJsonObject("approver").getString("name")).isEqualTo("Magnus Berg");
        assertThat(Api.as(base, "admin")
                        .get("/api/v1/admin/outbox?to=magnus@fjallmark.example")
                        .body())
                .contains(story.getString("title"));

        Api.Reply approved = step("magnus", id(story), "approve", version(submitted.json()), null);
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.json().getString("status")).isEqualTo("APPROVED");
        assertThat(approved.json().getJsonArray("history").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("action"))
                .containsExactly("CREATED", "SUBMITTED", "APPROVED");
    }

    @Test
    void managerCannotApproveOwnStoryItGoesToTheManagerAbove() {
        JsonObject story = createStory("magnus", "Chefens berättelse " + UUID.randomUUID(), "BRAG", true);
        Api.Reply submitted = step("magnus", id(story), "submit", null, null);
        assertThat(submitted.json().getJsonObject("approver").getString("name")).isEqualTo("Ingrid Åkesson");

        Api.Reply own = Api.as(base, "magnus").inLanguage("en").post("/api/v1/stories/" + id(story) + "/approve", "{}");
        assertThat(own.outcome())
                .as("a manager may approve, but not their own story")
                .isEqualTo(Api.BY_RULE);
        assertThat(own.rule()).isEqualTo("story.approve.own");
        assertThat(own.json().getString("detail"))
                .isEqualTo("You cannot approve your own story. It goes to your manager.");

        assertThat(step("ingrid", id(story), "approve", null, null).status()).isEqualTo(200);
    }

    @Test
    void anotherUnitsManagerCannotApprove() {
        JsonObject story = createStory("eva", "Fel chef " + UUID.randomUUID(), "BRAG", true);
        step("eva", id(story), "submit", null, null);

        Api.Reply refused = step("sofia", id(story), "approve", null, null);
        // Another unit's manager may not see the story at all, so it answers as if there were none
        // (no existence oracle, see aStoryOneMayNotSee...).
        assertThat(refused.status())
                .as("a manager may approve, but not another unit's story")
                .isEqualTo(404);
        assertThat(get("eva", id(story)).getString("status")).isEqualTo("SUBMITTED");
    }

    @Test
    void returnedStoryShowsTheCommentAndCanBeEditedAndResubmitted() {
        JsonObject story = createStory("eva", "Att returnera " + UUID.randomUUID(), "BRAG", true);
        step("eva", id(story), "submit", null, null);

        Api.Reply returned = step("magnus", id(story), "return", null, "Berätta mer om teamet.");
        assertThat(returned.json().getString("status")).isEqualTo("RETURNED");
        assertThat(get("eva", id(story)).getString("returnComment")).isEqualTo("Berätta mer om teamet.");

        Api.Reply edited = Api.as(base, "eva")
                .put(
                        "/api/v1/stories/" + id(story),
                        json(Json.createObjectBuilder()
                                .add("version", version(returned.json()))
                                .add("title", story.getString("title"))
                                .add("body", "Teamet är fantastiskt.")
                                .add("materialType", "BRAG")
                                .add("targetGroups", Json.createArrayBuilder().add("INTERNAL"))
                                .add("brands", Json.createArrayBuilder().add("CLOSE"))
                                .add("channels", Json.createArrayBuilder().add("WEB"))));
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(step("eva", id(story), "submit", null, null).json().getString("status"))
                .isEqualTo("SUBMITTED");
    }

    @Test
    void secondOfTwoSimultaneousDecisionsIsToldTheStoryChangedAndNothingIsLost() throws Exception {
        JsonObject story = createStory("eva", "Samtidigt " + UUID.randomUUID(), "BRAG", true);
        long version = version(step("eva", id(story), "submit", null, null).json());

        CompletableFuture<Api.Reply> approve =
                CompletableFuture.supplyAsync(() -> step("magnus", id(story), "approve", version, null));
        CompletableFuture<Api.Reply> giveBack =
                CompletableFuture.supplyAsync(() -> step("magnus", id(story), "return", version, "Ändra rubriken."));
        List<Integer> statuses = List.of(approve.get().status(), giveBack.get().status());

        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        Api.Reply loser = approve.get().status() == 409 ? approve.get() : giveBack.get();
        assertThat(loser.contentType()).startsWith("application/problem+json");
        assertThat(loser.json().getString("detail")).containsAnyOf("ändrat", "redan hanterat");
        assertThat(get("eva", id(story)).getString("status")).isIn("APPROVED", "RETURNED");

        Api.Reply stale = step("magnus", id(story), "approve", version, null);
        assertThat(stale.status()).isEqualTo(409);
    }

    // ----- bad input --------------------------------------------------------------------------

    @Test
    void storyWithoutBrandAssociationIsRefusedOnSubmitAndKeepsItsText() {
        JsonObject story = createStory("eva", "Utan varumärke " + UUID.randomUUID(), "BRAG", false);

        Api.Reply refused = step("eva", id(story), "submit", null, null);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().getString("field")).isEqualTo("brands");
        assertThat(refused.json().getString("detail")).contains("varumärkesassociation");
        JsonObject kept = get("eva", id(story));
        assertThat(kept.getString("status")).isEqualTo("DRAFT");
        assertThat(kept.getString("body")).isEqualTo("Jag trivs här. Vi hjälper varandra varje dag.");
    }

    private Api.Reply writeJobAd(Long storyId, Long version, String title, JsonObjectBuilder justifications) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("title", title)
                .add("body", "Vi söker fler undersköterskor till natten. Välkommen att höra av dig.")
                .add("materialType", "JOB_AD")
                .add("targetGroups", Json.createArrayBuilder().add("INTERNAL"))
                .add("brands", Json.createArrayBuilder().add("CLOSE"))
                .add(
                        "channels",
                        Json.createArrayBuilder()
                                .add("INSTAGRAM")
                                .add("LINKEDIN")
                                .add("WEB"))
                .add("justifications", justifications);
        if (version != null) {
            body.add("version", version);
        }
        return storyId == null
                ? Api.as(base, "eva").post("/api/v1/stories", json(body))
                : Api.as(base, "eva").put("/api/v1/stories/" + storyId, json(body));
    }

    @Test
    void eachRedChannelNeedsItsOwnJustificationBeforeSubmitting() {
        String title = "Jobbannons i röda kanaler " + UUID.randomUUID();
        Api.Reply created = writeJobAd(
                null,
                null,
                title,
                Json.createObjectBuilder().add("INSTAGRAM", "Bilderna från nattskiftet visar hur arbetet ser ut."));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = id(created.json());

        Api.Reply refused = step("eva", id, "submit", null, null);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().getString("field")).isEqualTo("justifications.LINKEDIN");
        assertThat(get("eva", id).getString("status")).isEqualTo("DRAFT");

        Api.Reply updated = writeJobAd(
                id,
                version(get("eva", id)),
                title,
                Json.createObjectBuilder()
                        .add("INSTAGRAM", "Bilderna från nattskiftet visar hur arbetet ser ut.")
                        .add("LINKEDIN", "Vi når undersköterskor som vill byta arbetsgivare."));
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(step("eva", id, "submit", null, null).status()).isEqualTo(200);
        JsonObject submitted = get("magnus", id);
        assertThat(submitted.getString("status")).isEqualTo("SUBMITTED");
        assertThat(submitted.getJsonObject("justifications").keySet())
                .containsExactlyInAnyOrder("INSTAGRAM", "LINKEDIN");
        assertThat(submitted.getJsonObject("justifications").getString("LINKEDIN"))
                .isEqualTo("Vi når undersköterskor som vill byta arbetsgivare.");
    }

    @Test
    void fileRenamedToJpgIsRefusedByItsContent() {
        JsonObject story = createStory("eva", "Fel fil " + UUID.randomUUID(), "BRAG", true);

        Api.Reply reply = uploadPhoto(
                "eva",
                id(story),
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8),
                "semester.jpg");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.json().getString("detail")).contains("inte en JPEG");
        assertThat(get("eva", id(story)).getJsonArray("photos")).isEmpty();
    }

    @Test
    void schedulingInThePastIsRefused() {
        JsonObject story = approvedStory("Dåtid " + UUID.randomUUID());

        Api.Reply reply =
                schedule(id(story), "WEB", LocalDateTime.now().minusHours(1).withNano(0), true);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().getString("field")).isEqualTo("scheduledAt");
        assertThat(get("klara", id(story)).getString("status")).isEqualTo("APPROVED");
    }

    @Test
    void aManagerWhoseOpenPageWasDecidedMeanwhileIsToldWhyTheClickDidNothing() {
        JsonObject story = createStory("eva", "Redan beslutad " + UUID.randomUUID(), "BRAG", true);
        step("eva", id(story), "submit", null, null);
        WebSession magnus = WebSession.signIn(base, "magnus", "demo");
        String path = "/story/view.xhtml?id=" + id(story);
        Api.Reply page = magnus.get(path);
        assertThat(page.body()).contains("decisionForm:approve");

        long version = version(get("magnus", id(story)));
        assertThat(step("magnus", id(story), "approve", version, null).status()).isEqualTo(200);
        Api.Reply click = magnus.postForm(
                path,
                FacesForm.of(page.body(), "decisionForm")
                        .ajaxPost(
                                "decisionForm:approve",
                                Map.of(),
                                WebSession.viewStateOf(page),
                                WebSession.nonceOf(page),
                                "decisionForm story"),
                true);

        assertThat(click.body()).contains("<partial-response").doesNotContain("<error>", WebSession.AJAX_FAILURE);
        assertThat(click.body()).as("the page says why, not nothing").containsAnyOf("ändrat", "redan hanterat");
        assertThat(click.body()).as("and offers the decision no more").doesNotContain("decisionForm:approve");
    }

    @Test
    void theHomeCardShowsTheWeeksFirstPlacementsAndLeavesTheRestToTheCalendar() {
        LocalDateTime now = LocalDateTime.now().withNano(0);
        LocalDateTime nextMonday =
                now.toLocalDate().with(TemporalAdjusters.next(DayOfWeek.MONDAY)).atStartOfDay();
        // Six placements a few minutes apart must all fall in this week: not in its last hour.
        Assumptions.assumeTrue(now.plusHours(1).isBefore(nextMonday), "the week ends within the hour");
        for (int i = 1; i <= 6; i++) {
            JsonObject story = approvedStory("Veckans " + i + " " + UUID.randomUUID());
            assertThat(schedule(id(story), "WEB", now.plusMinutes(5 + i), true).status())
                    .isEqualTo(200);
        }

        String card =
                WebSession.signIn(base, "klara", "demo").get("/index.xhtml").body();

        String week =
                card.substring(card.indexOf("id=\"thisWeek\""), card.indexOf("</ul>", card.indexOf("id=\"thisWeek\"")));
        assertThat(week.split("<li>", -1))
                .as("five lines and what precedes the first")
                .hasSize(6);
        assertThat(card).containsPattern("id=\"thisWeekMore\">och [1-9][0-9]* till i kalendern");
    }

    /**
     * The communicator's card lists the approved stories waiting longest for a slot, as the calendar's
     * list to plan does (the card reads titles only; the calendar reads whole stories), and counts them all.
     */
    @Test
    void theHomeCardListsTheFirstStoriesToPlanInTheCalendarsOrder() {
        approvedStory("Att planera " + UUID.randomUUID());
        WebSession klara = WebSession.signIn(base, "klara", "demo");

        String card = klara.get("/index.xhtml").body();
        String calendar = klara.get("/story/calendar.xhtml").body();

        List<String> onCard = storyLinks(card, "id=\"toSchedule\"", "</ul>");
        List<String> inCalendar = storyLinks(calendar, "id=\"toScheduleForm:toSchedule_data\"", "</tbody>");
        assertThat(onCard).hasSizeBetween(1, 5);
        assertThat(inCalendar).startsWith(onCard.toArray(String[]::new));
        java.util.regex.Matcher count =
                java.util.regex.Pattern.compile("att planera:</strong> (\\d+)").matcher(card);
        assertThat(count.find()).as("the card's count").isTrue();
        assertThat(Long.parseLong(count.group(1))).isGreaterThanOrEqualTo(onCard.size());
    }

    /** The story ids linked between a start marker and the end that follows it, in page order. */
    private static List<String> storyLinks(String html, String start, String end) {
        int from = html.indexOf(start);
        assertThat(from).as(start).isNotNegative();
        String part = html.substring(from, html.indexOf(end, from));
        java.util.regex.Matcher link =
                java.util.regex.Pattern.compile("view\\.xhtml\\?id=(\\d+)").matcher(part);
        List<String> ids = new java.util.ArrayList<>();
        while (link.find()) {
            ids.add(link.group(1));
        }
        return ids;
    }

    // ----- photos ---------------------------------------------------------------------------

    @Test
    void photoWithGpsIsStoredWithoutAnyMetadata() {
        JsonObject story = createStory("eva", "Med GPS " + UUID.randomUUID(), "BRAG", true);
        byte[] upload = TestImages.jpegWithGps(1200, 900);
        assertThat(TestImages.hasApp1(upload)).isTrue();

        Api.Reply created = uploadPhoto("eva", id(story), upload, "IMG_0001.jpg");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);

        for (String size : List.of("large", "small")) {
            Api.Reply image = Api.as(base, "eva")
                    .get("/api/v1/stories/photos/" + created.json().getJsonNumber("id") + "/" + size);
            assertThat(image.status()).isEqualTo(200);
            assertThat(image.contentType()).isEqualTo("image/jpeg");
            assertThat(TestImages.hasApp1(image.bytes())).as(size).isFalse();
            assertThat(TestImages.containsAscii(image.bytes(), "Exif")).isFalse();
        }
        assertThat(Api.anonymous(base)
                        .get("/api/v1/public/photos/" + created.json().getJsonNumber("id") + "/large")
                        .status())
                .as("a photo of an unpublished story is not public")
                .isEqualTo(404);
    }

    // ----- calendar and public feed -------------------------------------------------------------

    @Test
    void redMaterialTypeIsWarnedAndPlannedOnlyWhenConfirmed() {
        JsonObject story = approvedStory("Nyhet på Instagram " + UUID.randomUUID(), "NEWS");
        LocalDateTime at = nextWeekday(10);

        Api.Reply warned = schedule(id(story), "INSTAGRAM", at, false);
        assertThat(warned.status()).isEqualTo(409);
        assertThat(warned.json().getJsonArray("warnings").getValuesAs(JsonObject.class))
                .extracting(w -> w.getString("key"))
                .containsExactly("story.calendar.warn.red");
        assertThat(get("klara", id(story)).getJsonArray("placements")).isEmpty();

        assertThat(schedule(id(story), "INSTAGRAM", at, true).status()).isEqualTo(200);
        assertThat(get("klara", id(story)).getString("status")).isEqualTo("SCHEDULED");
    }

    private Api.Reply move(String user, long placementId, LocalDateTime at, boolean confirm) {
        return Api.as(base, user)
                .post(
                        "/api/v1/stories/placements/" + placementId + "/move",
                        json(Json.createObjectBuilder().add("at", at.toString()).add("confirm", confirm)));
    }

    private static JsonObject placement(JsonObject story, String channel) {
        return story.getJsonArray("placements").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("channel").equals(channel))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void draggingADebatePronePostOutsideOfficeHoursIsWarnedAndMovedOnlyWhenConfirmed() {
        JsonObject story = approvedStory("Politik flyttas " + UUID.randomUUID(), "POLITICS");
        LocalDateTime tuesday = nextWeekday(10);
        Api.Reply planned = schedule(id(story), "WEB", tuesday, false);
        assertThat(planned.status()).as(planned.toString()).isEqualTo(200);
        long placementId = planned.json().getJsonNumber("id").longValue();
        LocalDateTime saturdayEvening = tuesday.plusDays(4).withHour(20);

        Api.Reply warned = move("klara", placementId, saturdayEvening, false);
        assertThat(warned.status()).as(warned.toString()).isEqualTo(409);
        assertThat(warned.json().getJsonArray("warnings").getValuesAs(JsonObject.class))
                .extracting(w -> w.getString("key"))
                .containsExactly("story.calendar.warn.officeHours");
        assertThat(wall(placement(get("klara", id(story)), "WEB").getString("scheduledAt")))
                .isEqualTo(tuesday);

        Api.Reply moved = move("klara", placementId, saturdayEvening, true);
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        JsonObject after = get("klara", id(story));
        assertThat(wall(placement(after, "WEB").getString("scheduledAt"))).isEqualTo(saturdayEvening);
        assertThat(after.getJsonArray("placements")).hasSize(1);
        assertThat(after.getJsonArray("history").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("action"))
                .endsWith("SCHEDULED", "MOVED");
    }

    @Test
    void aPostDraggedWithinItsDayDoesNotCountAgainstTheChannelsDailyLimit() {
        LocalDateTime day = nextWeekday(9);
        long first = 0;
        for (int i = 0; i < 3; i++) {
            JsonObject story = approvedStory("Tre om dagen " + i + " " + UUID.randomUUID());
            Api.Reply planned = schedule(id(story), "INSTAGRAM", day.withHour(9 + i), false);
            assertThat(planned.status()).as(planned.toString()).isEqualTo(200);
            if (i == 0) {
                first = planned.json().getJsonNumber("id").longValue();
            }
        }

        Api.Reply moved = move("klara", first, day.withHour(15), false);

        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(wall(moved.json().getString("scheduledAt"))).isEqualTo(day.withHour(15));
        JsonObject fourth = approvedStory("Den fjärde " + UUID.randomUUID());
        Api.Reply warned = schedule(id(fourth), "INSTAGRAM", day.withHour(16), false);
        assertThat(warned.status()).isEqualTo(409);
        assertThat(warned.json().getJsonArray("warnings").getValuesAs(JsonObject.class))
                .extracting(w -> w.getString("key"))
                .containsExactly("story.calendar.warn.frequency");
    }

    @Test
    void aPostCannotBeDraggedIntoThePastNorByAnEmployee() {
        JsonObject story = approvedStory("Bakåt i tiden " + UUID.randomUUID());
        LocalDateTime at = nextWeekday(11);
        long placementId =
                schedule(id(story), "WEB", at, false).json().getJsonNumber("id").longValue();

        Api.Reply past =
                move("klara", placementId, LocalDateTime.now().minusDays(1).withNano(0), true);
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.json().getString("field")).isEqualTo("scheduledAt");
        assertThat(move("eva", placementId, at.plusDays(1), true).outcome()).isEqualTo(Api.BY_ROLE);
        assertThat(wall(placement(get("klara", id(story)), "WEB").getString("scheduledAt")))
                .isEqualTo(at);
    }

    @Test
    void storyCannotBeScheduledWhileAConsentIsMissing() {
        JsonObject story = createStory("eva", "Med kollega " + UUID.randomUUID(), "STAFF_PORTRAIT", true);
        Api.Reply pictured = Api.as(base, "eva")
                .post(
                        "/api/v1/stories/" + id(story) + "/pictured",
                        json(Json.createObjectBuilder().add("personId", personId("isak"))));
        assertThat(pictured.status()).as(pictured.toString()).isEqualTo(201);
        step("eva", id(story), "submit", null, null);
        step("magnus", id(story), "approve", null, null);

        Api.Reply refused = schedule(id(story), "WEB", nextWeekday(10), true);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().getString("detail")).contains("samtyckt");
    }

    @Test
    void publishedPortraitIsPublicUntilAConsentIsWithdrawn() {
        String title = "<script>alert('x')</script> Porträtt " + UUID.randomUUID();
        JsonObject story = createStory("eva", title, "STAFF_PORTRAIT", true);
        long consentId = Api.as(base, "eva")
                .post(
                        "/api/v1/stories/" + id(story) + "/pictured",
                        json(Json.createObjectBuilder().add("personId", personId("maria"))))
                .json()
                .getJsonNumber("id")
                .longValue();
        long photoId = uploadPhoto("eva", id(story), TestImages.jpegWithGps(800, 600), "p.jpg")
                .json()
                .getJsonNumber("id")
                .longValue();
        assertThat(Api.as(base, "maria")
                        .post("/api/v1/consents/" + consentId, "{\"answer\":\"yes\"}")
                        .status())
                .isEqualTo(200);
        step("eva", id(story), "submit", null, null);
        step("magnus", id(story), "approve", null, null);
        assertThat(schedule(id(story), "INSTAGRAM", nextWeekday(11), true).status())
                .isEqualTo(200);
        assertThat(publicTitles()).doesNotContain(title);

        Api.Reply published = Api.as(base, "klara")
                .post(
                        "/api/v1/stories/" + id(story) + "/publish",
                        json(Json.createObjectBuilder()
                                .add("channel", "INSTAGRAM")
                                .add("link", "https://www.instagram.com/p/it-test/")));
        assertThat(published.status()).as(published.toString()).isEqualTo(200);

        assertThat(publicTitles()).contains(title);
        Api.Reply publicPage = Api.anonymous(base).get("/public/ambassadors.xhtml");
        assertThat(publicPage.status())
                .as("the public portrait page, for a visitor who is not signed in")
                .isEqualTo(200);
        assertThat(publicPage.body())
                .contains("&lt;script&gt;alert(")
                .doesNotContain("<script>alert(")
                .as("the channels it was published in, by name")
                .contains("Instagram");
        JsonObject item = Api.anonymous(base)
                .get("/api/v1/public/portraits?size=100")
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(i -> i.getString("title").equals(title))
                .findFirst()
                .orElseThrow();
        assertThat(item.getString("firstName")).isEqualTo("Eva");
        assertThat(item.getString("profession")).isEqualTo("Sjuksköterska");
        assertThat(item.getJsonArray("channels").getString(0)).isEqualTo("INSTAGRAM");
        assertThat(item.getJsonArray("images")).hasSize(1);
        Api.Reply feed = Api.anonymous(base).get("/feed/portraits.atom");
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.contentType()).startsWith("application/atom+xml");
        assertThat(feed.body())
                .contains("&lt;script&gt;alert('x')&lt;/script&gt; Porträtt")
                .doesNotContain("<script>");
        assertThat(Api.anonymous(base)
                        .get("/api/v1/public/photos/" + photoId + "/small")
                        .status())
                .isEqualTo(200);

        Api.Reply withdrawn = Api.as(base, "maria").post("/api/v1/consents/" + consentId, "{\"answer\":\"withdraw\"}");
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);

        assertThat(publicTitles()).doesNotContain(title);
        assertThat(Api.anonymous(base).get("/public/ambassadors.xhtml").body())
                .as("the public page, although it was read moments ago")
                .doesNotContain(title.substring(title.length() - 36));
        assertThat(Api.anonymous(base).get("/feed/portraits.atom").body())
                .doesNotContain("Porträtt " + title.substring(title.length() - 36));
        assertThat(Api.anonymous(base)
                        .get("/api/v1/public/photos/" + photoId + "/small")
                        .status())
                .isEqualTo(404);
        assertThat(get("eva", id(story)).getString("status")).isEqualTo("WITHDRAWN");
        assertThat(Api.as(base, "admin")
                        .get("/api/v1/admin/outbox?to=klara@fjallmark.example")
                        .body())
                .contains("Ta ned berättelsen");
    }

    @Test
    void publicFeedLeavesOutPortraitsOlderThanTwelveMonthsAndOtherMaterial() {
        List<String> titles = publicTitles();

        assertThat(titles).contains("En dag som sjuksköterska i Älvstad", "Från Sjövik till medicinavdelningen");
        assertThat(titles)
                .doesNotContain(
                        "Läkare med hjärta för glesbygden",
                        "Teamet som aldrig sviker",
                        "Vi söker sjuksköterskor till Medicinavdelning 3",
                        "Arbetsterapi på hemmaplan");
        assertThat(Api.anonymous(base).get("/feed/portraits.atom").body())
                .contains("En dag som sjuksköterska i Älvstad")
                .doesNotContain("Läkare med hjärta för glesbygden");
    }

    /**
     * Two communicators plan the same story at the same moment: each gets the plan or is told
     * that someone changed the story meanwhile (409), and the server logs no unexpected failure
     * for the one who lost (the EJB container logged CNTR0020E with a stack trace and an FFDC
     * incident for each, nine in the 30-minute load run of 2026-12-03). EclipseLink's own two-line
     * warning of the stale version stays.
     */
    @Test
    void twoCommunicatorsPlanningTheSameStoryAtOnceLeaveNoUnexpectedFailureInTheLog() throws Exception {
        long logBefore = ServerLog.mark();
        int conflicts = 0;
        for (int round = 0; round < 6; round++) {
            long id = id(approvedStory("Samtidigt planerad " + UUID.randomUUID()));
            String body = json(Json.createObjectBuilder()
                    .add("channel", "WEB")
                    .add("at", nextWeekday(9 + round).toString())
                    .add("confirm", true));
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Api.Reply>> plans = List.of("klara", "mats").stream()
                    .map(communicator -> CompletableFuture.supplyAsync(() -> {
                        await(start);
                        return Api.as(base, communicator)
                                .inLanguage("en")
                                .post("/api/v1/stories/" + id + "/schedule", body);
                    }))
                    .toList();
            start.countDown();
            for (CompletableFuture<Api.Reply> plan : plans) {
                Api.Reply reply = plan.get();
                assertThat(reply.status()).as(reply.toString()).isIn(200, 409);
                if (reply.status() == 409) {
                    conflicts++;
                    assertThat(reply.json().getString("detail")).contains("Someone else changed this");
                }
            }
            assertThat(get("eva", id).getString("status")).isEqualTo("SCHEDULED");
        }
        assertThat(ServerLog.since(logBefore))
                .as("messages.log after %d conflicts in 6 rounds", conflicts)
                .doesNotContain("CNTR0020E")
                .doesNotContain("Incident has been created: \"jakarta.persistence");
    }

    private static void await(CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // ----- who may call what ----------------------------------------------------------------------

    @Test
    void aStoryOneMayNotSeeAnswersNotFoundToReadingAndChangingAlikeWhateverTheVersion() {
        JsonObject story = createStory("eva", "Osynlig " + UUID.randomUUID(), "BRAG", true);
        String path = "/api/v1/stories/" + id(story);
        String change = json(Json.createObjectBuilder()
                .add("title", "Kapad")
                .add("materialType", "BRAG")
                .add("version", version(story) + 7));

        assertThat(Api.as(base, "petra").get(path).status()).isEqualTo(404);
        assertThat(Api.as(base, "petra").put(path, change).status())
                .as("a stale version tells nothing")
                .isEqualTo(404);
        assertThat(step("petra", id(story), "submit", version(story) + 7, null).status())
                .isEqualTo(404);
        assertThat(step("petra", id(story), "withdraw", null, null).status()).isEqualTo(404);
        assertThat(Api.as(base, "petra").get(path + "/nosuch").status()).isEqualTo(404);
        assertThat(Api.as(base, "petra")
                        .put("/api/v1/stories/987654321", change)
                        .status())
                .as("the same answer as for a story that does not exist")
                .isEqualTo(404);
    }

    @Test
    void aReaderWhoIsNotTheAuthorIsRefusedBeforeTheVersionIsCompared() {
        JsonObject story = approvedStory("Synlig " + UUID.randomUUID());
        String change = json(Json.createObjectBuilder()
                .add("title", "Ändrad")
                .add("materialType", "STAFF_PORTRAIT")
                .add("version", version(story) + 7));

        assertThat(Api.as(base, "klara").get("/api/v1/stories/" + id(story)).status())
                .as("klara may read it")
                .isEqualTo(200);
        Api.Reply refused = Api.as(base, "klara").put("/api/v1/stories/" + id(story), change);
        assertThat(refused.outcome())
                .as("klara's role may change stories, the rule refuses her this one")
                .isEqualTo(Api.BY_RULE);
        assertThat(refused.rule()).isEqualTo("story.edit.notAuthor");
    }

    @Test
    void restRolesAreEnforced() {
        JsonObject story = createStory("eva", "Roller " + UUID.randomUUID(), "BRAG", true);
        String path = "/api/v1/stories/" + id(story);

        assertThat(Api.anonymous(base).get("/api/v1/stories").status()).isEqualTo(401);
        assertThat(Api.anonymous(base).post("/api/v1/stories", "{}").status()).isEqualTo(401);
        assertThat(Api.as(base, "admin")
                        .post("/api/v1/stories", "{\"title\":\"x\",\"materialType\":\"BRAG\"}")
                        .outcome())
                .isEqualTo(Api.BY_ROLE);
        assertThat(Api.as(base, "admin").get("/api/v1/stories").outcome()).isEqualTo(Api.BY_ROLE);
        assertThat(step("eva", id(story), "approve", null, null).outcome()).isEqualTo(Api.BY_ROLE);
        assertThat(step("eva", id(story), "return", null, "x").outcome()).isEqualTo(Api.BY_ROLE);
        assertThat(Api.as(base, "eva")
                        .post(path + "/schedule", "{\"channel\":\"WEB\",\"at\":\"2099-01-01T10:00\"}")
                        .outcome())
                .isEqualTo(Api.BY_ROLE);
        assertThat(Api.as(base, "magnus")
                        .post(path + "/publish", "{\"channel\":\"WEB\",\"link\":\"https://x.example\"}")
                        .outcome())
                .isEqualTo(Api.BY_ROLE);
        assertThat(Api.as(base, "admin")
                        .post("/api/v1/consents/1", "{\"answer\":\"yes\"}")
                        .outcome())
                .isEqualTo(Api.BY_ROLE);
        assertThat(Api.as(base, "petra").get(path).status())
                .as("a story is not everyone's to read")
                .isEqualTo(404);
        assertThat(Api.as(base, "eva")
                        .get("/api/v1/stories?mine=true")
                        .json()
                        .getJsonArray("items")
                        .getValuesAs(JsonObject.class))
                .extracting(s -> s.getString("title"))
                .contains(story.getString("title"));
        assertThat(Api.anonymous(base).get("/api/v1/public/portraits").status()).isEqualTo(200);
        assertThat(Api.anonymous(base).get("/feed/portraits.atom").status()).isEqualTo(200);
    }
}
