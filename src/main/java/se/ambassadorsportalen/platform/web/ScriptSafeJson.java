package se.ambassadorsportalen.platform.web;

import jakarta.json.JsonStructure;

/**
 * JSON that may stand inside an inline {@code <script>}, as PrimeFaces writes a chart's model.
 * JSON-P leaves {@code <}, {@code >} and {@code &} in strings as they are, so a survey round
 * named {@code </script><script>...} would end the script and start the attacker's. Escaped as
 * {@code \\u003c} and so on, the text is the same to the chart and inert to the HTML parser.
 */
public final class ScriptSafeJson {

    private ScriptSafeJson() {}

    public static String of(JsonStructure json) {
        String text = json.toString();
        StringBuilder safe = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> safe.append("\\u003c");
                case '>' -> safe.append("\\u003e");
                case '&' -> safe.append("\\u0026");
                case '\u2028' -> safe.append("\\u2028");
                case '\u2029' -> safe.append("\\u2029");
                default -> safe.append(c);
            }
        }
        return safe.toString();
    }
}
