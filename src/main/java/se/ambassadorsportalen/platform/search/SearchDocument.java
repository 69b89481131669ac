package se.ambassadorsportalen.platform.search;

import java.util.Locale;
import java.util.Set;

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
     * organisation, as the modules' {@code ..._sv} columns hold) and in English. The own-language text
     * is searched with its language's stemming, the English with English stemming; a name or a code
     * is the same in both ({@link #same}); text written in the own language only has no English
     * ({@link #swedish}). Shown in the reader's language: English to English readers where there is
     * English, else the own language.
     */
    public record Text(String sv, String en) {

        public static final Text NONE = new Text(null, null);

        public static Text same(String text) {
            return new Text(text, text);
        }

        public static Text swedish(String text) {
            return new Text(text, null);
        }

        public String in(Locale locale) {
            boolean english = locale != null && "en".equals(locale.getLanguage());
            String chosen = english && en != null && !en.isBlank() ? en : sv;
            return chosen == null ? "" : chosen;
        }
    }
}
