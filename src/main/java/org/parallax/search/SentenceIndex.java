package org.parallax.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
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
                document.add(new TextField(TEXT, entry.text(), Field.Store.YES));
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
        Predicate<String> matchingTerm = matchingTerms(request, text);
        try {
            Query built = query.build();
            TopDocs top = searcher.search(built, Math.max(1, request.limit()));
            List<Match> matches = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc hit : top.scoreDocs) {
                Document document = searcher.storedFields().document(hit.doc);
                String sentence = document.get(TEXT);
                matches.add(new Match(document.getField(VERSION_ID).numericValue().longValue(),
                        document.getField(SENTENCE).numericValue().intValue(), sentence,
                        firstMatch(sentence, matchingTerm)));
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

    /** Which indexed terms count as a match, to find the span to show in the middle of a KWIC line. */
    private static Predicate<String> matchingTerms(SearchQuery request, Query text) {
        if (text instanceof RegexpQuery regexp) {
            CharacterRunAutomaton automaton = new CharacterRunAutomaton(regexp.getAutomaton());
            return automaton::run;
        }
        Set<Term> terms = new HashSet<>();
        text.visit(QueryVisitor.termCollector(terms));
        Set<String> words = new HashSet<>();
        terms.stream().filter(t -> t.field().equals(TEXT)).forEach(t -> words.add(t.text()));
        return words::contains;
    }

    /** The first word of {@code sentence} whose indexed form matches; an empty span at 0 if none does. */
    private Span firstMatch(String sentence, Predicate<String> matchingTerm) {
        try (TokenStream tokens = analyzer.tokenStream(TEXT, sentence)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            Span found = null;
            while (found == null && tokens.incrementToken()) {
                if (matchingTerm.test(term.toString())) {
                    found = new Span(offset.startOffset(), offset.endOffset());
                }
            }
            tokens.end();
            return found == null ? new Span(0, 0) : found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
