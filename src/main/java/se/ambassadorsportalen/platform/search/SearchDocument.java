package se.ambassadorsportalen.platform.search;

import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import se.ambassadorsportalen.platform.i18n.Languages;

/**
 * One thing a module offers to the portal's search index: its {@code key} (unique within the
 * module's kind, e.g. the row's id), the words it is found by ({@code title}, weighed more, and
 * {@code text}), the line shown under the title ({@code detail}), the page that opens it ({@code path},
 * relative to the context root) and who may see it ({@code readers}, keys made with
 * {@link SearchReaders}: a hit is shown only to a caller holding one of them). A document without
 * readers is shown to nobody: a module hands it in that way when a row stopped being visible, and
 * the index drops it.
 */
public record SearchDocument(String key, Text title, Text text, Text detail, String path, Set<String> readers) {

    public SearchDocument {
        readers = Set.copyOf(readers);
        text = text == null ? Text.NONE : text;
        detail = detail == null ? Text.NONE : detail;
    }

    /**
     * Words in the organisation's own language ({@code sv}: Swedish, or Danish for a Danish
     * organisation, as the modules' {@code ..._sv} columns hold), in English, and in Danish where the
     * words come from the interface's bundles ({@link #worded}: a status, "published on", a document
     * type), which speak all three. The own-language text is searched with its language's stemming,
     * the English with English stemming; a name or a code is the same in all ({@link #same}); text
     * written in the own language only has no English ({@link #swedish}). Shown in the reader's
     * language where there is text in it, else as the portal falls back elsewhere ({@code LocalNames}):
     * the own language, then English, then Danish. A Danish reader therefore sees a Danish
     * organisation's own text, and a Swedish organisation's Swedish text where nobody wrote Danish.
     */
    public record Text(String sv, String en, String da) {

        public static final Text NONE = new Text(null, null, null);

        public Text(String sv, String en) {
            this(sv, en, null);
        }

        public static Text same(String text) {
            return new Text(text, text);
        }

        public static Text swedish(String text) {
            return new Text(text, null);
        }

        /** Words the interface writes itself, in each of its languages: {@code wording} gives them per language. */
        public static Text worded(Function<Locale, String> wording) {
            return new Text(
                    wording.apply(Languages.DEFAULT), wording.apply(Locale.ENGLISH), wording.apply(Languages.DANISH));
        }

        public String in(Locale locale) {
            String language = locale == null ? "" : locale.getLanguage();
            String wanted = switch (language) {
                case "en" -> en;
                case "da" -> da;
                default -> sv;
            };
            for (String chosen : new String[] {wanted, sv, en, da}) {
                if (chosen != null && !chosen.isBlank()) {
                    return chosen;
                }
            }
            return sv == null ? "" : sv;
        }
    }
}
