package se.ambassadorsportalen.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Danish beside Swedish and English, and the organisation's profile where people look for it: an
 * employee switches to Danish where the organisation offers it and reads Danish text and Danish
 * dates; {@code ?lang=} cannot pick a language the organisation does not offer; the profile's
 * contact addresses and careers site are shown, escaped, to visitors and employees. Each test
 * changes the profile through the admin API and puts it back as it found it.
 */
@ExtendWith(ArquillianExtension.class)
class LanguagesAndContactsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @Test
    void anEmployeeSwitchesToDanishWhereTheOrganisationOffersItAndReadsDanishTextAndDates() throws Exception {
        ProfileChange.withDanishOffered(base, () -> {
            try (Browser browser = Browser.open(base)) {
                browser.login("eva");
                browser.go("/news/index.xhtml");
                assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang"))
                        .isEqualTo("sv");
                assertThat(dates(browser))
                        .isNotEmpty()
                        .allSatisfy(date -> assertThat(date).containsPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}"));

                browser.driver().findElement(By.cssSelector("a[hreflang='da']")).click();

                try {
                    browser.waitFor(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "da"));
                    assertThat(browser.driver().getCurrentUrl()).doesNotContain("lang=");
                    assertThat(browser.driver()
                                    .findElement(By.cssSelector("h1"))
                                    .getText())
                            .isEqualTo("Interne nyheder");
                    assertThat(browser.driver().findElement(By.id("logout")).getText())
                            .contains("Log ud");
                    assertThat(dates(browser))
                            .isNotEmpty()
                            .allSatisfy(date -> assertThat(date)
                                    .containsPattern("\\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2}")
                                    .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}"));
                    // PrimeFaces' own Danish texts (date pickers, calendars) came with the page
                    assertThat(((org.openqa.selenium.JavascriptExecutor) browser.driver())
                                    .executeScript("return PrimeFaces.getLocaleSettings().dayNames[1];"))
                            .isEqualTo("Mandag");
                    // the switch now offers the other two, each in its own language
                    assertThat(browser.driver().findElements(By.cssSelector("a[hreflang]")))
                            .extracting(link -> link.getAttribute("hreflang"))
                            .containsExactly("sv", "en");
                    assertThat(browser.seriousAccessibilityViolations()).isEmpty();

                    browser.logout();
                    browser.loginKeepingTheAccountsLanguage("eva");
                    assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang"))
                            .as("the account remembers Danish")
                            .isEqualTo("da");
                } finally {
                    browser.go("/index.xhtml?lang=sv"); // the account remembers it: Swedish for other tests
                }
            }
        });
    }

    @Test
    void aDanishReaderSeesTheChannelGuidesChannelsAndMaterialTypesNamedInDanish() throws Exception {
        ProfileChange.with(base, p -> p.add("languages", Json.createArrayBuilder(List.of("sv", "en", "da"))), () -> {
            WebSession hanna = WebSession.signIn(base, "hanna", Api.DEMO_PASSWORD);
            try {
                hanna.get("/policy/channels.xhtml?lang=sv"); // applies the choice and redirects to the page
                String swedish = hanna.get("/policy/channels.xhtml").body();
                assertThat(swedish).contains("Webbplatsen", "Personporträtt").doesNotContain("Hjemmesiden");

                hanna.get("/policy/channels.xhtml?lang=da");
                String danish = hanna.get("/policy/channels.xhtml").body();

                assertThat(danish)
                        .contains("lang=\"da\"")
                        .contains("Hjemmesiden", "Intranettet", "Medarbejderportræt", "Stillingsopslag")
                        .doesNotContain("Webbplatsen", "Personporträtt");
            } finally {
                hanna.get("/index.xhtml?lang=sv"); // the account remembers it: Swedish for other tests
            }
        });
    }

    @Test
    void langCannotPickALanguageTheOrganisationDoesNotOfferAndTheAccountKeepsItsOwn() throws Exception {
        ProfileChange.with(base, p -> p.add("languages", Json.createArrayBuilder(List.of("sv", "en"))), () -> {
            try (Browser browser = Browser.open(base)) {
                browser.login("hanna");
                browser.go("/index.xhtml?lang=da");

                assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang"))
                        .isEqualTo("sv");
                assertThat(browser.driver().findElements(By.cssSelector("a[hreflang='da']")))
                        .isEmpty();

                browser.logout();
                browser.loginKeepingTheAccountsLanguage("hanna");
                assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang"))
                        .as("a refused choice is not saved on the account")
                        .isEqualTo("sv");
            }
        });
    }

    @Test
    void theProfilesContactsAndCareersSiteAreShownEscapedToVisitorsAndEmployees() throws Exception {
        ProfileChange.with(
                base,
                p -> p.add("contactEmail", "<script>alert(1)</script>@kontakt.example")
                        .add("pressEmail", "press@kontakt.example")
                        .add("phone", "<i>010-12 34 56</i>")
                        .add("careersUrl", "https://jobb.kontakt.example/sok?yrke=1&ort=2"),
                () -> {
                    String loginPage = Api.anonymous(base).get("/login.xhtml").body();
                    String publicFeed =
                            Api.anonymous(base).get("/public/ambassadors.xhtml").body();
                    String home = WebSession.signIn(base, "eva", Api.DEMO_PASSWORD)
                            .get("/index.xhtml")
                            .body();

                    for (String page : List.of(loginPage, publicFeed, home)) {
                        assertThat(page)
                                .contains("id=\"organisationContacts\"")
                                .contains("mailto:press@kontakt.example")
                                .contains("&lt;i&gt;010-12 34 56&lt;/i&gt;")
                                .contains("href=\"https://jobb.kontakt.example/sok?yrke=1&amp;ort=2\"")
                                .contains("&lt;script&gt;alert(1)&lt;/script&gt;@kontakt.example")
                                .doesNotContain("<script>alert(1)")
                                .doesNotContain("<i>010");
                    }
                    assertThat(publicFeed)
                            .as("the public story feed invites visitors to the careers site")
                            .contains("id=\"careersInvitation\"");
                });
    }

    /** The dates in the news list's "published" column, as shown. */
    private static List<String> dates(Browser browser) {
        return browser.driver().findElements(By.cssSelector("[id='newsForm:news'] tbody tr td:nth-child(3)")).stream()
                .map(cell -> cell.getText().trim())
                .filter(text -> !text.isEmpty())
                .toList();
    }
}
