package se.ambassadorsportalen.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Every filter box above a table column narrows the rows, in the database: the inquiry log by the
 * month or day received and due and by the status as shown, the spokesperson registry by first
 * name, surname or both in either order, the ambassador directory by name; and every box of every
 * lazy list empties its list for text no row holds. A filter box that does nothing is a defect (an
 * exploratory tester found three on the large data profile).
 */
@ExtendWith(ArquillianExtension.class)
class TableFiltersIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private static final ZoneId PORTAL_ZONE = ZoneId.of("Europe/Stockholm");

    /** The filter box in the header of the column headed {@code header} of the table {@code tableId}. */
    static By filterBox(String tableId, String header) {
        return By.xpath("//*[@id='" + tableId
                + "']//th[.//span[contains(@class,'ui-column-title') and normalize-space()='" + header + "']]//input");
    }

    /**
     * Types {@code text} into a column's filter box and waits until the table has shown its rows
     * again: the first row shown before is replaced once the filtered rows arrive.
     */
    static List<String> filter(Browser browser, String tableId, String header, String text) {
        WebElement firstRow = browser.driver().findElement(By.cssSelector("[id='" + tableId + "'] tbody tr"));
        browser.type(filterBox(tableId, header), text);
        browser.waitFor(ExpectedConditions.stalenessOf(firstRow));
        browser.waitForAjax();
        return rows(browser, tableId);
    }

    static List<String> rows(Browser browser, String tableId) {
        return browser.driver().findElements(By.cssSelector("[id='" + tableId + "'] tbody tr")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private String loggedInquiry() {
        String outlet = "Filterposten " + UUID.randomUUID().toString().substring(0, 8);
        TestInquiries.logDueWithinTheHour(
                Api.as(base, "petra"), "Filip Filtersson", outlet, "Hur filtrerar ni loggen?");
        return outlet;
    }

    private static String thisMonth() {
        return LocalDateTime.now(PORTAL_ZONE).format(DateTimeFormatter.ofPattern("yyyy-MM"));
    }

    @Test
    void theInquiryLogsReceivedFilterKeepsOnlyInquiriesReceivedInTheTypedMonth() throws Exception {
        String outlet = loggedInquiry();
        try (Browser browser = Browser.open(base)) {
            browser.login("petra");
            browser.go("/press/inquiries.xhtml");
            assertThat(filter(browser, "logTableForm:log", "Medium", outlet))
                    .singleElement()
                    .asString()
                    .contains(outlet);

            assertThat(filter(browser, "logTableForm:log", "Mottagen", "2020-01"))
                    .as("received in January 2020")
                    .noneMatch(row -> row.contains(outlet));
            assertThat(filter(browser, "logTableForm:log", "Mottagen", thisMonth()))
                    .as("received this month")
                    .singleElement()
                    .asString()
                    .contains(outlet);
            String today = LocalDateTime.now(PORTAL_ZONE).toLocalDate().toString();
            assertThat(filter(browser, "logTableForm:log", "Mottagen", today))
                    .as("received today")
                    .singleElement()
                    .asString()
                    .contains(outlet);
        }
    }

    @Test
    void theInquiryLogsDeadlineFilterKeepsOnlyInquiriesDueInTheTypedMonth() throws Exception {
        String outlet = loggedInquiry();
        String dueMonth = LocalDateTime.now(PORTAL_ZONE).plusHours(1).format(DateTimeFormatter.ofPattern("yyyy-MM"));
        try (Browser browser = Browser.open(base)) {
            browser.login("petra");
            browser.go("/press/inquiries.xhtml");
            filter(browser, "logTableForm:log", "Medium", outlet);

            assertThat(filter(browser, "logTableForm:log", "Deadline", "2020-01"))
                    .as("due in January 2020")
                    .noneMatch(row -> row.contains(outlet));
            assertThat(filter(browser, "logTableForm:log", "Deadline", dueMonth))
                    .as("due in " + dueMonth)
                    .singleElement()
                    .asString()
                    .contains(outlet);
        }
    }

    @Test
    void theInquiryLogsStatusFilterMatchesTheStatusAsTheTableShowsIt() throws Exception {
        String outlet = loggedInquiry();
        try (Browser browser = Browser.open(base)) {
            browser.login("petra");
            browser.go("/press/inquiries.xhtml");
            filter(browser, "logTableForm:log", "Medium", outlet);

            assertThat(filter(browser, "logTableForm:log", "Status", "Besvarad"))
                    .as("answered")
                    .noneMatch(row -> row.contains(outlet));
            assertThat(filter(browser, "logTableForm:log", "Status", "ny"))
                    .as("new, typed in lower case")
                    .singleElement()
                    .asString()
                    .contains(outlet);
        }
    }

    @Test
    void aReceivedFilterThatIsNoDateSaysSoInPlaceOfTheRows() throws Exception {
        try (Browser browser = Browser.open(base)) {
            browser.login("petra");
            browser.go("/press/inquiries.xhtml");
            assertThat(filter(browser, "logTableForm:log", "Mottagen", "nästa vecka"))
                    .singleElement()
                    .asString()
                    .contains("”nästa vecka” är inget datum")
                    .contains("2026-11");
        }
    }

    @Test
    void theRegistrysNameFilterFindsASpokespersonByFirstNameSurnameOrBothInEitherOrder() throws Exception {
        try (Browser browser = Browser.open(base)) {
            browser.login("petra");
            browser.go("/press/registry.xhtml");
            for (String typed : List.of("Tomas", "Rydén", "tomas rydén", "Rydén, Tomas")) {
                assertThat(filter(browser, "registryForm:registry", "Namn", typed))
                        .as(typed)
                        .anyMatch(row -> row.contains("Tomas Rydén"));
            }
            assertThat(filter(browser, "registryForm:registry", "Namn", "Tomas Zzzqq"))
                    .as("a first name with another surname")
                    .noneMatch(row -> row.contains("Tomas Rydén"));
        }
    }

    @Test
    void theDirectorysNameFilterKeepsOnlyAmbassadorsOfThatName() throws Exception {
        try (Browser browser = Browser.open(base)) {
            browser.login("klara");
            browser.go("/ambassador/directory/directory.xhtml");
            assertThat(filter(browser, "tableForm:ambassadors", "Namn", "Zzzqq"))
                    .as("a name nobody has")
                    .singleElement()
                    .asString()
                    .isEqualTo("Inga rader att visa.");
            List<String> yusuf = filter(browser, "tableForm:ambassadors", "Namn", "yusuf, ahmed");
            assertThat(yusuf).anyMatch(row -> row.contains("Ahmed Yusuf"));
            assertThat(yusuf).noneMatch(row -> row.contains("Linnea Strand"));
        }
    }

    @Test
    void theDirectorysSearchFormFindsAnAmbassadorByName() throws Exception {
        try (Browser browser = Browser.open(base)) {
            browser.login("klara");
            browser.go("/ambassador/directory/directory.xhtml");
            browser.type(By.id("searchForm:name"), "Ahmed Yusuf");
            browser.driver().findElement(By.id("searchForm:search")).click();
            browser.waitFor(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("tableForm:ambassadors"), "Linnea Strand")));
            assertThat(rows(browser, "tableForm:ambassadors")).anyMatch(row -> row.contains("Ahmed Yusuf"));
        }
    }

    /** A lazy list with filter boxes above its columns: the page, its table and who sees rows in it. */
    private record FilteredList(String page, String table) {}

    /** Every lazy list that shows filter boxes, by the demo user who sees rows in it. */
    private static final Map<String, List<FilteredList>> LISTS = Map.of(
            "petra",
            List.of(
                    new FilteredList("/press/inquiries.xhtml", "logTableForm:log"),
                    new FilteredList("/press/registry.xhtml", "registryForm:registry"),
                    new FilteredList("/press/routing.xhtml", "topicListForm:topics"),
                    new FilteredList("/press/routing.xhtml", "rotaForm:rota")),
            "klara",
            List.of(
                    new FilteredList("/ambassador/directory/directory.xhtml", "tableForm:ambassadors"),
                    new FilteredList("/ambassador/manage/training.xhtml", "completionsForm:completions")),
            "eva",
            List.of(
                    new FilteredList("/story/index.xhtml", "storyTableForm:stories"),
                    new FilteredList("/policy/index.xhtml", "documentsForm:documents")),
            "admin",
            List.of(
                    new FilteredList("/admin/people.xhtml", "peopleTableForm:people"),
                    new FilteredList("/admin/units.xhtml", "unitTableForm:units"),
                    new FilteredList("/admin/users.xhtml", "userTableForm:users")));

    /** The data rows of a table: its rows but the one that says there are none. */
    static By dataRows(String tableId) {
        return By.cssSelector("[id='" + tableId + "'] tbody tr:not(.ui-datatable-empty-message)");
    }

    /**
     * A filter box the boundary does not read leaves the rows as they were: so text that no row
     * holds (and that is no date either), typed into any box of any list, must leave the list
     * empty, saying why in place of the rows.
     */
    /**
     * Opens the list's page afresh and waits until its table shows filter boxes that are all empty:
     * a page opened again at its own address must not be judged by the one it replaces. Null when
     * it shows none, with the page's address and title.
     */
    private static String openedAfresh(Browser browser, FilteredList list) {
        browser.go(list.page());
        By boxes = By.cssSelector("[id='" + list.table() + "'] thead input.ui-column-filter");
        try {
            browser.waitFor(d -> !d.findElements(boxes).isEmpty()
                    && d.findElements(boxes).stream()
                            .allMatch(box -> box.getAttribute("value").isEmpty()));
            return null;
        } catch (org.openqa.selenium.TimeoutException none) {
            return browser.driver().getCurrentUrl() + " (" + browser.driver().getTitle() + ")";
        }
    }

    @Test
    void everyFilterBoxAboveAListEmptiesItForTextNoRowHolds() throws Exception {
        SoftAssertions softly = new SoftAssertions();
        for (Map.Entry<String, List<FilteredList>> user : LISTS.entrySet()) {
            try (Browser browser = Browser.open(base)) {
                browser.login(user.getKey());
                for (FilteredList list : user.getValue()) {
                    String shown = openedAfresh(browser, list);
                    if (shown != null) {
                        softly.fail(list + " shows no filter boxes as " + user.getKey() + " at " + shown);
                        continue;
                    }
                    List<String> headers =
                            browser
                                    .driver()
                                    .findElements(By.cssSelector("[id='" + list.table() + "'] thead th"))
                                    .stream()
                                    .filter(th -> !th.findElements(By.cssSelector("input.ui-column-filter"))
                                            .isEmpty())
                                    .map(th -> th.findElement(By.cssSelector(".ui-column-title"))
                                            .getText()
                                            .trim())
                                    .toList();
                    for (String header : headers) {
                        String where = list + ", the box above " + header + " (as " + user.getKey() + ")";
                        shown = openedAfresh(browser, list);
                        if (shown != null
                                || browser.driver()
                                        .findElements(dataRows(list.table()))
                                        .isEmpty()) {
                            softly.fail(where + ": the list has no rows to filter at "
                                    + browser.driver().getCurrentUrl());
                            continue;
                        }
                        filter(browser, list.table(), header, "Zzqx9");
                        softly.assertThat(browser.driver().findElements(dataRows(list.table())))
                                .as(where + " left rows that do not hold Zzqx9")
                                .isEmpty();
                    }
                }
            }
        }
        softly.assertAll();
    }
}
