package se.ambassadorsportalen.lobbying.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.ambassadorsportalen.platform.PortalException;

class PublicLinksTest {

    @Test
    void webAddressesAreKeptOneALineWithoutBlankLines() {
        assertThat(PublicLinks.parse(" https://example.org/a.pdf \n\nhttp://example.org/b\r\n", "links"))
                .containsExactly("https://example.org/a.pdf", "http://example.org/b");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "javascript:alert(1)",
                "data:text/html,<script>alert(1)</script>",
                "ftp://example.org/x",
                "//example.org/x",
                "example.org",
                "https://user:secret@example.org/",
                "https:///nohost"
            })
    void anythingButAnAbsoluteHttpOrHttpsAddressIsRefusedAtTheLinksField(String link) {
        assertThatThrownBy(() -> PublicLinks.parse("https://example.org/ok\n" + link, "links"))
                .isInstanceOfSatisfying(PortalException.class, e -> {
                    assertThat(e.field()).isEqualTo("links");
                    assertThat(e.key()).isEqualTo("lobbying.links.invalid");
                });
    }

    @Test
    void moreThanTenLinksAreRefused() {
        String links = "https://example.org/x\n".repeat(PublicLinks.MAX_LINKS + 1);
        assertThatThrownBy(() -> PublicLinks.parse(links, "links"))
                .isInstanceOfSatisfying(
                        PortalException.class, e -> assertThat(e.key()).isEqualTo("lobbying.links.tooMany"));
    }
}
