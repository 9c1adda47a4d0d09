package org.parallax.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.parallax.core.text.Span;

/**
 * An in-memory Lucene index with one document per sentence of every version. Immutable once built: a change in the
 * library means a new index. Searches may run concurrently.
 */
final class SentenceIndex {

    static final String TEXT = "text";
    private static final String WORK = "work";
    private static final String VERSION = "version";
    private static final String LANGUAGE = "language";
    private static final String VERSION_ID = "versionId";
    private static final String SENTENCE = "sentence";

    /** Analyzed, stored, with offsets in the postings so a match can be shown where it is. */
    private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

    /** A sentence to index. */
    record Entry(String work, long versionId, String version, String language, int sentence, String text) {
    }

    /** A matching sentence and where its first matching word is. */
    record Match(long versionId, int sentence, String text, Span first) {
    }

    record Found(List<Match> matches, long total) {
    }

    private final Analyzer analyzer = new ScriptAwareAnalyzer();
    private final IndexSearcher searcher;
    private final int size;

    SentenceIndex(Iterable<Entry> entries) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        int count = 0;
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (Entry entry : entries) {
                Document document = new Document();
                document.add(new StringField(WORK, entry.work(), Field.Store.NO));
                document.add(new StringField(VERSION, entry.version(), Field.Store.NO));
                document.add(new StringField(LANGUAGE, entry.language(), Field.Store.NO));
                document.add(new StoredField(VERSION_ID, entry.versionId()));
                document.add(new StoredField(SENTENCE, entry.sentence()));
                document.add(new Field(TEXT, entry.text(), TEXT_WITH_OFFSETS));
                writer.addDocument(document);
                count++;
            }
            writer.commit();
            this.searcher = new IndexSearcher(DirectoryReader.open(directory));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.size = count;
    }

    private static FieldType textWithOffsets() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    int size() {
        return size;
    }

    /** @throws IllegalArgumentException if the words or the regular expression cannot be parsed */
    Found search(SearchQuery request) {
        Query text = textQuery(request);
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
        filter(query, WORK, request.work());
        filter(query, VERSION, request.version());
        filter(query, LANGUAGE, request.language());
        try {
            Query built = query.build();
            TopDocs top = searcher.search(built, Math.max(1, request.limit()));
            Weight matcher = searcher.createWeight(searcher.rewrite(text), ScoreMode.COMPLETE_NO_SCORES, 1);
            List<Match> matches = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc hit : top.scoreDocs) {
                Document document = searcher.storedFields().document(hit.doc);
                String sentence = document.get(TEXT);
                matches.add(new Match(document.getField(VERSION_ID).numericValue().longValue(),
                        document.getField(SENTENCE).numericValue().intValue(), sentence,
                        firstMatch(matcher, hit.doc)));
            }
            return new Found(matches, searcher.count(built));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Query textQuery(SearchQuery request) {
        if (request.text() == null || request.text().isBlank()) {
            throw new IllegalArgumentException("Type something to search for.");
        }
        if (request.mode() == SearchQuery.Mode.REGEX) {
            try {
                return new RegexpQuery(new Term(TEXT, lowerCaseLiterals(request.text().strip())));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Not a regular expression: " + e.getMessage(), e);
            }
        }
        QueryParser parser = new QueryParser(TEXT, analyzer);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        // A run of Chinese characters typed as one "word" must occur as typed, not as scattered characters.
        parser.setSplitOnWhitespace(true);
        parser.setAutoGeneratePhraseQueries(true);
        try {
            return parser.parse(request.text());
        } catch (ParseException e) {
            throw new IllegalArgumentException("Cannot read the query: " + e.getMessage().lines().findFirst()
                    .orElse(""), e);
        }
    }

    /** Index terms are lower case; escapes such as {@code \W} keep their case. */
    static String lowerCaseLiterals(String pattern) {
        StringBuilder lower = new StringBuilder(pattern.length());
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                lower.append(c).append(pattern.charAt(++i));
            } else {
                lower.append(Character.toLowerCase(c));
            }
        }
        return lower.toString();
    }

    private static void filter(BooleanQuery.Builder query, String field, String value) {
        if (value != null && !value.isBlank()) {
            query.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER);
        }
    }

    /** Where the query first matches in the document's text, from the offsets stored in the index. */
    private Span firstMatch(Weight weight, int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        Matches matches = weight.matches(leaf, doc - leaf.docBase);
        MatchesIterator first = matches == null ? null : matches.getMatches(TEXT);
        if (first != null && first.next() && first.startOffset() >= 0) {
            return new Span(first.startOffset(), first.endOffset());
        }
        return new Span(0, 0);
    }
}
