package se.ambassadorsportalen.platform.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Formatted text written in Markdown: policy documents and internal news. Raw HTML in what a writer sends
 * (a pasted {@code <script>}, an {@code onerror} handler, any tag) is cut out of the source
 * before it is stored, so what is stored is exactly what is shown; rendering escapes any HTML
 * that might still be there and keeps only web, mail and relative links (no {@code javascript:},
 * {@code vbscript:} or {@code data:}). Markdown rather than a
 * rich-text editor: the source diffs line by line between versions, the editor is a plain
 * accessible text area, and there is no HTML to trust at all.
 */
public final class MarkdownText {

    private static final Parser PARSER = Parser.builder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();
    /**
     * Links and images may only go to the web or to an e-mail address (or stay relative). The
     * library's default also lets {@code data:} through, which a browser may open as a page of
     * the attacker's choosing; {@code javascript:} and {@code vbscript:} were never allowed.
     */
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto")))
            .build();

    private static final TextContentRenderer PLAIN =
            TextContentRenderer.builder().build();

    /** The text as it will be stored, and whether raw HTML had to be removed from it. */
    public record Cleaned(String text, boolean htmlRemoved) {}

    private MarkdownText() {}

    /** Removes every raw HTML block and inline tag from Markdown source, leaving the rest exactly as typed. */
    public static Cleaned clean(String markdown) {
        if (markdown == null) {
            return new Cleaned(null, false);
        }
        List<SourceSpan> html = new ArrayList<>();
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock block) {
                html.addAll(block.getSourceSpans());
            }

            @Override
            public void visit(HtmlInline inline) {
                html.addAll(inline.getSourceSpans());
            }
        });
        if (html.isEmpty()) {
            return new Cleaned(markdown, false);
        }
        html.sort(Comparator.comparingInt(SourceSpan::getInputIndex).reversed());
        StringBuilder kept = new StringBuilder(markdown);
        for (SourceSpan span : html) {
            kept.delete(span.getInputIndex(), span.getInputIndex() + span.getLength());
        }
        // a removed block can leave blank lines behind; a second pass catches HTML the removal joined up
        String once = kept.toString().replaceAll("\n{3,}", "\n\n").strip();
        Cleaned again = clean(once);
        return new Cleaned(again.text(), true);
    }

    /**
     * Safe HTML for showing: any HTML left in the source is escaped, unsafe link schemes are dropped.
     * The document's title is the page's {@code h1}, so the body's headings are moved under it (see
     * {@link #nestHeadings}): a writer's "# Syfte" becomes an {@code h2}, and the page's outline
     * stays h1 → h2 → h3 whatever levels the writer chose.
     */
    public static String toHtml(String markdown) {
        if (markdown == null) {
            return "";
        }
        Node document = PARSER.parse(markdown);
        nestHeadings(document);
        return RENDERER.render(document);
    }

    /**
     * Renumbers the headings of a body shown under the page's {@code h1}: the highest level the
     * writer used becomes {@code h2}, the others keep their distance from it, and no heading goes
     * more than one level deeper than the one before it (a skipped level would break the outline
     * screen-reader users move by). Nothing goes below {@code h6}.
     */
    static void nestHeadings(Node document) {
        List<Heading> headings = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                headings.add(heading);
            }
        });
        int top = headings.stream().mapToInt(Heading::getLevel).min().orElse(1);
        int previous = 1;
        for (Heading heading : headings) {
            int level = Math.min(Math.min(heading.getLevel() - top + 2, previous + 1), 6);
            heading.setLevel(level);
            previous = level;
        }
    }

    /** The words of the text without Markdown marks, for the readability score and search. */
    public static String plainText(String markdown) {
        if (markdown == null) {
            return "";
        }
        Node document = PARSER.parse(markdown);
        return PLAIN.render(document);
    }
}
