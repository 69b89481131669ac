package se.ambassadorsportalen.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HttpsRequiredFilterTest {

    @Test
    void aPageOverHttpGoesToTheSamePathOnTheConfiguredHttpsAddress() {
        assertThat(HttpsRequiredFilter.redirect(
                        "GET", "https://ambassad.region.example", 9443, "/policy/index.xhtml", "lang=en"))
                .contains("https://ambassad.region.example/policy/index.xhtml?lang=en");
    }

    @Test
    void anHttpAddressIsTurnedIntoHttpsOnTheHttpsPortWithItsContextPath() {
        assertThat(HttpsRequiredFilter.redirect("HEAD", "http://localhost:9080/portal", 9443, "/login.xhtml", null))
                .contains("https://localhost:9443/portal/login.xhtml");
        assertThat(HttpsRequiredFilter.redirect("GET", "http://portal.example", 443, "/", null))
                .contains("https://portal.example/");
    }

    @Test
    void changesOverHttpAreNotRedirectedButRefused() {
        assertThat(HttpsRequiredFilter.redirect("POST", "https://portal.example", 443, "/api/v1/stories", null))
                .isEmpty();
        assertThat(HttpsRequiredFilter.redirect("DELETE", "https://portal.example", 443, "/api/v1/me/tokens/1", null))
                .isEmpty();
    }

    @Test
    void aPathThatLooksLikeAnotherHostStaysOnThePortal() {
        assertThat(HttpsRequiredFilter.redirect("GET", "https://portal.example", 443, "//evil.example/x", null))
                .contains("https://portal.example//evil.example/x");
    }
}
