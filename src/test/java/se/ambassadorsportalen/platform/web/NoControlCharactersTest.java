package se.ambassadorsportalen.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NoControlCharactersTest {

    @Test
    void nulEscapeAndBackspaceAreControlCharacters() {
        assertThat(NoControlCharacters.hasControlCharacters("a\u0000b")).isTrue();
        assertThat(NoControlCharacters.hasControlCharacters("\u001b[31mröd")).isTrue();
        assertThat(NoControlCharacters.hasControlCharacters("bak\u0008steg")).isTrue();
        assertThat(NoControlCharacters.hasControlCharacters("del\u007f")).isTrue();
    }

    @Test
    void tabsLineBreaksAndAnyLettersOrSymbolsAreText() {
        assertThat(NoControlCharacters.hasControlCharacters("Rad ett\r\nrad två\tmed tabb"))
                .isFalse();
        assertThat(NoControlCharacters.hasControlCharacters("Åsa 😀 עברית \u200b <script>"))
                .isFalse();
    }
}
