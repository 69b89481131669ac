package se.ambassadorsportalen.policy.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PolicyTextTest {

    @Test
    void markdownWithoutHtmlIsStoredExactlyAsTyped() {
        String text = "## Principer\n\nVi är **sakliga** och *begripliga*.\n\n- Först internt\n- Sedan externt";

        PolicyText.Cleaned cleaned = PolicyText.clean(text);

        assertThat(cleaned.text()).isEqualTo(text);
        assertThat(cleaned.htmlRemoved()).isFalse();
    }

    @Test
    void scriptBlockIsRemovedAndTheRestKept() {
        PolicyText.Cleaned cleaned = PolicyText.clean("Första stycket.\n\n<script>alert('x')</script>\n\nAndra stycket.");

        assertThat(cleaned.htmlRemoved()).isTrue();
        assertThat(cleaned.text()).isEqualTo("Första stycket.\n\nAndra stycket.");
    }

    @Test
    void inlineTagWithEventHandlerIsRemoved() {
        PolicyText.Cleaned cleaned = PolicyText.clean("Se bilden <img src=x onerror=\"alert(1)\"> här.");

        assertThat(cleaned.text()).isEqualTo("Se bilden  här.").doesNotContain("onerror");
        assertThat(cleaned.htmlRemoved()).isTrue();
    }

    @Test
    void htmlThatTheRemovalWouldJoinUpIsRemovedToo() {
        PolicyText.Cleaned cleaned = PolicyText.clean("a <scr<b>ipt>alert(1)</script> b");

        assertThat(cleaned.text()).doesNotContain("<script").doesNotContain("<b>");
    }

    @Test
    void renderingEscapesHtmlAndDropsJavascriptLinks() {
        String html = PolicyText.toHtml("Klicka [här](javascript:alert(1)) eller <b onclick=x>där</b>.");

        assertThat(html).doesNotContain("javascript:").doesNotContain("<b onclick");
        assertThat(html).contains("&lt;b onclick=x&gt;");
    }

    @Test
    void renderingTurnsMarkdownIntoHeadingsListsAndEmphasis() {
        assertThat(PolicyText.toHtml("## Ansvar\n\n- **Chefer** svarar")).contains("<h2>Ansvar</h2>")
                .contains("<li><strong>Chefer</strong> svarar</li>");
    }

    @Test
    void plainTextLeavesOutTheMarkdownMarks() {
        assertThat(PolicyText.plainText("## Rubrik\n\nEn **fet** mening.")).contains("Rubrik").contains("En fet mening.")
                .doesNotContain("**").doesNotContain("##");
    }
}
