package se.ambassadorsportalen.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Magnus records a meeting in the lobbying register on its form; a visitor without login finds it
 * by the organisation met, opens it and sees its history, and reads the withdrawn demo entry with
 * its reason. The register's pages pass axe at desktop and phone size.
 */
@ExtendWith(ArquillianExtension.class)
class LobbyingJourneyIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @Test
    void aManagerRecordsAMeetingAndAVisitorWithoutLoginFindsAndReadsIt() throws Exception {
        String organisation = "Cykelfrämjandet " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser magnus = Browser.open(base)) {
            WebDriver driver = magnus.driver();
            magnus.login("magnus");
            magnus.go("/lobbying/manage/edit.xhtml");
            NewsJourneyIT.checkAxe(magnus, "lobbying form");
            PressJourneyIT.setDate(
                    driver,
                    By.id("meetingForm:date_input"),
                    java.time.LocalDate.now().minusDays(1).toString());
            magnus.type(By.id("meetingForm:ourPeople"), "Enhetschef Magnus Berg");
            magnus.type(By.id("meetingForm:organisations"), organisation);
            magnus.type(By.id("meetingForm:issue"), "Cykelparkering vid sjukhuset");
            magnus.type(By.id("meetingForm:position"), "Vi bygger fler platser när parkeringshuset byggs om.");
            magnus.type(By.id("meetingForm:links"), "https://fjallmark.example/beslut/cykel.pdf");
            driver.findElement(By.id("meetingForm:save")).click();
            PressJourneyIT.waitForText(magnus, By.id("meeting"), organisation, "lobbying-recorded");
        }

        try (Browser visitor = Browser.open(base)) {
            WebDriver driver = visitor.driver();
            visitor.go("/public/lobbying.xhtml");
            assertThat(driver.findElements(By.id("mainNav")))
                    .as("not signed in")
                    .isEmpty();
            NewsJourneyIT.checkAxe(visitor, "public register");
            visitor.type(By.id("filterForm:organisation"), organisation);
            driver.findElement(By.id("filterForm:search")).click();
            PressJourneyIT.waitForText(
                    visitor, By.id("meetingsForm:meetings"), "Cykelparkering vid sjukhuset", "lobbying-filtered");
            waitForTheFilteredAnswer(visitor, "organisation=");
            driver.findElement(By.linkText("Cykelparkering vid sjukhuset")).click();
            visitor.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("revisions")));
            assertThat(driver.findElement(By.id("meeting")).getText()).contains(organisation, "Enhetschef Magnus Berg");
            assertThat(driver.findElement(By.cssSelector("a[href='https://fjallmark.example/beslut/cykel.pdf']"))
                            .isDisplayed())
                    .isTrue();
            NewsJourneyIT.checkAxe(visitor, "register entry");

            visitor.go("/public/lobbying.xhtml");
            visitor.type(By.id("filterForm:issue"), "Hyresavtal för vårdcentraler");
            driver.findElement(By.id("filterForm:search")).click();
            PressJourneyIT.waitForText(visitor, By.id("meetingsForm:meetings"), "Tillbakadragen", "lobbying-withdrawn");
            waitForTheFilteredAnswer(visitor, "issue=");
            driver.findElement(By.linkText("Hyresavtal för vårdcentraler")).click();
            PressJourneyIT.waitForText(
                    visitor, By.id("withdrawnNotice"), "Mötet ställdes in", "lobbying-withdrawn-entry");
        }
    }

    /**
     * The unfiltered table may already show what the filter finds; the ajax answer has arrived when
     * the export link carries the filter (the table is replaced then, so earlier elements go stale).
     */
    private static void waitForTheFilteredAnswer(Browser visitor, String filter) {
        visitor.waitFor(
                d -> d.findElement(By.id("exportCsv")).getAttribute("href").contains(filter));
    }
}
