package se.ambassadorsportalen.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoginTargetTest {

    @ParameterizedTest(name = "after login, \"{0}\" leads to {1}")
    @CsvSource(
            nullValues = "NULL",
            value = {
                "/admin/users.xhtml, /admin/users.xhtml",
                "/policy/read.xhtml?id=5, /policy/read.xhtml?id=5",
                "NULL, /index.xhtml",
                "https://evil.example/, /index.xhtml",
                "//evil.example/, /index.xhtml",
                "/\\evil.example, /index.xhtml",
                "/login.xhtml, /index.xhtml",
                "index.xhtml, /index.xhtml",
                "/..//evil.example/, /index.xhtml",
                "/policy/../..//evil.example/, /index.xhtml",
                "/a b, /index.xhtml",
                "/story/../admin/users.xhtml, /index.xhtml"
            })
    void loginOnlyEverLeadsBackIntoThePortal(String requested, String expected) {
        assertThat(LoginBacking.safeTarget(requested)).isEqualTo(expected);
    }

    @Test
    void aTargetWithALineBreakCannotAddAHeaderToTheRedirect() {
        assertThat(LoginBacking.safeTarget("/policy/read.xhtml\r\nSet-Cookie: x=1"))
                .isEqualTo("/index.xhtml");
        assertThat(LoginBacking.safeTarget("/policy/read.xhtml\u0000")).isEqualTo("/index.xhtml");
    }
}
