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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
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
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The portal's full-text index, in memory (Lucene on a {@link ByteBuffersDirectory}): rebuilt from
 * the modules' documents at start and kept fresh by {@link PortalSearch}. Plain Java, so analysis,
 * ranking and filtering are tested without a server.
 *
 * <p>Each text is indexed three ways: with Swedish stemming ({@code sjuksköterskor} and
 * {@code sjuksköterska} are one word), with English stemming ({@code nurses}, {@code nurse}) and
 * unstemmed for the beginning of a word (a name typed in part, {@code anders} for Andersson).
 * Every word of the query must match one of them, except words that are stop words in either
 * language ({@code och}, {@code the}), which only add to the score; a match in the title weighs
 * {@value #TITLE_BOOST} times one in the text. The query is built term by term from the user's words,
 * never parsed, so no character the user types is query syntax.
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
    static final String TITLE_SV = "title_sv";
    static final String TITLE_EN = "title_en";
    static final String TEXT_SV = "text_sv";
    static final String TEXT_EN = "text_en";
    static final String TITLE_PLAIN = "title_plain";
    static final String TEXT_PLAIN = "text_plain";
    private static final String SHOW_TITLE_SV = "show_title_sv";
    private static final String SHOW_TITLE_EN = "show_title_en";
    private static final String SHOW_DETAIL_SV = "show_detail_sv";
    private static final String SHOW_DETAIL_EN = "show_detail_en";
    private static final String SHOW_PATH = "show_path";

    private final Analyzer analyzer = analyzer();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    /**
     * Per kind, each document's fingerprint (its record's hash code): a document handed in unchanged is
     * not written again. A change that kept the 32-bit hash would stay unwritten until the next change of
     * that document; a risk of one in four billion per change, taken for not keeping every text twice.
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

    /** Swedish and English stemming on their fields; lower case only (no stop words) elsewhere. */
    static Analyzer analyzer() {
        Analyzer swedish = new SwedishAnalyzer();
        Analyzer english = new EnglishAnalyzer();
        return new PerFieldAnalyzerWrapper(
                new StandardAnalyzer(CharArraySet.EMPTY_SET),
                Map.of(TITLE_SV, swedish, TEXT_SV, swedish, TITLE_EN, english, TEXT_EN, english));
    }

    /**
     * Takes in one kind's documents: writes those new or changed, drops those without readers and,
     * when the feed is complete, those of the kind it no longer has. Returns how many changed.
     */
    public synchronized int apply(String kind, SearchFeed feed) {
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
                Integer fingerprint = document.hashCode();
                if (!fingerprint.equals(known.put(key, fingerprint))) {
                    writer.updateDocument(id, lucene(kind, id.text(), document));
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

    /**
     * One page of a kind's hits for a caller holding {@code readerKeys}, best first, in the reader's
     * language, and how many there are in all. A page beyond {@link #MAX_WINDOW} is empty.
     */
    public SearchResults search(
            String kind, Collection<String> readerKeys, SearchQuery query, Locale locale, int first, int size) {
        if (readerKeys.isEmpty()) {
            return SearchResults.none();
        }
        Query filtered = new BooleanQuery.Builder()
                .add(matching(query), Occur.MUST)
                .add(new TermQuery(new Term(KIND, kind)), Occur.FILTER)
                .add(anyOf(readerKeys), Occur.FILTER)
                .build();
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                int total = searcher.count(filtered);
                int end = Math.min(Math.min(total, MAX_WINDOW), first + size);
                if (first >= end) {
                    return new SearchResults(List.of(), total);
                }
                TopDocs top = searcher.search(filtered, end);
                StoredFields stored = searcher.storedFields();
                List<SearchHit> hits = new ArrayList<>(end - first);
                ScoreDoc[] found = top.scoreDocs;
                for (int i = first; i < found.length && i < end; i++) {
                    hits.add(hit(stored.document(found[i].doc), locale));
                }
                return new SearchResults(hits, total);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every word must match (stop words only add to the score), in the title or the text, in either language. */
    Query matching(SearchQuery query) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String word : query.words()) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            boolean stopWord = false;
            for (String[] fields : List.of(new String[] {TITLE_SV, TEXT_SV}, new String[] {TITLE_EN, TEXT_EN})) {
                String stem = stem(fields[0], word);
                if (stem == null) {
                    stopWord = true;
                    continue;
                }
                any.add(new BoostQuery(new TermQuery(new Term(fields[0], stem)), TITLE_BOOST), Occur.SHOULD);
                any.add(new TermQuery(new Term(fields[1], stem)), Occur.SHOULD);
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

    private static Document lucene(String kind, String id, SearchDocument document) {
        Document lucene = new Document();
        lucene.add(new StringField(ID, id, Field.Store.NO));
        lucene.add(new StringField(KIND, kind, Field.Store.NO));
        document.readers().forEach(reader -> lucene.add(new StringField(READERS, reader, Field.Store.NO)));
        SearchDocument.Text title = document.title();
        SearchDocument.Text text = document.text();
        indexed(lucene, TITLE_SV, title.sv());
        indexed(lucene, TITLE_EN, title.en());
        indexed(lucene, TEXT_SV, text.sv());
        indexed(lucene, TEXT_EN, text.en());
        indexed(lucene, TITLE_PLAIN, both(title));
        indexed(lucene, TEXT_PLAIN, both(text));
        shown(lucene, SHOW_TITLE_SV, title.sv());
        shown(lucene, SHOW_TITLE_EN, title.en());
        shown(lucene, SHOW_DETAIL_SV, document.detail().sv());
        shown(lucene, SHOW_DETAIL_EN, document.detail().en());
        shown(lucene, SHOW_PATH, document.path());
        return lucene;
    }

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
        SearchDocument.Text title = new SearchDocument.Text(stored.get(SHOW_TITLE_SV), stored.get(SHOW_TITLE_EN));
        SearchDocument.Text detail = new SearchDocument.Text(stored.get(SHOW_DETAIL_SV), stored.get(SHOW_DETAIL_EN));
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
