package se.ambassadorsportalen.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.selenium.AxeBuilder;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The policy module in the browser: a communicator publishes a document and a new major
 * version of it, an employee finds it on her home page and acknowledges it, and her manager
 * sees the coverage of his unit rise. Every policy page passes the axe check.
 */
@ExtendWith(ArquillianExtension.class)
class PolicyJourneyIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    /** The levels of the page's headings in document order. */
    private static List<Integer> headingLevels(Browser browser) {
        List<?> levels = (List<?>)
                ((JavascriptExecutor) browser.driver())
                        .executeScript(
                                "return Array.from(document.querySelectorAll('h1,h2,h3,h4,h5,h6')).map(h => Number(h.tagName.substring(1)));");
        return levels.stream().map(level -> ((Number) level).intValue()).toList();
    }

    /** Headings that go more than one level deeper than the one before them. */
    private static List<String> outlineGaps(Browser browser) {
        List<Integer> levels = headingLevels(browser);
        List<String> gaps = new java.util.ArrayList<>();
        for (int i = 1; i < levels.size(); i++) {
            if (levels.get(i) > levels.get(i - 1) + 1) {
                gaps.add("h" + levels.get(i - 1) + " → h" + levels.get(i));
            }
        }
        return gaps;
    }

    @Test
    void klaraPublishesAMajorVersionEvaAcknowledgesItAndMagnusSeesCoverageRise() throws Exception {
        String title = "Riktlinje för bildval " + UUID.randomUUID().toString().substring(0, 6);
        try (Browser browser = Browser.open(base)) {
            try {
                browser.login("klara");
                browser.go("/policy/manage/edit.xhtml");
                assertThat(browser.seriousAccessibilityViolations())
                        .as("new document page")
                        .isEmpty();
                assertThat(browser.datePickerButtonsWithMismatchedNames())
                        .as("date-picker buttons")
                        .isEmpty();
                browser.type(By.id("policyForm:ownerName"), "Webbchef");
                browser.type(By.id("policyForm:adoptedBy"), "Kommunikationschefen");
                browser.driver()
                        .findElement(By.cssSelector("[id='policyForm:requiresAcknowledgement'] .ui-chkbox-box"))
                        .click();
                browser.type(By.id("policyForm:bodySv"), "Vi väljer bilder som visar bredden. Fråga alltid om lov.");
                browser.waitFor(
                        ExpectedConditions.textToBePresentInElementLocated(By.id("policyForm:lixScore"), "LIX"));

                publish(browser);
                browser.waitFor(
                        ExpectedConditions.textToBePresentInElementLocated(By.id("policyForm"), "Skriv en titel"));
                assertThat(browser.driver()
                                .findElement(By.id("policyForm:bodySv"))
                                .getAttribute("value"))
                        .as("nothing typed is lost")
                        .startsWith("Vi väljer bilder");

                browser.type(By.id("policyForm:titleSv"), title);
                publish(browser);
                browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("shownVersion"), "1.0"));
                assertThat(browser.driver().findElement(By.id("messages")).getText())
                        .as("told after publishing")
                        .contains("är publicerad som version 1.0");
                String documentUrl = browser.driver().getCurrentUrl();
                String id = documentUrl.replaceAll(".*[?&]id=([0-9]+).*", "$1");

                browser.driver().findElement(By.id("editDocument")).click();
                browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("policyForm:versionNumber")));
                browser.type(By.id("policyForm:versionNumber"), "1.0");
                publish(browser);
                browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("policyForm"), "inte högre"));
                browser.type(By.id("policyForm:versionNumber"), "2.0");
                browser.type(
                        By.id("policyForm:bodySv"),
                        "# Bildval\n\nVi väljer bilder som visar bredden.\n\n### Samtycke\n\nFråga alltid om lov, även kolleger.");
                browser.type(By.id("policyForm:changeNote"), "Samtycke gäller även kolleger.");
                publish(browser);
                browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("shownVersion"), "2.0"));
                assertThat(browser.seriousAccessibilityViolations())
                        .as("document page")
                        .isEmpty();
                assertThat(headingLevels(browser))
                        .as("the body's headings sit under the page's h1 without gaps")
                        .containsSubsequence(1, 2, 3)
                        .filteredOn(level -> level == 1)
                        .hasSize(1);
                assertThat(outlineGaps(browser)).isEmpty();
                assertThat(new AxeBuilder()
                                .withRules(List.of("heading-order", "page-has-heading-one"))
                                .analyze(browser.driver())
                                .getViolations())
                        .as("axe heading order")
                        .isEmpty();

                // the owner changes without a new version
                browser.driver().findElement(By.id("editDocument")).click();
                browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("policyForm:saveSettings")));
                browser.type(By.id("policyForm:ownerName"), "Bildredaktör");
                browser.driver().findElement(By.id("policyForm:saveSettings")).click();
                browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("facts"), "Bildredaktör"));
                assertThat(browser.driver().findElement(By.id("shownVersion")).getText())
                        .contains("2.0");
                assertThat(browser.driver().findElements(By.cssSelector("#versions tbody tr")))
                        .hasSize(2);

                browser.driver().findElement(By.id("compareForm:compare")).click();
                browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("diffTable")));
                assertThat(browser.driver().findElement(By.id("diffTable")).getText())
                        .contains("Tillagd");
                assertThat(browser.seriousAccessibilityViolations())
                        .as("document page with comparison")
                        .isEmpty();
                browser.logout();

                browser.login("magnus");
                String before = med3Coverage(browser, id);
                assertThat(before).startsWith("0 av");
                browser.logout();

                // Eva reads and acknowledges it on her phone, on the ward
                browser.login("eva");
                browser.phone(Browser.PHONE_WIDTH);
                WebElement todo = browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("toAcknowledge")));
                assertThat(todo.getText()).contains(title);
                assertThat(browser.phoneProblems()).as("home page on a phone").isEmpty();
                todo.findElement(By.linkText(title)).click();
                WebElement acknowledge =
                        browser.waitFor(ExpectedConditions.elementToBeClickable(By.id("ackForm:acknowledge")));
                assertThat(browser.phoneProblems())
                        .as("the policy to acknowledge on a phone")
                        .isEmpty();
                assertThat(browser.seriousAccessibilityViolations())
                        .as("the policy to acknowledge on a phone")
                        .isEmpty();
                acknowledge.click();
                browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("acknowledged")));
                assertThat(browser.driver().findElement(By.id("acknowledged")).getText())
                        .contains("2.0");
                assertThat(browser.phoneProblems())
                        .as("the acknowledged policy on a phone")
                        .isEmpty();
                browser.go("/index.xhtml");
                assertThat(browser.driver()
                                .findElement(By.id("cardPolicyAcknowledge"))
                                .getText())
                        .doesNotContain(title);
                browser.desktop();
                browser.logout();

                browser.login("magnus");
                assertThat(med3Coverage(browser, id)).startsWith("1 av");
                assertThat(browser.seriousAccessibilityViolations())
                        .as("coverage page")
                        .isEmpty();
                browser.driver()
                        .findElement(By.cssSelector("[data-unit='HSF-MED3']"))
                        .findElement(By.xpath("ancestor::tr"))
                        .findElement(By.cssSelector("button"))
                        .click();
                browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("missingPeople")));
                assertThat(browser.driver().findElement(By.id("missingPeople")).getText())
                        .doesNotContain("Eva Lindqvist")
                        .contains("Aisha Mohammed");
                browser.driver().findElement(By.id("missingForm:remind")).click();
                browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "påminnelser"));
                browser.logout();
                assertThat(browser.seriousViolationsInEnglish())
                        .as("the pages of this journey in English")
                        .isEmpty();
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("policy-journey");
                throw e;
            }
        }
    }

    @Test
    void theCoveragePageSortsItsUnitsByTheirShareOfReadersBothWays() throws Exception {
        try (Browser browser = Browser.open(base)) {
            browser.login("klara");
            browser.go("/policy/coverage.xhtml");
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".coverage-share")));
            List<Integer> unsorted = shares(browser);
            assertThat(unsorted).as("units on the first page").hasSizeGreaterThan(1);
            assertThat(new java.util.HashSet<>(unsorted)).as("different shares").hasSizeGreaterThan(1);

            List<Integer> ascending = sortByShare(browser, "ascending", java.util.Comparator.naturalOrder());
            List<Integer> descending = sortByShare(browser, "descending", java.util.Comparator.reverseOrder());
            assertThat(descending.get(0)).isEqualTo(java.util.Collections.max(unsorted));
            assertThat(ascending.get(0)).isEqualTo(java.util.Collections.min(unsorted));
            assertThat(browser.seriousAccessibilityViolations())
                    .as("coverage page sorted by share")
                    .isEmpty();

            browser.phone(Browser.PHONE_WIDTH);
            assertThat(browser.phoneProblems()).as("coverage page on a phone").isEmpty();
            browser.desktop();
        }
    }

    /** Clicks the share's header and waits for the rows to come back in that order. */
    private static List<Integer> sortByShare(Browser browser, String order, java.util.Comparator<Integer> comparator) {
        By header = By.cssSelector("th[id='coverageForm:units:shareColumn']");
        browser.driver().findElement(header).click();
        browser.waitFor(ExpectedConditions.attributeToBe(header, "aria-sort", order));
        browser.waitFor(driver -> {
            List<Integer> shown = shares(browser);
            return shown.equals(shown.stream().sorted(comparator).toList());
        });
        return shares(browser);
    }

    private static List<Integer> shares(Browser browser) {
        return browser.driver().findElements(By.cssSelector(".coverage-share")).stream()
                .map(share -> Integer.parseInt(share.getText().replace("%", "").trim()))
                .toList();
    }

    private static String med3Coverage(Browser browser, String documentId) {
        browser.go("/policy/coverage.xhtml?id=" + documentId);
        return browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-unit='HSF-MED3']")))
                .getText();
    }

    @Test
    void policyListSearchAndChannelGuideAreAccessibleAndShowTheMatrixInWords() throws Exception {
        try (Browser browser = Browser.open(base)) {
            browser.login("eva");
            browser.go("/policy/index.xhtml");
            assertThat(browser.seriousAccessibilityViolations())
                    .as("policy list")
                    .isEmpty();

            browser.type(By.id("searchForm:query"), "?!");
            browser.driver().findElement(By.id("searchForm:search")).click();
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("searchForm"), "skiljetecken"));
            assertThat(browser.driver().findElement(By.id("searchForm:query")).getAttribute("value"))
                    .isEqualTo("?!");

            browser.type(By.id("searchForm:query"), "meddelarfrihet");
            browser.driver().findElement(By.id("searchForm:search")).click();
            browser.waitFor(
                    ExpectedConditions.textToBePresentInElementLocated(By.id("searchStatus"), "meddelarfrihet"));
            assertThat(browser.driver()
                            .findElement(By.id("documentsForm:documents"))
                            .getText())
                    .contains("Kommunikationspolicy")
                    .doesNotContain("instagrammare");

            browser.driver().findElement(By.linkText("Kommunikationspolicy")).click();
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("policyBody")));
            assertThat(browser.driver().findElement(By.id("policyBody")).getText())
                    .contains("Fem principer");
            assertThat(browser.seriousAccessibilityViolations())
                    .as("demo policy")
                    .isEmpty();

            browser.go("/policy/channels.xhtml");
            WebElement cell = browser.driver()
                    .findElement(By.cssSelector("#matrix td[data-channel='INSTAGRAM'][data-type='POLITICS']"));
            assertThat(cell.getText()).isEqualTo("Sällsynt");
            assertThat(browser.seriousAccessibilityViolations())
                    .as("channel guide")
                    .isEmpty();
            browser.logout();

            browser.login("klara");
            browser.go("/policy/manage/channels.xhtml");
            assertThat(browser.seriousAccessibilityViolations())
                    .as("channel guide editor")
                    .isEmpty();

            // The channel form edits the entity itself: a new channel is saved, and a refused change
            // keeps what was typed, with the reason at the field.
            String code = "IT" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(java.util.Locale.ROOT);
            browser.type(By.id("channelForm:code"), code);
            browser.type(By.id("channelForm:name_sv"), "Testkanal " + code);
            browser.type(By.id("channelForm:tone"), "Varm");
            browser.driver().findElement(By.id("channelForm:saveChannel")).click();
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("messages"), "Kanalen ”Testkanal " + code + "” är sparad."));
            browser.waitFor(ExpectedConditions.attributeToBe(By.id("channelForm:code"), "disabled", "true"));
            browser.type(By.id("channelForm:name_sv"), "");
            browser.type(By.id("channelForm:tone"), "Saklig");
            browser.driver().findElement(By.id("channelForm:saveChannel")).click();
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("channelForm"), "Ange kanalens namn på minst ett språk."));
            assertThat(browser.driver().findElement(By.id("channelForm:tone")).getAttribute("value"))
                    .isEqualTo("Saklig");
            assertThat(browser.driver()
                            .findElement(By.cssSelector("#channelForm h3"))
                            .getText())
                    .isEqualTo("Testkanal " + code);
            browser.logout();
        }
    }

    /** Publishing asks first: what a publication does is said in the dialog, and only "Publicera" goes on. */
    private static void publish(Browser browser) {
        browser.driver().findElement(By.id("policyForm:publish")).click();
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("policyForm:confirmPublish")));
        browser.driver().findElement(By.id("policyForm:confirmPublish")).click();
    }
}
