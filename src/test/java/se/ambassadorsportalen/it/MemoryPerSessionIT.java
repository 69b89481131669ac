package se.ambassadorsportalen.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A session's memory is bounded however many pages it opens: it keeps at most ten views, and a
 * view keeps only what its user chose, not the figures, calendar events or entities it showed. A
 * 300-user load run held about 1.4 MB per session with twenty views each, most of it
 * recommendation figures and calendar events kept in views; a later one ended with 57,000 calendar
 * events and 41,000 EclipseLink cache keys (units of work kept alive by entities in views).
 */
@ExtendWith(ArquillianExtension.class)
class MemoryPerSessionIT {

    private static final String DASHBOARD_BEAN =
            "se.ambassadorsportalen.recommendation.web.RecommendationDashboardBacking";
    private static final String UNIT_ROW = "se.ambassadorsportalen.recommendation.boundary.RecommendationRates$Row";
    private static final int VIEWS_KEPT = 10;
    private static final String CALENDAR_EVENT = "org.primefaces.model.DefaultScheduleEvent";
    private static final String UNIT_OF_WORK = "org.eclipse.persistence.internal.sessions.RepeatableWriteUnitOfWork";
    private static final String CACHE_KEY = "org.eclipse.persistence.internal.identitymaps.CacheKey";
    private static final DateTimeFormatter BROWSER_ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");
    /** A story calendar entry in the ajax answer: its id is the placement's, followed by when it was shown. */
    private static final Pattern CALENDAR_ENTRY = Pattern.compile("\\\\?\"id\\\\?\"\\s*:\\s*\\\\?\"\\d+(@|\\\\?\")");

    private static final int COMMUNICATORS = 3;
    /** Rounds of both calendars that leave a session with fewer views than it keeps. */
    private static final int FEW_ROUNDS = 2;
    /** Units of work the server may hold by itself at any moment (a timer's job, the request just finished). */
    private static final long UNITS_OF_WORK_AT_REST = 5;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @Test
    void aSessionThatOpensFortyDashboardsKeepsTenViewsAndNoUnitFigures() throws Exception {
        WebSession hanna = WebSession.signIn(base, "hanna", Api.DEMO_PASSWORD);
        try (ServerMemory memory = ServerMemory.connect()) {
            memory.heapAfterFullGc();
            long beansBefore = memory.liveInstances(DASHBOARD_BEAN);
            long rowsBefore = memory.liveInstances(UNIT_ROW);

            for (int page = 0; page < 4 * VIEWS_KEPT; page++) {
                Api.Reply dashboard = hanna.get("/recommendation/dashboard.xhtml");
                assertThat(dashboard.status()).isEqualTo(200);
                assertThat(dashboard.body()).contains("dashboardForm:unitTable");
            }

            memory.heapAfterFullGc();
            assertThat(memory.liveInstances(DASHBOARD_BEAN) - beansBefore)
                    .as("dashboard views kept by the session")
                    .isBetween(1L, (long) VIEWS_KEPT);
            assertThat(memory.liveInstances(UNIT_ROW))
                    .as("unit rows still on the heap after the requests")
                    .isLessThanOrEqualTo(rowsBefore);
        }
    }

    /**
     * Three communicators each open the publishing calendar and the relay calendar, and each
     * calendar fetches five weeks of entries by ajax, as the browser does: first twice (four views
     * per session, fewer than a session keeps), then ten times more (the ten views a session keeps).
     * Afterwards the server holds no calendar events, and no more units of work or cache keys than
     * after the first few views: what a view keeps does not grow with the entries, rows and
     * entities it showed, only the number of views does.
     */
    @Test
    void communicatorsWhoOpenTheCalendarsAgainAndAgainKeepNoCalendarEventsOrEntitiesInTheirViews() throws Exception {
        List<WebSession> communicators = signInCommunicators();
        try (ServerMemory memory = ServerMemory.connect()) {
            memory.heapAfterFullGc();
            long eventsBefore = memory.liveInstances(CALENDAR_EVENT);
            long unitsBefore = memory.liveInstances(UNIT_OF_WORK);

            long entriesShown = openCalendars(communicators, FEW_ROUNDS);
            long eventsAfterFew = memory.liveInstances(CALENDAR_EVENT);
            long unitsAfterFew = memory.liveInstances(UNIT_OF_WORK);
            long keysAfterFew = memory.liveInstances(CACHE_KEY);

            entriesShown += openCalendars(communicators, VIEWS_KEPT);
            long eventsAfterMany = memory.liveInstances(CALENDAR_EVENT);
            long unitsAfterMany = memory.liveInstances(UNIT_OF_WORK);
            long keysAfterMany = memory.liveInstances(CACHE_KEY);

            String figures = String.format(
                    "story calendar entries sent %d; live calendar events before %d, after %d views per session %d,"
                            + " after %d %d; units of work %d, %d, %d; cache keys after %d views %d, after %d %d",
                    entriesShown,
                    eventsBefore,
                    2 * FEW_ROUNDS,
                    eventsAfterFew,
                    2 * (FEW_ROUNDS + VIEWS_KEPT),
                    eventsAfterMany,
                    unitsBefore,
                    unitsAfterFew,
                    unitsAfterMany,
                    2 * FEW_ROUNDS,
                    keysAfterFew,
                    2 * (FEW_ROUNDS + VIEWS_KEPT),
                    keysAfterMany);
            System.out.println("MemoryPerSessionIT: " + figures);
            assertThat(entriesShown)
                    .as("the calendars showed entries (else nothing was measured)")
                    .isPositive();
            assertThat(eventsAfterMany - eventsBefore)
                    .as("calendar events kept after the requests; " + figures)
                    .isLessThanOrEqualTo(0);
            assertThat(unitsAfterMany)
                    .as("units of work kept by views; " + figures)
                    .isLessThanOrEqualTo(Math.max(unitsBefore, unitsAfterFew) + UNITS_OF_WORK_AT_REST);
            assertThat(keysAfterMany)
                    .as("cache keys kept by views; " + figures)
                    .isLessThanOrEqualTo(keysAfterFew + keysAfterFew / 10 + 100);
        }
    }

    /**
     * The pages that kept entities in their views until 2026-12-02 (applications, training and its
     * editor, routing rules, press releases, the channel follow-up, the brand goals, the account's
     * tokens, consents), and the ambassador profile, each opened twice by three communicators: 60 views, the ten each session
     * keeps full. Afterwards the server holds no more units of work than before: the views keep ids,
     * versions, what was typed and small records, not the entities (and the persistence contexts
     * that read them) they showed.
     */
    @Test
    void communicatorsWhoOpenTheFormerlyEntityKeepingPagesKeepNoUnitsOfWorkInTheirViews() throws Exception {
        List<WebSession> communicators = signInCommunicators();
        try (ServerMemory memory = ServerMemory.connect()) {
            memory.heapAfterFullGc();
            long unitsBefore = memory.liveInstances(UNIT_OF_WORK);

            for (int round = 0; round < 2; round++) {
                for (WebSession communicator : communicators) {
                    for (String page : RECORD_KEEPING_PAGES) {
                        Api.Reply shown = communicator.get(page);
                        assertThat(shown.status()).as(page + ": " + shown).isEqualTo(200);
                    }
                }
            }
            long unitsAfter = memory.liveInstances(UNIT_OF_WORK);

            System.out.println("MemoryPerSessionIT: units of work before " + unitsBefore + ", after "
                    + 2 * RECORD_KEEPING_PAGES.size() + " views per session " + unitsAfter);
            assertThat(unitsAfter)
                    .as("units of work before %d, after the views %d", unitsBefore, unitsAfter)
                    .isLessThanOrEqualTo(unitsBefore + UNITS_OF_WORK_AT_REST);
        }
    }

    /** {@link #COMMUNICATORS} sessions of the demo communicator, each its own. */
    private List<WebSession> signInCommunicators() {
        List<WebSession> communicators = new ArrayList<>();
        for (int i = 0; i < COMMUNICATORS; i++) {
            communicators.add(WebSession.signIn(base, "klara", Api.DEMO_PASSWORD));
        }
        return communicators;
    }

    private static final List<String> RECORD_KEEPING_PAGES = List.of(
            "/ambassador/manage/applications.xhtml",
            "/ambassador/manage/training.xhtml",
            "/ambassador/training.xhtml",
            "/press/routing.xhtml",
            "/press/releases.xhtml",
            "/followup/index.xhtml",
            "/recommendation/goals.xhtml",
            "/account/index.xhtml",
            "/story/consents.xhtml",
            "/ambassador/me.xhtml");

    /** Each session opens both calendars {@code times} times; returns how many story calendar entries were sent. */
    private long openCalendars(List<WebSession> communicators, int times) {
        LocalDate monday = LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        long entries = 0;
        for (int round = 0; round < times; round++) {
            for (WebSession communicator : communicators) {
                entries += CALENDAR_ENTRY
                        .matcher(fetchEntries(
                                communicator,
                                "/story/calendar.xhtml",
                                "calendarForm",
                                "calendarForm:schedule",
                                monday.minusWeeks(1),
                                monday.plusWeeks(4)))
                        .results()
                        .count();
                fetchEntries(
                        communicator,
                        "/ambassador/relay.xhtml",
                        "calendarForm",
                        "calendarForm:calendar",
                        monday.minusWeeks(1),
                        monday.plusWeeks(4));
            }
        }
        return entries;
    }

    /** Opens the page (a new view) and has its calendar fetch the entries of the range, as its script does. */
    private static String fetchEntries(
            WebSession session, String page, String form, String schedule, LocalDate from, LocalDate to) {
        Api.Reply opened = session.get(page);
        assertThat(opened.status()).as(opened.toString()).isEqualTo(200);
        assertThat(opened.body()).contains(schedule);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", schedule);
        fields.put("jakarta.faces.partial.execute", schedule);
        fields.put("jakarta.faces.partial.render", schedule);
        fields.put("primefaces.ignoreautoupdate", "true");
        fields.put(schedule, schedule);
        fields.put(schedule + "_event", "true");
        fields.put(schedule + "_start", browserIso(from));
        fields.put(schedule + "_end", browserIso(to));
        fields.put(form + "_SUBMIT", "1");
        fields.put("jakarta.faces.ViewState", WebSession.viewStateOf(opened));
        fields.put("primefaces.nonce", WebSession.nonceOf(opened));
        Api.Reply fetched = session.postForm(page, fields, true);
        assertThat(fetched.status()).as(fetched.toString()).isEqualTo(200);
        assertThat(fetched.body())
                .as(fetched.toString())
                .contains("\"events\"")
                .doesNotContain("<error>", WebSession.AJAX_FAILURE);
        return fetched.body();
    }

    private static String browserIso(LocalDate day) {
        return day.atStartOfDay(ZoneId.systemDefault())
                .withZoneSameInstant(ZoneOffset.UTC)
                .format(BROWSER_ISO);
    }
}
