package se.ambassadorsportalen.platform.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The portal's full-text index, in memory (Lucene on a {@link ByteBuffersDirectory}): rebuilt from
 * the modules' documents at start and kept fresh by {@link PortalSearch}. Plain Java, so analysis,
 * ranking and filtering are tested without a server.
 *
 * <p>Each text is indexed with the stemming of its own language, in that language's fields: a
 * document's text in the organisation's own language ({@link SearchDocument.Text#sv}, Swedish or
 * Danish) with Swedish or Danish stemming ({@code sjuksköterskor} and {@code sjuksköterska}, or
 * {@code medarbejdere} and {@code medarbejderne}, are one word), its English text with English
 * stemming ({@code nurses}, {@code nurse}), and every text once more unstemmed for the beginning of a
 * word (a name typed in part, {@code anders} for Andersson). A search looks in the fields of the
 * languages the organisation offers: every word of the query must match one of them, except words
 * that are stop words in one of those languages ({@code och}, {@code og}, {@code the}), which only
 * add to the score; a match in the title weighs {@value #TITLE_BOOST} times one in the text. The query
 * is built term by term from the user's words, never parsed, so no character the user types is query
 * syntax.
 *
 * <p>Every document carries its kind and its readers' keys; a search names one kind and the caller's
 * keys, and only documents sharing a key match.
 */
public final class SearchIndex implements AutoCloseable {

    /** How deep a reader may page into one kind's hits: the ranking's first thousand. */
    public static final int MAX_WINDOW = 1000;

    static final float TITLE_BOOST = 4f;
    static final int MIN_PREFIX = 3;

    static final String ID = "id";
    static final String KIND = "kind";
    static final String READERS = "readers";
    /** The languages whose stemming the index knows (a text in another is found unstemmed, by its words' beginnings). */
    static final Set<String> STEMMED = Set.of("sv", "da", "en");
    /** The languages searched when a caller names none: the portal's own two. */
    static final List<Locale> SWEDISH_AND_ENGLISH = List.of(Locale.forLanguageTag("sv"), Locale.ENGLISH);

    static final String TITLE_PLAIN = "title_plain";
    static final String TEXT_PLAIN = "text_plain";
    private static final String SHOW_TITLE_SV = "show_title_sv";
    private static final String SHOW_TITLE_EN = "show_title_en";
    private static final String SHOW_DETAIL_SV = "show_detail_sv";
    private static final String SHOW_DETAIL_EN = "show_detail_en";
    private static final String SHOW_TITLE_DA = "show_title_da";
    private static final String SHOW_DETAIL_DA = "show_detail_da";
    private static final String SHOW_PATH = "show_path";

    private final Analyzer analyzer = analyzer();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    /**
     * Per kind, each document's fingerprint (its record's hash code with the language its own text is
     * stemmed as): a document handed in unchanged is not written again. A change that kept the 32-bit
     * hash would stay unwritten until the next change of that document; a risk of one in four billion
     * per change, taken for not keeping every text twice.
     */
    private final Map<String, Map<String, Integer>> fingerprints = new ConcurrentHashMap<>();

    public SearchIndex() {
        try {
            writer = new IndexWriter(
                    directory, new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE));
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each language's stemming on its own fields; lower case only (no stop words) elsewhere. */
    static Analyzer analyzer() {
        Map<String, Analyzer> fields = new java.util.HashMap<>();
        for (String language : STEMMED) {
            Analyzer stemming = switch (language) {
                case "sv" -> new SwedishAnalyzer();
                case "da" -> new DanishAnalyzer();
                default -> new EnglishAnalyzer();
            };
            fields.put(title(language), stemming);
            fields.put(text(language), stemming);
        }
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(CharArraySet.EMPTY_SET), fields);
    }

    /** The field of a title in a language (stemmed as that language). */
    static String title(String language) {
        return "title_" + language;
    }

    /** The field of a text in a language (stemmed as that language). */
    static String text(String language) {
        return "text_" + language;
    }

    /** The language a locale names, if the index stems it; null for one it does not know. */
    private static String stemmed(Locale locale) {
        return locale != null && STEMMED.contains(locale.getLanguage()) ? locale.getLanguage() : null;
    }

    /** {@link #apply(String, SearchFeed, Locale)} for an organisation whose own language is Swedish. */
    public int apply(String kind, SearchFeed feed) {
        return apply(kind, feed, SWEDISH_AND_ENGLISH.get(0));
    }

    /**
     * Takes in one kind's documents, whose own-language texts ({@link SearchDocument.Text#sv}) are in
     * {@code own}, the organisation's language: writes those new or changed, drops those without
     * readers and, when the feed is complete, those of the kind it no longer has. Returns how many
     * changed. A document is written again when the organisation's language changed, so that it is
     * stemmed as its new language at the next complete read.
     */
    public synchronized int apply(String kind, SearchFeed feed, Locale own) {
        String language = own == null ? "sv" : own.getLanguage();
        Map<String, Integer> known = fingerprints.computeIfAbsent(kind, k -> new ConcurrentHashMap<>());
        Set<String> seen = new HashSet<>();
        int changed = 0;
        try {
            for (SearchDocument document : feed.documents()) {
                String key = document.key();
                seen.add(key);
                Term id = new Term(ID, kind + "/" + key);
                if (document.readers().isEmpty()) {
                    if (known.remove(key) != null) {
                        writer.deleteDocuments(id);
                        changed++;
                    }
                    continue;
                }
                Integer fingerprint = Objects.hash(document, language);
                if (!fingerprint.equals(known.put(key, fingerprint))) {
                    writer.updateDocument(id, lucene(kind, id.text(), document, language));
                    changed++;
                }
            }
            if (feed.complete()) {
                for (Iterator<String> keys = known.keySet().iterator(); keys.hasNext(); ) {
                    String key = keys.next();
                    if (!seen.contains(key)) {
                        writer.deleteDocuments(new Term(ID, kind + "/" + key));
                        keys.remove();
                        changed++;
                    }
                }
            }
            if (changed > 0) {
                searchers.maybeRefreshBlocking();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return changed;
    }

    /** How many documents of a kind the index holds. */
    public int size(String kind) {
        Map<String, Integer> known = fingerprints.get(kind);
        return known == null ? 0 : known.size();
    }

    /** The memory the index's files take (the segments written so far), for the log. */
    public long sizeInBytes() {
        long bytes = 0;
        try {
            for (String file : directory.listAll()) {
                bytes += directory.fileLength(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes;
    }

    /** One kind asked for in a search, with the reader keys the caller holds for it. */
    public record Asked(String kind, Collection<String> readerKeys) {}

    /** {@link #search(List, SearchQuery, List, Locale, int, int)} of one kind, in Swedish and English. */
    public SearchResults search(
            String kind, Collection<String> readerKeys, SearchQuery query, Locale locale, int first, int size) {
        return search(List.of(new Asked(kind, readerKeys)), query, SWEDISH_AND_ENGLISH, locale, first, size)
                .get(0);
    }

    /**
     * For each kind asked, one page of its hits for a caller holding its reader keys, best first, shown
     * in the reader's language ({@code locale}), and how many there are in all; the words are looked
     * for in the fields of the {@code languages} the organisation offers. A page beyond
     * {@link #MAX_WINDOW} is empty. One search page asks for every kind at once: the words are
     * analysed once and every kind is read from the same state of the index, each in one pass that
     * ranks its first hits and counts all of them.
     */
    public List<SearchResults> search(
            List<Asked> asked, SearchQuery query, List<Locale> languages, Locale locale, int first, int size) {
        Query matching = matching(query, languages);
        int wanted = Math.min(MAX_WINDOW, first + size);
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                List<SearchResults> results = new ArrayList<>(asked.size());
                for (Asked kind : asked) {
                    results.add(
                            kind.readerKeys().isEmpty()
                                    ? SearchResults.none()
                                    : page(searcher, filtered(matching, kind), locale, first, wanted));
                }
                return results;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Query filtered(Query matching, Asked asked) {
        return new BooleanQuery.Builder()
                .add(matching, Occur.MUST)
                .add(new TermQuery(new Term(KIND, asked.kind())), Occur.FILTER)
                .add(anyOf(asked.readerKeys()), Occur.FILTER)
                .build();
    }

    /** The hits from {@code first} to {@code end} and the exact total, in one pass over the matches. */
    private static SearchResults page(IndexSearcher searcher, Query filtered, Locale locale, int first, int end)
            throws IOException {
        if (first >= end) {
            return new SearchResults(List.of(), searcher.count(filtered));
        }
        TopDocs top = searcher.search(filtered, new TopScoreDocCollectorManager(end, Integer.MAX_VALUE));
        StoredFields stored = searcher.storedFields();
        ScoreDoc[] found = top.scoreDocs;
        List<SearchHit> hits = new ArrayList<>(Math.max(0, found.length - first));
        for (int i = first; i < found.length; i++) {
            hits.add(hit(stored.document(found[i].doc), locale));
        }
        return new SearchResults(hits, top.totalHits.value);
    }

    /**
     * Every word must match (stop words only add to the score), in the title or the text, in one of
     * the languages: stemmed as each language stems it, and unstemmed as the beginning of a word.
     */
    Query matching(SearchQuery query, List<Locale> languages) {
        List<String> stemmed = languages.stream()
                .map(SearchIndex::stemmed)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String word : query.words()) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            boolean stopWord = false;
            for (String language : stemmed) {
                String stem = stem(title(language), word);
                if (stem == null) {
                    stopWord = true;
                    continue;
                }
                any.add(new BoostQuery(new TermQuery(new Term(title(language), stem)), TITLE_BOOST), Occur.SHOULD);
                any.add(new TermQuery(new Term(text(language), stem)), Occur.SHOULD);
            }
            String plain = word.toLowerCase(Locale.ROOT);
            if (plain.length() >= MIN_PREFIX) {
                any.add(new BoostQuery(new PrefixQuery(new Term(TITLE_PLAIN, plain)), TITLE_BOOST / 2), Occur.SHOULD);
                any.add(new BoostQuery(new PrefixQuery(new Term(TEXT_PLAIN, plain)), 0.5f), Occur.SHOULD);
            } else {
                any.add(new BoostQuery(new TermQuery(new Term(TITLE_PLAIN, plain)), TITLE_BOOST / 2), Occur.SHOULD);
                any.add(new BoostQuery(new TermQuery(new Term(TEXT_PLAIN, plain)), 0.5f), Occur.SHOULD);
            }
            all.add(any.build(), stopWord ? Occur.SHOULD : Occur.MUST);
        }
        return all.build();
    }

    /** The word as the field's analyzer indexes it, or null when the analyzer drops it (a stop word). */
    String stem(String field, String word) {
        try (TokenStream tokens = analyzer.tokenStream(field, word)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            String first = tokens.incrementToken() ? term.toString() : null;
            tokens.end();
            return first;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Query anyOf(Collection<String> readerKeys) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        readerKeys.stream().distinct().forEach(key -> any.add(new TermQuery(new Term(READERS, key)), Occur.SHOULD));
        return new ConstantScoreQuery(any.build());
    }

    private static Document lucene(String kind, String id, SearchDocument document, String own) {
        Document lucene = new Document();
        lucene.add(new StringField(ID, id, Field.Store.NO));
        lucene.add(new StringField(KIND, kind, Field.Store.NO));
        document.readers().forEach(reader -> lucene.add(new StringField(READERS, reader, Field.Store.NO)));
        SearchDocument.Text title = document.title();
        SearchDocument.Text text = document.text();
        inLanguages(lucene, own, title, SearchIndex::title);
        inLanguages(lucene, own, text, SearchIndex::text);
        indexed(lucene, TITLE_PLAIN, both(title));
        indexed(lucene, TEXT_PLAIN, both(text));
        shown(lucene, SHOW_TITLE_SV, title.sv());
        shown(lucene, SHOW_TITLE_EN, title.en());
        shown(lucene, SHOW_DETAIL_SV, document.detail().sv());
        shown(lucene, SHOW_DETAIL_EN, document.detail().en());
        shown(lucene, SHOW_TITLE_DA, title.da());
        shown(lucene, SHOW_DETAIL_DA, document.detail().da());
        shown(lucene, SHOW_PATH, document.path());
        return lucene;
    }

    /**
     * The own-language text in its language's field, the English in the English one; an organisation
     * whose own language is English has a text written the same in both once in the English field.
     */
    private static void inLanguages(
            Document lucene, String own, SearchDocument.Text words, java.util.function.UnaryOperator<String> field) {
        String language = STEMMED.contains(own) ? own : "en";
        indexed(lucene, field.apply(language), words.sv());
        if (!"en".equals(language) || !Objects.equals(words.sv(), words.en())) {
            indexed(lucene, field.apply("en"), words.en());
        }
    }

    /**
     * The own language's and the English words, for the unstemmed fields. Danish words (of the
     * interface's own wording, {@link SearchDocument.Text#worded}) are shown, not searched: the
     * index searches the organisation's language and English.
     */
    private static String both(SearchDocument.Text text) {
        if (text.en() == null || text.en().equals(text.sv())) {
            return text.sv();
        }
        return text.sv() == null ? text.en() : text.sv() + "\n" + text.en();
    }

    private static void indexed(Document lucene, String field, String value) {
        if (value != null && !value.isBlank()) {
            lucene.add(new TextField(field, value, Field.Store.NO));
        }
    }

    private static void shown(Document lucene, String field, String value) {
        if (value != null) {
            lucene.add(new StoredField(field, value));
        }
    }

    private static SearchHit hit(Document stored, Locale locale) {
        SearchDocument.Text title = new SearchDocument.Text(
                stored.get(SHOW_TITLE_SV), stored.get(SHOW_TITLE_EN), stored.get(SHOW_TITLE_DA));
        SearchDocument.Text detail = new SearchDocument.Text(
                stored.get(SHOW_DETAIL_SV), stored.get(SHOW_DETAIL_EN), stored.get(SHOW_DETAIL_DA));
        return new SearchHit(title.in(locale), detail.in(locale), stored.get(SHOW_PATH));
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
