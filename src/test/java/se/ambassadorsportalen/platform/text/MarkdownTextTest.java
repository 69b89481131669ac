package se.ambassadorsportalen.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTextTest {

    @Test
    void markdownWithoutHtmlIsStoredExactlyAsTyped() {
        String text = "## Principer\n\nVi är **sakliga** och *begripliga*.\n\n- Först internt\n- Sedan externt";

        MarkdownText.Cleaned cleaned = MarkdownText.clean(text);

        assertThat(cleaned.text()).isEqualTo(text);
        assertThat(cleaned.htmlRemoved()).isFalse();
    }

    @Test
    void scriptBlockIsRemovedAndTheRestKept() {
        MarkdownText.Cleaned cleaned =
                MarkdownText.clean("Första stycket.\n\n<script>alert('x')</script>\n\nAndra stycket.");

        assertThat(cleaned.htmlRemoved()).isTrue();
        assertThat(cleaned.text()).isEqualTo("Första stycket.\n\nAndra stycket.");
    }

    @Test
    void inlineTagWithEventHandlerIsRemoved() {
        MarkdownText.Cleaned cleaned = MarkdownText.clean("Se bilden <img src=x onerror=\"alert(1)\"> här.");

        assertThat(cleaned.text()).isEqualTo("Se bilden  här.").doesNotContain("onerror");
        assertThat(cleaned.htmlRemoved()).isTrue();
    }

    @Test
    void htmlThatTheRemovalWouldJoinUpIsRemovedToo() {
        MarkdownText.Cleaned cleaned = MarkdownText.clean("a <scr<b>ipt>alert(1)</script> b");

        assertThat(cleaned.text()).doesNotContain("<script").doesNotContain("<b>");
    }

    @Test
    void renderingEscapesHtmlAndDropsJavascriptLinks() {
        String html = MarkdownText.toHtml("Klicka [här](javascript:alert(1)) eller <b onclick=x>där</b>.");

        assertThat(html).doesNotContain("javascript:").doesNotContain("<b onclick");
        assertThat(html).contains("&lt;b onclick=x&gt;");
    }

    @Test
    void renderingDropsDataAndVbscriptLinksAndImagesButKeepsWebMailAndRelativeOnes() {
        String html = MarkdownText.toHtml("[a](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) "
                + "[b](DATA:text/html,x) [c](vbscript:msgbox) [d]( javascript:alert(1)) ![e](data:image/svg+xml,x) "
                + "[f](https://vgr.example/a) [g](mailto:kommunikation@vgr.example) [h](/policy/index.xhtml)");

        assertThat(html.toLowerCase())
                .doesNotContain("data:")
                .doesNotContain("vbscript:")
                .doesNotContain("javascript:");
        assertThat(html)
                .contains("href=\"https://vgr.example/a\"")
                .contains("href=\"mailto:kommunikation@vgr.example\"")
                .contains("href=\"/policy/index.xhtml\"");
    }

    @Test
    void renderingTurnsMarkdownIntoHeadingsListsAndEmphasis() {
        assertThat(MarkdownText.toHtml("## Ansvar\n\n- **Chefer** svarar"))
                .contains("<h2>Ansvar</h2>")
                .contains("<li><strong>Chefer</strong> svarar</li>");
    }

    @Test
    void aTopLevelHeadingInTheBodyGoesUnderThePagesOwnH1() {
        String html = MarkdownText.toHtml("# Syfte\n\nText.\n\n## Bakgrund\n\nMer.\n\n# Ansvar\n\nSlut.");

        assertThat(html)
                .doesNotContain("<h1")
                .contains("<h2>Syfte</h2>")
                .contains("<h3>Bakgrund</h3>")
                .contains("<h2>Ansvar</h2>");
    }

    @Test
    void aBodyStartingDeeperStillStartsAtH2() {
        assertThat(MarkdownText.toHtml("### Detalj\n\nText.\n\n#### Underdetalj"))
                .contains("<h2>Detalj</h2>")
                .contains("<h3>Underdetalj</h3>");
    }

    @Test
    void aSkippedHeadingLevelIsClosedUpSoTheOutlineHasNoGaps() {
        String html = MarkdownText.toHtml("# Syfte\n\n#### Djupt nere\n\n## Ansvar\n\n###### Längst ner");

        assertThat(html)
                .contains("<h2>Syfte</h2>")
                .contains("<h3>Djupt nere</h3>")
                .contains("<h3>Ansvar</h3>")
                .contains("<h4>Längst ner</h4>");
    }

    @Test
    void setextHeadingsAreNestedLikeTheOthers() {
        assertThat(MarkdownText.toHtml("Syfte\n=====\n\nText.\n\nBakgrund\n--------"))
                .contains("<h2>Syfte</h2>")
                .contains("<h3>Bakgrund</h3>");
    }

    @Test
    void headingsNeverGoBelowH6() {
        assertThat(MarkdownText.toHtml("# A\n\n## B\n\n### C\n\n#### D\n\n##### E\n\n###### F"))
                .contains("<h6>E</h6>")
                .contains("<h6>F</h6>")
                .doesNotContain("<h7");
    }

    @Test
    void htmlHeadingsInTheSourceAreShownAsTextNotAsASecondH1() {
        String html = MarkdownText.toHtml(
                MarkdownText.clean("<h1>Egen rubrik</h1>\n\nText.").text());

        assertThat(html).doesNotContain("<h1");
    }

    @Test
    void plainTextLeavesOutTheMarkdownMarks() {
        assertThat(MarkdownText.plainText("## Rubrik\n\nEn **fet** mening."))
                .contains("Rubrik")
                .contains("En fet mening.")
                .doesNotContain("**")
                .doesNotContain("##");
    }
}
