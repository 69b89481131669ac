package se.ambassadorsportalen.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageRedirectTest {

    @ParameterizedTest(name = "switching language on \"{0}\" stays on {1}")
    @CsvSource({
        "/policy/read.xhtml, /policy/read.xhtml",
        "//evil.example/x.xhtml, /evil.example/x.xhtml",
        "///evil.example/x.xhtml, /evil.example/x.xhtml",
        "/\\evil.example/x.xhtml, /evil.example/x.xhtml"
    })
    void theLanguageSwitchOnlyEverRedirectsWithinThePortal(String servletPath, String expected) {
        assertThat(LanguageFilter.samePage("", servletPath, null)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "under the context path, \"{0}\" stays on {1}")
    @CsvSource({"//evil.example/x.xhtml, /portal/evil.example/x.xhtml"})
    void theContextPathIsKept(String servletPath, String expected) {
        assertThat(LanguageFilter.samePage("/portal", servletPath, null)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "the switch applies on \"{0}\" + \"{1}\": {2}")
    @CsvSource(
            value = {
                "'', NULL, true",
                "/, NULL, true",
                "'', /, true",
                "/index.xhtml, NULL, true",
                "/press/inquiries.xhtml, NULL, true",
                "/api, /v1/policies, false",
                "/resources/css/portal.css, NULL, false"
            },
            nullValues = "NULL")
    void theLanguageSwitchAppliesToPagesAndTheContextRootOnly(String servletPath, String pathInfo, boolean page) {
        assertThat(LanguageFilter.isPage(servletPath, pathInfo)).isEqualTo(page);
    }
}
